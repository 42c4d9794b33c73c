from functools import partial
basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
basetwo.extra = 5
print(basetwo('10010'), basetwo.__doc__, basetwo.extra, basetwo.func, basetwo.keywords)
