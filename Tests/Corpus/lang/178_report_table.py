rows = [
    {"item": "Widget", "qty": 3, "price": 4.5},
    {"item": "Gadget", "qty": 10, "price": 12.25},
    {"item": "Thingamajig", "qty": 1, "price": 100.0},
]
header = f"{'Item':<12}|{'Qty':>5}|{'Price':>9}|{'Total':>10}"
print(header)
print("=" * len(header))
grand = 0
for r in rows:
    total = r["qty"] * r["price"]
    grand += total
    print(f"{r['item']:<12}|{r['qty']:>5}|{r['price']:>9.2f}|{total:>10,.2f}")
print("-" * len(header))
print(f"{'TOTAL':<12}|{sum(r['qty'] for r in rows):>5}|{'':>9}|{grand:>10,.2f}")
print("%-12s|%5d|" % ("pct", 42), "{:>8.1%}".format(grand / 1000))
