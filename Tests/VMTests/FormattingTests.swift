import XCTest

/// `str % args`, `str.format` and `str.format_map` against CPython 3.11's output.
final class FormattingTests: XCTestCase {
    func testFormatting() {
        checkExpressions([
        (#""%d %i %u" % (1, -2, 3)"#, #"'1 -2 3'"#),
        (#""%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42)"#, #"'   42|42   |00042|+42| 42'"#),
        (#""%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8)"#, #"'ff FF 10 0xff 0XFF 0o10'"#),
        (#""%e %E %f %F %g %G" % (12345.678, 0.000123, 3.14159, 2.5, 1e-5, 1e20)"#, #"'1.234568e+04 1.230000E-04 3.141590 2.500000 1e-05 1E+20'"#),
        (#""%.2f %10.3f %-10.1f| %.0f %#.0f" % (3.14159, 2.71828, 1.5, 2.5, 2.5)"#, #"'3.14      2.718 1.5       | 2 2.'"#),
        (#""%s %r %a" % ("é", "é", "é")"#, #""é 'é' '\\xe9'""#),
        (#""%.3s|%5s|%-5s|" % ("abcdef", "ab", "ab")"#, #"'abc|   ab|ab   |'"#),
        (#""%c%c" % (65, "z")"#, #"'Az'"#),
        (#""%%d %d%%" % 5"#, #"'%d 5%'"#),
        (#""%(name)s is %(age)d" % {"name": "Bob", "age": 30}"#, #"'Bob is 30'"#),
        (#""%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159)"#, #"'    1|2   |3.14'"#),
        (#""%s" % (1, 2)"#, #"TypeError: not all arguments converted during string formatting"#),
        (#""%s %s" % (1,)"#, #"TypeError: not enough arguments for format string"#),
        (#""%s" % ((1, 2),)"#, #"'(1, 2)'"#),
        (#""%s" % [1, 2]"#, #"'[1, 2]'"#),
        (#""%d" % 3.99"#, #"'3'"#),
        (#""%d" % "x""#, #"TypeError: %d format: a real number is required, not str"#),
        (#""%x" % 1.5"#, #"TypeError: %x format: an integer is required, not float"#),
        (#""%f" % "x""#, #"TypeError: must be real number, not str"#),
        (#""%c" % 1114112"#, #"OverflowError: %c arg not in range(0x110000)"#),
        (#""%c" % "ab""#, #"TypeError: %c requires int or char"#),
        (#""%z" % 1"#, #"ValueError: unsupported format character 'z' (0x7a) at index 1"#),
        (#""%(a)s" % 1"#, #"TypeError: format requires a mapping"#),
        (#""%(a" % {}"#, #"ValueError: incomplete format key"#),
        (#""%" % ()"#, #"ValueError: incomplete format"#),
        (#""%d" % 2**70"#, #"'1180591620717411303424'"#),
        (#""%.3e" % 2**70"#, #"'1.181e+21'"#),
        (#""%s %s" % (True, None)"#, #"'True None'"#),
        (#""%-+8.2f|" % 3.14159"#, #"'+3.14   |'"#),
        (#""%#5x|%-#8o|" % (10, 8)"#, #"'  0xa|0o10    |'"#),
        (#""%5%|" % ()"#, #"TypeError: not enough arguments for format string"#),
        (#""abc" % ()"#, #"'abc'"#),
        (#""abc" % 5"#, #"TypeError: not all arguments converted during string formatting"#),
        (#""{} {}".format(1, 2)"#, #"'1 2'"#),
        (#""{1} {0} {1}".format("a", "b")"#, #"'b a b'"#),
        (#""{name} is {age:>5}".format(name="Bob", age=30)"#, #"'Bob is    30'"#),
        (#""{0.real} {0.imag}".format(3)"#, #"'3 0'"#),
        (#""{0[1]} {0[x]}".format({1: "one", "x": "ex"})"#, #"'one ex'"#),
        (#""{0[0]}".format([7, 8])"#, #"'7'"#),
        (#""{!r} {!s} {!a}".format("é", "é", "é")"#, #""'é' é '\\xe9'""#),
        (#""{:>{w}.{p}f}".format(3.14159, w=10, p=2)"#, #"'      3.14'"#),
        (#""{:{}}|".format("x", 5)"#, #"'x    |'"#),
        (#""{:*^9}".format("mid")"#, #"'***mid***'"#),
        (#""{:,} {:_} {:08.3f} {:+} {:x} {:#b} {:e} {:%}".format(1234567, 1234567, 3.14159, 5, 255, 5, 12345.6789, 0.25)"#, #"'1,234,567 1_234_567 0003.142 +5 ff 0b101 1.234568e+04 25.000000%'"#),
        (#""{{}} {{{}}}".format(7)"#, #"'{} {7}'"#),
        (#""{}".format()"#, #"IndexError: Replacement index 0 out of range for positional args tuple"#),
        (#""{0}{}".format(1, 2)"#, #"ValueError: cannot switch from manual field specification to automatic field numbering"#),
        (#""{}{0}".format(1, 2)"#, #"ValueError: cannot switch from automatic field numbering to manual field specification"#),
        (#""{a}".format()"#, #"KeyError: 'a'"#),
        (#""{!x}".format(1)"#, #"ValueError: Unknown conversion specifier x"#),
        (#""{".format()"#, #"ValueError: Single '{' encountered in format string"#),
        (#""}".format()"#, #"ValueError: Single '}' encountered in format string"#),
        (#""{0.nope}".format(1)"#, #"AttributeError: 'int' object has no attribute 'nope'"#),
        (#""{0[5]}".format([1])"#, #"IndexError: list index out of range"#),
        (#""{:d}".format("a")"#, #"ValueError: Unknown format code 'd' for object of type 'str'"#),
        (#""{:{:{}}}".format(1, 2, 3)"#, #"ValueError: Max string recursion exceeded"#),
        (#""{0!}".format(1)"#, #"ValueError: unmatched '{' in format spec"#),
        (#""{0:}".format(None)"#, #"'None'"#),
        (#""{:>5}".format(None)"#, #"TypeError: unsupported format string passed to NoneType.__format__"#),
        (#""{x}-{y}".format_map({"x": 1, "y": 2})"#, #"'1-2'"#),
        (#""{0}".format_map({})"#, #"ValueError: Format string contains positional fields"#),
        (#""{0[a]b}".format({"a": 1})"#, #"ValueError: Only '.' or '[' may follow ']' in format field specifier"#),
        (#"format(3.5, "08.2f")"#, #"'00003.50'"#),
        (#""x".__format__("^5")"#, #"'  x  '"#),
        (#""%d" % "a""#, #"TypeError: %d format: a real number is required, not str"#),
        (#""%s" % (1,2)"#, #"TypeError: not all arguments converted during string formatting"#),
        (#""{0}{}".format(1,2)"#, #"ValueError: cannot switch from manual field specification to automatic field numbering"#),
        (#""{0.foo}".format(1)"#, #"AttributeError: 'int' object has no attribute 'foo'"#),
        (#""{0[1]}".format([1])"#, #"IndexError: list index out of range"#),
        (#""{0[a]}".format({})"#, #"KeyError: 'a'"#),
        (#""%c" % 300000000"#, #"OverflowError: %c arg not in range(0x110000)"#),
        (#""%(a)s %s" % {"a":1}"#, #"TypeError: not enough arguments for format string"#),
        (#""%*d" % ("a", 1)"#, #"TypeError: * wants int"#),
        (#""%.*f" % (2, 3.14159)"#, #"'3.14'"#),
        (#""%x" % 3.0"#, #"TypeError: %x format: an integer is required, not float"#),
        (#""%s %(a)s" % {"a": 1}"#, #""{'a': 1} 1""#),
        (#""%5" % 1"#, #"ValueError: incomplete format"#),
        (#""%d" % ()"#, #"TypeError: not enough arguments for format string"#),
        (#""%s" % []"#, #"'[]'"#),
        (#""%s" % ([],)"#, #"'[]'"#),
        (#""%d" % True"#, #"'1'"#),
        (#""%r" % "é""#, #""'é'""#),
        (#""%a" % "é""#, #""'\\xe9'""#),
        (#""%i" % 3.9"#, #"'3'"#),
        (#""%o" % 8"#, #"'10'"#),
        (#""%#o" % 8"#, #"'0o10'"#),
        (#""%#x" % 255"#, #"'0xff'"#),
        (#""%+05d" % 3"#, #"'+0003'"#),
        (#""%-5d|" % 3"#, #"'3    |'"#),
        (#""% d" % 3"#, #"' 3'"#),
        (#""%e" % 1e10"#, #"'1.000000e+10'"#),
        (#""%g" % 1e-5"#, #"'1e-05'"#),
        (#""%10.3f|" % -3.14159"#, #"'    -3.142|'"#),
        (#""%c%c" % (65, "b")"#, #"'Ab'"#),
        (#""%s" % None"#, #"'None'"#),
        (#""%%"%()"#, #"'%'"#),
        (#""abc" % []"#, #"'abc'"#),
        (#""abc" % {}"#, #"'abc'"#),
        ])
    }

    func testFormattingScript() {
        checkScript(#"""
            class M(dict):
                def __missing__(self, k): return "<" + k + ">"
            print("{a} {b}".format_map(M(a=1)))
            class P:
                def __init__(self): self.x = 5
                def __format__(self, spec): return "P(" + spec + ")"
            print("{0.x} {0:abc}".format(P()))
            class Num:
                def __index__(self): return 65
                def __float__(self): return 2.5
            print("%c %x %f" % (Num(), Num(), Num()))
            rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25)]
            for name, qty, price in rows:
                print("%-8s|%4d|%7.2f" % (name, qty, price), "{:<8}|{:>4}|{:7.2f}".format(name, qty, price))
            """#, expected: #"""
            1 <b>
            5 P(abc)
            A 41 2.500000
            apple   |   3|   1.50 apple   |   3|   1.50
            kiwi    |  12|   0.25 kiwi    |  12|   0.25
            """#)
    }
}
