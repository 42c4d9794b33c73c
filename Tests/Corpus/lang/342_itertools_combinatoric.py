# itertools: product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('AB', repeat=2)), list(product([1, 2], [3, 4])), list(product()))
print([''.join(p) for p in product('ab', 'xy', '12')])
print(list(permutations('ABC', 2)), len(list(permutations(range(4)))), list(permutations([1, 2, 3])))
print(list(permutations('AB', 3)), list(permutations([])))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('AB', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement([], 2)))
coins = [1, 2, 5]
print([c for c in combinations_with_replacement(coins, 3) if sum(c) == 8])
suits, ranks = 'SH', 'AK'
print([r + s for r, s in product(ranks, suits)])
print(sum(1 for _ in combinations(range(10), 4)))
try:
    combinations('abc', -1)
except ValueError as e:
    print("ValueError", e)
try:
    permutations('abc', 'x')
except TypeError as e:
    print("TypeError", e)
