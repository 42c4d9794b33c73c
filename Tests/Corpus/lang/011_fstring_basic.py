name = "World"
n = 42
pi = 3.14159
print(f"Hello, {name}!")
print(f"{n} + 1 = {n + 1}")
print(f"{name.upper()} has {len(name)} letters")
print(F"capital F {n}")
print(f"{{literal braces}} {n}")
print(f"{pi:.2f} {pi:.0f} {pi:10.3f}|")
items = [1, 2, 3]
print(f"list: {items}, first: {items[0]}, sum: {sum(items)}")
d = {"key": "value"}
print(f"dict access: {d['key']}")
print(f"conditional: {'yes' if n > 40 else 'no'}")
print(f"method chain: {'  padded  '.strip().title()}")
print(f"{n}{n}{n}")
print(f"")
print(f"{3 * 'ab'}")
print(rf"raw f-string \n {n}")
print(f"{n:5}|{name:5}|")
print(f"multi" f"part {n}" "plain")
