from html.parser import HTMLParser


class Dump(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print('start', tag, attrs, self.getpos(), repr(self.get_starttag_text()))

    def handle_endtag(self, tag):
        print('end', tag, self.getpos())

    def handle_startendtag(self, tag, attrs):
        print('startend', tag, attrs)

    def handle_data(self, data):
        print('data', repr(data))

    def handle_comment(self, data):
        print('comment', repr(data))

    def handle_decl(self, data):
        print('decl', repr(data))

    def handle_pi(self, data):
        print('pi', repr(data))

    def handle_entityref(self, name):
        print('entityref', name)

    def handle_charref(self, name):
        print('charref', name)

    def unknown_decl(self, data):
        print('unknown_decl', repr(data))


docs = [
    '<!DOCTYPE html>\n<html lang="en"><head><title>T &amp; A</title></head>\n<body class=main id=\'b\' hidden>',
    '<p>Some <b>bold</b> text &lt;here&gt; &copy; 2023 &#169; &#xA9;</p><br/><img src="a.png" alt="x &quot;y&quot;" />',
    '<!-- a comment -- ><?php echo 1 ?><![CDATA[raw <data>]]><![if !IE]>x<![endif]>',
    '<script type="text/javascript">if (a < b && c > d) { x = "</p>"; }</script><style>p>a{}</STYLE >',
    '<a href=foo.html#x TARGET="_blank" data-x = "1" data-y=\'2\' checked>link</a >',
    '<div a="unclosed b=1>text</div><div x= "y>z</div>',
    '< notatag> & alone &amp &unknown; &#; &#x; </ p><//>',
    '<a\nhref="x"\n>multi\nline</a>\n<b>\n</b>',
    'tail &amp',
    '<a b==c d= e f=>g</a><a/b c/>',
    '<!bogus comment><!x><br/ ><p / >',
]
for d in docs:
    p = Dump()
    p.feed(d)
    p.close()
    print('--')
p = Dump(convert_charrefs=False)
p.feed('<p>a &amp; b &#65; &#x42; &nosemi c &unknown; x&y</p>&amp')
p.close()
print('--')
p = Dump()
for chunk in ['<di', 'v cla', 'ss="a">hel', 'lo &am', 'p; wor', 'ld</d', 'iv>']:
    p.feed(chunk)
p.close()
class D2(HTMLParser):
    def handle_starttag(self, tag, attrs): print('S', tag, attrs)
    def handle_endtag(self, tag): print('E', tag)
    def handle_data(self, data): print('D', repr(data))
    def handle_comment(self, data): print('C', repr(data))
    def handle_startendtag(self, tag, attrs): print('SE', tag, attrs)
for d in ['<a x="1"y="2">', "<a x='1'/y=2>", '<a =x>', '<a x=>', '<a x= >', '<a x="a>b">', '<a\x00b>',
          '<a x="&lt;&#65;&unknown;">', '<A HREF="X">', '<a b c d>', '<a b="c"/>', '<a b=c/>',
          '<a\tb\n=\r"c">', '<a b=="c">', '<a b= =c>', '<a b c="d" / >', '<a/>', '<br/ >', '<a x="1" / y>',
          '<p>unfinished <b', '<p>x</p', '<!--unterminated', '</', '<', '&', '&#', 'a&b', '&#1', '&#x1g;',
          '<script>a</scr</script>', '<style></style', '<script><!-- </script>', '<a b=\'c">', '<a b="c\'>',
          '<title>x</title\n>', '</a b="c">', '</ >', '</ a>', '</1>', '<?pi', '<!DOCTYPE', '<![CDATA[x', '<![if x]']:
    p = D2()
    try:
        p.feed(d)
        p.close()
    except AssertionError as e:
        print('AssertionError', e)
    print('--', repr(d))
