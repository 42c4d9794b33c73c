lst = list(range(10))
print(lst[2:5], lst[:3], lst[7:], lst[:])
print(lst[::2], lst[1::3], lst[::-1], lst[::-3])
print(lst[-3:], lst[:-7], lst[-5:-2], lst[5:2], lst[100:])
print(lst[8:2:-2], lst[-1:-4:-1])
s = "Python"
print(s[1:4], s[:2], s[-3:], s[::-1], s[::2])
t = (1, 2, 3, 4)
print(t[1:3], t[::-1])
lst[2:4] = ["a", "b", "c"]
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
del lst[1:4]
print(lst)
lst[:] = []
print(lst)
copy = s[:]
print(copy == s)
print("abc"[5:], "abc"[-100:2])
