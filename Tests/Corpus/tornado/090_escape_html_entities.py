import html
from html.entities import html5, name2codepoint, codepoint2name, entitydefs
from tornado.escape import (xhtml_escape, xhtml_unescape, url_escape, url_unescape, utf8, to_unicode,
                            to_basestring, native_str, recursive_unicode, parse_qs_bytes)
import tornado.escape

print(len(html5), len(name2codepoint), codepoint2name[38], entitydefs['eacute'])
print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape('"q"', quote=False))
for s in ['&amp;', '&lt;b&gt;', '&#62;', '&#x3E;', '&#X3e', '&#0;', '&#128;', '&#xD800;', '&#1114112;',
          '&#11;', '&notit;', '&notin;', '&not', '&amp', '&ampx', '&#;', '&#x;', '& nbsp;', '&eacute;t&eacute',
          'no refs', '&&amp;', '&unknownentity;', '&' + 'a' * 40 + ';', '&AElig&AMP;', 'a&#65;b&#x42c']:
    print(repr(s), repr(html.unescape(s)))
print(xhtml_escape('<é & "x">'), xhtml_escape(b'<b>'), xhtml_unescape(b'&lt;&eacute;&gt;'))
print(url_escape('a b/c?'), url_escape('a b/c?', plus=False), url_unescape('a+b%2Fc'), url_unescape('a+b', plus=False))
print(url_unescape(b'a%20b', encoding=None), url_unescape('x+y', encoding=None))
print(utf8('é'), utf8(b'x'), utf8(None), to_unicode(b'\xc3\xa9'), to_basestring('s'), native_str(b'n'))
print(recursive_unicode({b'k': [b'v', (b'w', 1)]}))
print(parse_qs_bytes('a=1&a=%20x&b=&c+d=e+f'), parse_qs_bytes(b'a=', keep_blank_values=True))
try:
    utf8(5)
except TypeError as e:
    print(e)
try:
    to_unicode(5)
except TypeError as e:
    print(e)
print(parse_qs_bytes('x=%E9&y=\xe9'))
