from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag,
                          quote, quote_plus, unquote, unquote_plus, urlencode, parse_qs, parse_qsl,
                          quote_from_bytes, unquote_to_bytes)
import urllib.parse

u = urlparse('HTTP://user:pw@Example.COM:8080/a/b;p=1?q=2&r=3#frag')
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment)
print(u.username, u.password, u.hostname, u.port, u.geturl())
s = urlsplit('https://[::1]:443/x?y#z')
print(s, s.hostname, s.port, s.geturl())
print(urlsplit('mailto:someone@example.com'), urlparse('//host/path'), urlparse('path/only?x=1'))
print(urlunparse(('http', 'h', '/p', 'a', 'q', 'f')), urlunsplit(('file', '', '/etc/x', '', '')))
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
            '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g',
            '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'http:g']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('http://www.tornadoweb.org/en/stable/', 'gen.html'))
print(urldefrag('http://x/y.html#frag'), urldefrag('http://x/y.html'), urldefrag('a#b').url)
print(quote('a b/c?d=é&€'), quote('a b', safe=''), quote_plus('a b+c/d'), quote('~_.-'))
print(unquote('a%20b%2Fc%C3%A9%zz%4'), unquote_plus('a+b%2B'), unquote('é%41'), unquote('%E2%82'))
print(urlencode({'a': 1, 'b': 'x y', 'c': 'é'}), urlencode([('k', 'v'), ('k', 'w')]))
print(urlencode({'k': [1, 2], 's': 'ab'}, doseq=True), urlencode({'k': [1, 2]}))
print(parse_qs('a=1&a=2&b=&c=x+y%21'), parse_qs('a=1&b=', keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl('x&y=1', keep_blank_values=True))
print(quote_from_bytes(b'a b\x00'), unquote_to_bytes('a%20b%ff'))
print(urllib.parse.urlparse('ftp://f/x').scheme)
try:
    urlparse('http://[::1/x')
except ValueError as e:
    print('ValueError', e)
try:
    urlparse('http://h:xx/').port
except ValueError as e:
    print('ValueError', e)
try:
    urlencode('abc')
except TypeError as e:
    print('TypeError', e)
print(u._replace(path='/new').geturl(), tuple(u), len(u))
