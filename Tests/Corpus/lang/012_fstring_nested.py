width = 10
prec = 3
value = 2.718281828
print(f"[{value:{width}.{prec}f}]")
print(f"[{'centered':^{width}}]")
print(f"[{42:>{width}}]")
fill = "*"
print(f"[{'x':{fill}^{width}}]")
items = ["a", "bb", "ccc"]
print(f"{', '.join(f'<{s}>' for s in items)}")
print(f"{[x * 2 for x in range(3)]}")
print(f"{ {'k': 1}['k'] }")
print(f"{(lambda x: x * 10)(4)}")
matrix = [[1, 2], [3, 4]]
print(f"{matrix[1][0]} {len(matrix)}")
print(f"{'nested ' + f'{value:.1f}'}")
def fmt(x):
    return f"<{x}>"
print(f"{fmt(fmt(1))}")
