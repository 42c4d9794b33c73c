def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has factor", d)
            break
    else:
        print(n, "is prime")
for n in [7, 9, 13, 15]:
    find_prime_factor(n)
for x in []:
    print("never")
else:
    print("empty loop else")
for i in range(3):
    for j in range(3):
        if i == 1 and j == 2:
            break
    else:
        print("inner completed for", i)
    print("i", i)
