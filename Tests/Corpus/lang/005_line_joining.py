total = 1 + \
        2 + \
        3
print(total)
items = [
    1,
    2,   # comment inside brackets
    3,
]
print(items)
d = {
    "a": 1,
        "b": 2,
}
print(d)
result = (10
          * 2
          - 5)
print(result)
s = ("implicit "
     "string "
     'concatenation')
print(s)
def long_args(a,
              b,
              c=3):
    return a + b + c
print(long_args(1,
                2))
if (total > 5 and
        result > 10):
    print("both")
x = [i
     for i in range(5)
     if i % 2 == 0]
print(x)
print("a" "b" 'c')
