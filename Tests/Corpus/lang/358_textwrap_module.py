# textwrap: wrap, fill, shorten, dedent, indent, TextWrapper options
import textwrap
s = "The quick brown fox jumps over the lazy dog. Python's textwrap module is well-known for wrapping long paragraphs of text into neatly formatted lines."
for w in (20, 30, 45):
    print(textwrap.wrap(s, width=w))
print(textwrap.fill(s, width=40))
print(textwrap.fill(s, width=30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten("Hello  world!  This is a long sentence.", width=20))
print(textwrap.shorten("Hello world", width=11))
print(textwrap.shorten(s, width=50, placeholder="..."))
code = '''
    def f():
        return 1

    print(f())
'''
print(repr(textwrap.dedent(code)))
print(textwrap.indent("line1\nline2\n\nline3", "> "))
print(textwrap.indent("a\n\nb", "+ ", lambda line: True))
print(textwrap.wrap("supercalifragilisticexpialidocious is a word", width=10))
print(textwrap.wrap("a well-documented, easy-to-use API -- really", width=12))
print(textwrap.fill("one two three four five six seven", width=15, max_lines=2))
w = textwrap.TextWrapper(width=25, break_long_words=False)
print(w.wrap("short averyveryveryverylongwordthatdoesnotfit end"))
print(textwrap.wrap("tabs\there and\tthere", width=10))
print(textwrap.dedent("  a\n\tb") == "  a\n\tb", repr(textwrap.dedent("   x\n   y\n  ")))
