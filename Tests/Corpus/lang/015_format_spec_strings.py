s = "abc"
print(f"[{s:<10}]")
print(f"[{s:>10}]")
print(f"[{s:^10}]")
print(f"[{s:^9}]")
print(f"[{s:*^11}]")
print(f"[{s:->8}]")
print(f"[{s:.2}]")
print(f"[{'truncate me':.5}]")
print(f"[{s:10.1}]")
print(f"[{s}]".center(20, "="))
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("kiwi", 100, 10.0)]
print(f"{'name':<8}{'qty':>5}{'price':>8}")
for name, qty, price in rows:
    print(f"{name:<8}{qty:>5}{price:>8.2f}")
print("{:<6}|{:>6}|{:^6}".format("L", "R", "C"))
