# Big exponents, precisions and ndigits answer like CPython, quickly.
x = 2**10**6
print(x.bit_length(), x % 1000007)
print((-2)**(2**20) == 2**(2**20), (-2)**(2**20 + 1) == -(2**(2**20 + 1)))
print(0**0, 0**(10**30), 1**(10**30), (-1)**(10**30), (-1)**(10**30 + 1))
print(len(str(7**5000)) if False else (7**5000).bit_length())
print(round(1.5, 2**62), round(1.5, -2**62), round(-2.5, 10**18), round(2.5, -10**18))
print(round(15, -400), round(12345, -2), round(-15, -1), round(10**30 + 5 * 10**10, -11))
s = f'{1.5:.1000000f}'
print(len(s), s[:5], s[-5:], s.count('0'))
s = '{:.{}e}'.format(1.5, 100000)
print(len(s), s[:6], s[-6:])
s = '%.3000f' % 5e-324
print(len(s), s.rstrip('0')[-12:])
s = '{:.1100f}'.format(0.1)
print(len(s), s.rstrip('0')[-10:])
print('%.400g' % 0.1 == repr(0.1) or len('%.400g' % 0.1))
print(f'{1e300:.0f}'[:20], len(f'{1e300:.0f}'))
print(format(2.5, '.0f'), format(3.5, '.0f'), format(1e-320, '.1200f').rstrip('0')[-8:])
