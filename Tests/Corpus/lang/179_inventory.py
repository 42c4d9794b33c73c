inventory = {
    "apple": {"count": 5, "price": 0.5},
    "banana": {"count": 0, "price": 0.25},
    "cherry": {"count": 100, "price": 0.1},
}
def restock(name, amount):
    entry = inventory.setdefault(name, {"count": 0, "price": 1.0})
    entry["count"] += amount
restock("banana", 12)
restock("durian", 1)
in_stock = [name for name, e in inventory.items() if e["count"] > 0]
print(in_stock)
value = sum(e["count"] * e["price"] for e in inventory.values())
print(f"total value: {value:.2f}")
cheapest = min(inventory, key=lambda n: inventory[n]["price"])
print("cheapest:", cheapest)
for name in sorted(inventory, key=lambda n: -inventory[n]["count"]):
    print(f"{name:>8}: {inventory[name]['count']:3d}")
removed = inventory.pop("durian")
print(removed, len(inventory))
