n = 0
while n < 3:
    print("n =", n)
    n += 1
else:
    print("loop finished normally")
m = 10
while m > 0:
    if m == 7:
        print("breaking at", m)
        break
    m -= 1
else:
    print("not printed")
count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
    print("even", count)
w = 0
while w:
    print("never")
else:
    print("else runs when condition false at start")
