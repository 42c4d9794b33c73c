import Runtimes
import VM
import XCTest

/// Runs a Python program on the engine and returns what it printed to stdout.
func runPython(_ source: String) -> String {
    let engine: Engine
    do {
        engine = try Engine(file: "t.py", source: source)
    } catch {
        return "<compile error: \(error)>"
    }
    var out = ""
    engine.onOutput = { _, stream, text in
        if stream == .stdout { out += text }
    }
    _ = engine.run()
    return out
}

/// Evaluates each expression as `show(lambda: expr)` (its repr, or `Type: message` for an
/// exception) and compares every printed line with CPython 3.11's, one assertion per line.
func checkExpressions(_ cases: [(String, String)], file: StaticString = #filePath, line: UInt = #line) {
    var src = "def show(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__ + ':', e)\n"
    for (expr, _) in cases { src += "show(lambda: \(expr))\n" }
    let lines = runPython(src).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for (i, (expr, expected)) in cases.enumerated() {
        XCTAssertEqual(i < lines.count ? lines[i] : "<missing>", expected, expr, file: file, line: line)
    }
}

/// Runs a program and compares its output with CPython's line by line.
func checkScript(_ source: String, expected: String, file: StaticString = #filePath, line: UInt = #line) {
    let got = runPython(source).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let want = (expected + "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    XCTAssertEqual(got.count, want.count, "line count", file: file, line: line)
    for (i, w) in want.enumerated() {
        XCTAssertEqual(i < got.count ? got[i] : "<missing>", w, "line \(i + 1)", file: file, line: line)
    }
}

/// Methods of str, list, tuple, range, dict, int and float against CPython 3.11's output
/// (expected values pasted from python3).
final class TypeMethodsTests: XCTestCase {
    func testStrMethods() {
        checkExpressions([
        (#""a,b,,c".split(",")"#, #"['a', 'b', '', 'c']"#),
        (#""a,b,,c".split(",", 2)"#, #"['a', 'b', ',c']"#),
        (#""a,b,,c".rsplit(",", 2)"#, #"['a,b', '', 'c']"#),
        (#"" a  b \t c\n".split()"#, #"['a', 'b', 'c']"#),
        (#"" a  b ".split(None, 1)"#, #"['a', 'b ']"#),
        (#"" a  b ".rsplit(None, 1)"#, #"[' a', 'b']"#),
        (#""".split()"#, #"[]"#),
        (#""".split(",")"#, #"['']"#),
        (#""a".split("")"#, #"ValueError: empty separator"#),
        (#""a b".split(sep=" ", maxsplit=0)"#, #"['a b']"#),
        (#""a".split(1)"#, #"TypeError: must be str or None, not int"#),
        (#""a".split(" ", sep=" ")"#, #"TypeError: argument for split() given by name ('sep') and position (1)"#),
        (#""x\r\ny\rz\n".splitlines()"#, #"['x', 'y', 'z']"#),
        (#""x\r\ny\rz\n".splitlines(True)"#, #"['x\r\n', 'y\r', 'z\n']"#),
        (#""x\r\ny".splitlines(keepends=True)"#, #"['x\r\n', 'y']"#),
        (#""  x  ".strip()"#, #"'x'"#),
        (#""xxaxx".strip("x")"#, #"'a'"#),
        (#""xxaxx".lstrip("x")"#, #"'axx'"#),
        (#""xxaxx".rstrip("x")"#, #"'xxa'"#),
        (#""a".strip(1)"#, #"TypeError: strip arg must be None or str"#),
        (#""aaa".replace("a", "bb", 2)"#, #"'bbbba'"#),
        (#""abc".replace("", "-")"#, #"'-a-b-c-'"#),
        (#""abc".replace("", "-", 2)"#, #"'-a-bc'"#),
        (#""abc".replace(1, "b")"#, #"TypeError: replace() argument 1 must be str, not int"#),
        (#""abcabc".find("c")"#, #"2"#),
        (#""abcabc".find("c", 3)"#, #"5"#),
        (#""abcabc".find("c", -2, -1)"#, #"-1"#),
        (#""abcabc".rfind("b")"#, #"4"#),
        (#""abcabc".index("x")"#, #"ValueError: substring not found"#),
        (#""abcabc".rindex("a")"#, #"3"#),
        (#""abc".find("", 4)"#, #"-1"#),
        (#""abc".find()"#, #"TypeError: find() takes at least 1 argument (0 given)"#),
        (#""aaaa".count("aa")"#, #"2"#),
        (#""abc".count("")"#, #"4"#),
        (#""abc".startswith(("x", "ab"))"#, #"True"#),
        (#""abc".startswith("b", 1)"#, #"True"#),
        (#""abc".endswith("b", 0, 2)"#, #"True"#),
        (#""abc".startswith(1)"#, #"TypeError: startswith first arg must be str or a tuple of str, not int"#),
        (#""-".join(["a", "b", "c"])"#, #"'a-b-c'"#),
        (#""-".join("xyz")"#, #"'x-y-z'"#),
        (#""-".join(["a", 1])"#, #"TypeError: sequence item 1: expected str instance, int found"#),
        (#""-".join(5)"#, #"TypeError: can only join an iterable"#),
        (#""hello world".title()"#, #"'Hello World'"#),
        (#""they're bill's".title()"#, #""They'Re Bill'S""#),
        (#""hELLO wORLD".capitalize()"#, #"'Hello world'"#),
        (#""Hello".swapcase()"#, #"'hELLO'"#),
        (#""straße".upper()"#, #"'STRASSE'"#),
        (#""Straße".casefold()"#, #"'strasse'"#),
        (#""ΑΣ ΑΣΑ".lower()"#, #"'ας ασα'"#),
        (#""MiXeD".lower()"#, #"'mixed'"#),
        (#""abc".center(8, "*")"#, #"'**abc***'"#),
        (#""ab".center(5)"#, #"'  ab '"#),
        (#""abc".ljust(6, ".")"#, #"'abc...'"#),
        (#""abc".rjust(6)"#, #"'   abc'"#),
        (#""abc".center(6, "ab")"#, #"TypeError: The fill character must be exactly one character long"#),
        (#""-42".zfill(6)"#, #"'-00042'"#),
        (#""42".zfill(5)"#, #"'00042'"#),
        (#""a\tbc\td".expandtabs()"#, #"'a       bc      d'"#),
        (#""a\tb".expandtabs(4)"#, #"'a   b'"#),
        (#"("123".isdigit(), "12a".isdigit(), "".isdigit(), "²".isdigit(), "½".isnumeric(), "١".isdecimal())"#, #"(True, False, False, True, True, True)"#),
        (#"("abc".isalpha(), "ab1".isalnum(), " \t".isspace(), "ABC".isupper(), "abc".islower(), "Ab Cd".istitle())"#, #"(True, True, True, True, True, True)"#),
        (#"("_x1".isidentifier(), "1x".isidentifier(), "a\tb".isprintable(), "abc".isascii(), "é".isascii())"#, #"(True, False, False, True, False)"#),
        (#""a.b.c".partition(".")"#, #"('a', '.', 'b.c')"#),
        (#""a.b.c".rpartition(".")"#, #"('a.b', '.', 'c')"#),
        (#""abc".partition("x")"#, #"('abc', '', '')"#),
        (#""abc".partition("")"#, #"ValueError: empty separator"#),
        (#""prefix_body".removeprefix("prefix_")"#, #"'body'"#),
        (#""body.py".removesuffix(".py")"#, #"'body'"#),
        (#""é".encode()"#, #"b'\xc3\xa9'"#),
        (#""abc".encode("ascii")"#, #"b'abc'"#),
        (#""é".encode("ascii")"#, #"UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)"#),
        (#""abcabc".translate(str.maketrans("ab", "xy", "c"))"#, #"'xyxy'"#),
        (#"str.maketrans({"a": "1"})"#, #"{97: '1'}"#),
        (#""abc".upper(1)"#, #"TypeError: str.upper() takes no arguments (1 given)"#),
        (#"str.upper(5)"#, #"TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object"#),
        (#""x".join()"#, #"TypeError: str.join() takes exactly one argument (0 given)"#),
        (#""abc".__len__()"#, #"3"#),
        (#""abc".__contains__("b")"#, #"True"#),
        (#""%s" .__mod__(5)"#, #"'5'"#),
        (#""a".find(sub="a")"#, #"TypeError: str.find() takes no keyword arguments"#),
        (#""a".find()"#, #"TypeError: find() takes at least 1 argument (0 given)"#),
        (#""a".upper(1)"#, #"TypeError: str.upper() takes no arguments (1 given)"#),
        (#""a".join()"#, #"TypeError: str.join() takes exactly one argument (0 given)"#),
        (#""a".replace("a")"#, #"TypeError: replace expected at least 2 arguments, got 1"#),
        (#""a".split(" ", 1, 2)"#, #"TypeError: split() takes at most 2 arguments (3 given)"#),
        (#""a".split(foo=1)"#, #"TypeError: 'foo' is an invalid keyword argument for split()"#),
        (#""a".startswith(1)"#, #"TypeError: startswith first arg must be str or a tuple of str, not int"#),
        (#""a".startswith(("a",1))"#, #"True"#),
        (#""a".center()"#, #"TypeError: center expected at least 1 argument, got 0"#),
        (#""a".center(3, "ab")"#, #"TypeError: The fill character must be exactly one character long"#),
        (#""a".center(3, 1)"#, #"TypeError: The fill character must be a unicode character, not int"#),
        (#""a".center("3")"#, #"TypeError: 'str' object cannot be interpreted as an integer"#),
        (#""a".zfill("3")"#, #"TypeError: 'str' object cannot be interpreted as an integer"#),
        (#""a".index("b")"#, #"ValueError: substring not found"#),
        (#""a".rindex("b")"#, #"ValueError: substring not found"#),
        (#""a".count()"#, #"TypeError: count() takes at least 1 argument (0 given)"#),
        (#""a".count(1)"#, #"TypeError: must be str, not int"#),
        (#""a".join([1])"#, #"TypeError: sequence item 0: expected str instance, int found"#),
        (#""a".join(1)"#, #"TypeError: can only join an iterable"#),
        (#"",".join(["a", 2])"#, #"TypeError: sequence item 1: expected str instance, int found"#),
        (#""a".encode("latin-1")"#, #"b'a'"#),
        (#""a".partition("")"#, #"ValueError: empty separator"#),
        (#""a".partition(1)"#, #"TypeError: must be str, not int"#),
        (#""a".splitlines(1)"#, #"['a']"#),
        (#""a".expandtabs("x")"#, #"TypeError: 'str' object cannot be interpreted as an integer"#),
        (#""a".replace(1, "b")"#, #"TypeError: replace() argument 1 must be str, not int"#),
        (#""a".find("a", "x")"#, #"TypeError: slice indices must be integers or None or have an __index__ method"#),
        (#""a".removeprefix(1)"#, #"TypeError: removeprefix() argument must be str, not int"#),
        (#""a".find("a", None, None)"#, #"0"#),
        (#""a".endswith(("a", "b"), 1, 2)"#, #"False"#),
        (#""a".replace("a","b",count=1)"#, #"TypeError: str.replace() takes no keyword arguments"#),
        (#""a".split(" ", 1, maxsplit=2)"#, #"TypeError: split() takes at most 2 arguments (3 given)"#),
        (#""a".split(maxsplit="x")"#, #"TypeError: 'str' object cannot be interpreted as an integer"#),
        (#""a".splitlines(keepends=True, x=1)"#, #"TypeError: splitlines() takes at most 1 keyword argument (2 given)"#),
        (#""a".splitlines(1,2)"#, #"TypeError: splitlines() takes at most 1 argument (2 given)"#),
        (#""a".strip("a","b")"#, #"TypeError: strip expected at most 1 argument, got 2"#),
        (#""a".find("a",1,2,3)"#, #"TypeError: find() takes at most 3 arguments (4 given)"#),
        (#""a".upper(x=1)"#, #"TypeError: str.upper() takes no keyword arguments"#),
        (#""a".join(x=1)"#, #"TypeError: str.join() takes no keyword arguments"#),
        (#""a".center(1,2,3)"#, #"TypeError: center expected at most 2 arguments, got 3"#),
        (#""a".zfill()"#, #"TypeError: str.zfill() takes exactly one argument (0 given)"#),
        (#""a".encode(encoding="ascii")"#, #"b'a'"#),
        (#""a".encode("foo")"#, #"LookupError: unknown encoding: foo"#),
        (#""a".expandtabs(tabsize=2)"#, #"'a'"#),
        (#""a".expandtabs(2, 3)"#, #"TypeError: expandtabs() takes at most 1 argument (2 given)"#),
        (#""abc".count("", 5)"#, #"0"#),
        (#""abc".find("", 3)"#, #"3"#),
        (#""abc".center(6, "*")"#, #"'*abc**'"#),
        (#""ab".center(5, "*")"#, #"'**ab*'"#),
        (#""ab".center(7)"#, #"'   ab  '"#),
        (#""+4".zfill(1)"#, #"'+4'"#),
        (#""a\tb\n\tc".expandtabs(4)"#, #"'a   b\n    c'"#),
        (#""hello world it's".title()"#, #""Hello World It'S""#),
        (#""ß".upper()"#, #"'SS'"#),
        (#""ßİ".casefold()"#, #"'ssi̇'"#),
        (#""ﬁ".casefold()"#, #"'fi'"#),
        (#""ǅa".swapcase()"#, #"'ǅA'"#),
        (#""hELLO".capitalize()"#, #"'Hello'"#),
        (#""Hello World".istitle()"#, #"True"#),
        (#""ABC1".isupper()"#, #"True"#),
        (#""١٢".isdigit()"#, #"True"#),
        (#""½".isnumeric()"#, #"True"#),
        (#""½".isdigit()"#, #"False"#),
        (#""²".isdigit()"#, #"True"#),
        (#""²".isdecimal()"#, #"False"#),
        (#""a b".isidentifier()"#, #"False"#),
        (#""_a1".isidentifier()"#, #"True"#),
        (#""\t".isprintable()"#, #"False"#),
        (#""".isspace()"#, #"False"#),
        (#""abc".translate({97: "X", 98: None})"#, #"'Xc'"#),
        (#"str.maketrans("ab", "xy", "c")"#, #"{97: 120, 98: 121, 99: None}"#),
        (#"str.maketrans({"a": 1})"#, #"{97: 1}"#),
        (#""abc".startswith("", 3)"#, #"True"#),
        (#""abc".startswith("", 4)"#, #"False"#),
        (#""abc".endswith(("x", "bc"))"#, #"True"#),
        (#""aaa".replace("a", "b", -1)"#, #"'bbb'"#),
        (#""abc".rjust(5, "0")"#, #"'00abc'"#),
        (#""abc".ljust(2)"#, #"'abc'"#),
        (#""  x ".strip()"#, #"'x'"#),
        (#""abc".rpartition("x")"#, #"('', '', 'abc')"#),
        (#""abc".removeprefix("ab")"#, #"'c'"#),
        (#""abc".removesuffix("bc")"#, #"'a'"#),
        (#""abcabc".rindex("b")"#, #"4"#),
        (#""abcabc".rfind("b", 0, 3)"#, #"1"#),
        (#""abc".index("c", -1)"#, #"2"#),
        (#""a".join("xyz")"#, #"'xayaz'"#),
        (#"",".join(())"#, #"''"#),
        (#""é".encode("latin-1")"#, #"b'\xe9'"#),
        (#""é".encode("ascii", "replace")"#, #"b'?'"#),
        (#""é".encode("ascii", "ignore")"#, #"b''"#),
        (#""ĳ".title()"#, #"'Ĳ'"#),
        (#""Σ".lower()"#, #"'σ'"#),
        (#""ΑΣ".lower()"#, #"'ας'"#),
        (#""aΣb".lower()"#, #"'aσb'"#),
        (#""1a".title()"#, #"'1A'"#),
        (#""x".zfill(-1)"#, #"'x'"#),
        (#""abc"[::-1]"#, #"'cba'"#),
        (#"str.upper("a")"#, #"'A'"#),
        (#""  ".split()"#, #"[]"#),
        (#""a\x1cb".split()"#, #"['a', 'b']"#),
        (#""a\u00a0b".split()"#, #"['a', 'b']"#),
        (#""\u2028a".splitlines()"#, #"['', 'a']"#),
        (#""abc".__getitem__(1)"#, #"'b'"#),
        (#""abc".isascii()"#, #"True"#),
        (#""ÀB".isupper()"#, #"True"#),
        (#""ǅ".istitle()"#, #"True"#),
        (#""ǅ".isupper()"#, #"False"#),
        ])
    }

    func testContainerMethodsAndErrors() {
        checkExpressions([
        (#"[].pop()"#, #"IndexError: pop from empty list"#),
        (#"[1].pop(5)"#, #"IndexError: pop index out of range"#),
        (#"[].remove(1)"#, #"ValueError: list.remove(x): x not in list"#),
        (#"[1].index(5)"#, #"ValueError: 5 is not in list"#),
        (#"[1,2].index(2, 0, 1)"#, #"ValueError: 2 is not in list"#),
        (#"[].sort(1)"#, #"TypeError: sort() takes no positional arguments"#),
        (#"[].sort(key=1, x=2)"#, #"TypeError: 'x' is an invalid keyword argument for sort()"#),
        (#"[1,"a"].sort()"#, #"TypeError: '<' not supported between instances of 'str' and 'int'"#),
        (#"[].append()"#, #"TypeError: list.append() takes exactly one argument (0 given)"#),
        (#"[].insert(1)"#, #"TypeError: insert expected 2 arguments, got 1"#),
        (#"().index(1)"#, #"ValueError: tuple.index(x): x not in tuple"#),
        (#"range(3).index(5)"#, #"ValueError: 5 is not in range"#),
        (#"{}.pop(1)"#, #"KeyError: 1"#),
        (#"{}.popitem()"#, #"KeyError: 'popitem(): dictionary is empty'"#),
        (#"set().pop()"#, #"KeyError: 'pop from an empty set'"#),
        (#"set().remove(1)"#, #"KeyError: 1"#),
        (#"{}.get()"#, #"TypeError: get expected at least 1 argument, got 0"#),
        (#"dict.fromkeys()"#, #"TypeError: fromkeys expected at least 1 argument, got 0"#),
        (#"{}.update(1)"#, #"TypeError: 'int' object is not iterable"#),
        (#"{}.update([1])"#, #"TypeError: cannot convert dictionary update sequence element #0 to a sequence"#),
        (#"{}.update([(1,2,3)])"#, #"ValueError: dictionary update sequence element #0 has length 3; 2 is required"#),
        (#"set().update(1)"#, #"TypeError: 'int' object is not iterable"#),
        (#"set().union(1)"#, #"TypeError: 'int' object is not iterable"#),
        (#"[].index()"#, #"TypeError: index expected at least 1 argument, got 0"#),
        (#"[1].count()"#, #"TypeError: list.count() takes exactly one argument (0 given)"#),
        (#"{}.setdefault()"#, #"TypeError: setdefault expected at least 1 argument, got 0"#),
        (#"frozenset().add"#, #"AttributeError: 'frozenset' object has no attribute 'add'"#),
        (#"[].append(1, 2)"#, #"TypeError: list.append() takes exactly one argument (2 given)"#),
        (#"[].pop(1,2)"#, #"TypeError: pop expected at most 1 argument, got 2"#),
        (#"[].pop("x")"#, #"TypeError: 'str' object cannot be interpreted as an integer"#),
        (#"[].insert("a", 1)"#, #"TypeError: 'str' object cannot be interpreted as an integer"#),
        (#"[].index(1, "a")"#, #"TypeError: slice indices must be integers or have an __index__ method"#),
        (#"[].extend(1)"#, #"TypeError: 'int' object is not iterable"#),
        (#"[].extend()"#, #"TypeError: list.extend() takes exactly one argument (0 given)"#),
        (#"[].sort(reverse=1)"#, #"None"#),
        (#"[].copy(1)"#, #"TypeError: list.copy() takes no arguments (1 given)"#),
        (#"[3,1,2].sort(key=None, reverse=True)"#, #"None"#),
        (#"{}.get(1,2,3)"#, #"TypeError: get expected at most 2 arguments, got 3"#),
        (#"{}.pop()"#, #"TypeError: pop expected at least 1 argument, got 0"#),
        (#"{}.pop(1,2,3)"#, #"TypeError: pop expected at most 2 arguments, got 3"#),
        (#"{}.setdefault(1,2,3)"#, #"TypeError: setdefault expected at most 2 arguments, got 3"#),
        (#"{}.update({}, {})"#, #"TypeError: update expected at most 1 argument, got 2"#),
        (#"{}.keys(1)"#, #"TypeError: dict.keys() takes no arguments (1 given)"#),
        (#"{}.update(a=1)"#, #"None"#),
        (#"dict.fromkeys(1)"#, #"TypeError: 'int' object is not iterable"#),
        (#"dict.fromkeys([1], 2, 3)"#, #"TypeError: fromkeys expected at most 2 arguments, got 3"#),
        (#"set().add()"#, #"TypeError: set.add() takes exactly one argument (0 given)"#),
        (#"set().add([])"#, #"TypeError: unhashable type: 'list'"#),
        (#"set().remove([])"#, #"TypeError: unhashable type: 'list'"#),
        (#"set().discard([])"#, #"TypeError: unhashable type: 'list'"#),
        (#"[] in set()"#, #"TypeError: unhashable type: 'list'"#),
        (#"{1}.issubset(1)"#, #"TypeError: 'int' object is not iterable"#),
        (#"{1}.isdisjoint()"#, #"TypeError: set.isdisjoint() takes exactly one argument (0 given)"#),
        (#"set().symmetric_difference()"#, #"TypeError: set.symmetric_difference() takes exactly one argument (0 given)"#),
        (#"set().symmetric_difference(1,2)"#, #"TypeError: set.symmetric_difference() takes exactly one argument (2 given)"#),
        (#"set().union(x=1)"#, #"TypeError: set.union() takes no keyword arguments"#),
        (#"frozenset([1]).union([2])"#, #"frozenset({1, 2})"#),
        ])
    }

    func testNumberMethods() {
        checkExpressions([
        (#"(1).to_bytes(1, "x")"#, #"ValueError: byteorder must be either 'little' or 'big'"#),
        (#"(256).to_bytes(1, "big")"#, #"OverflowError: int too big to convert"#),
        (#"(-1).to_bytes(1, "big")"#, #"OverflowError: can't convert negative int to unsigned"#),
        (#"int.from_bytes(1, "big")"#, #"TypeError: cannot convert 'int' object to bytes"#),
        (#"(1.5).as_integer_ratio()"#, #"(3, 2)"#),
        (#"float("inf").as_integer_ratio()"#, #"OverflowError: cannot convert Infinity to integer ratio"#),
        (#"float("nan").as_integer_ratio()"#, #"ValueError: cannot convert NaN to integer ratio"#),
        (#"(5).bit_length(1)"#, #"TypeError: int.bit_length() takes no arguments (1 given)"#),
        (#"(5).to_bytes()"#, #"b'\x05'"#),
        (#"(5).to_bytes(2)"#, #"b'\x00\x05'"#),
        (#"(5).to_bytes(2, "little", signed=True)"#, #"b'\x05\x00'"#),
        (#"(-5).to_bytes(2, "little", signed=True)"#, #"b'\xfb\xff'"#),
        (#"int.from_bytes(b"\x01\x02", "little")"#, #"513"#),
        (#"int.from_bytes(b"\xff", "big", signed=True)"#, #"-1"#),
        (#"int.from_bytes([1,2])"#, #"258"#),
        (#"(5).real"#, #"5"#),
        (#"(5).imag"#, #"0"#),
        (#"(5).numerator"#, #"5"#),
        (#"(5).denominator"#, #"1"#),
        (#"True.real"#, #"1"#),
        (#"(2.5).real"#, #"2.5"#),
        (#"(2.5).imag"#, #"0.0"#),
        (#"(2.0).is_integer()"#, #"True"#),
        (#"(2.5).hex()"#, #"'0x1.4000000000000p+1'"#),
        (#"(0.1).as_integer_ratio()"#, #"(3602879701896397, 36028797018963968)"#),
        (#"float.fromhex("0x1.8p1")"#, #"3.0"#),
        (#"(5).conjugate()"#, #"5"#),
        (#"True.conjugate()"#, #"1"#),
        (#"(-5).__abs__()"#, #"5"#),
        (#"(5).__float__()"#, #"5.0"#),
        (#"(5).__index__()"#, #"5"#),
        (#"int.bit_count(7)"#, #"3"#),
        (#"(256).to_bytes(1, "big")"#, #"OverflowError: int too big to convert"#),
        (#"(-1).to_bytes(1, "big")"#, #"OverflowError: can't convert negative int to unsigned"#),
        (#"(1).to_bytes(1, "middle")"#, #"ValueError: byteorder must be either 'little' or 'big'"#),
        (#"(128).to_bytes(1, "big", signed=True)"#, #"OverflowError: int too big to convert"#),
        (#"int.from_bytes(5, "big")"#, #"TypeError: cannot convert 'int' object to bytes"#),
        (#"float("inf").as_integer_ratio()"#, #"OverflowError: cannot convert Infinity to integer ratio"#),
        (#"float("nan").as_integer_ratio()"#, #"ValueError: cannot convert NaN to integer ratio"#),
        (#"float.fromhex("0xg")"#, #"ValueError: invalid hexadecimal floating-point string"#),
        (#"int.bit_length("x")"#, #"TypeError: descriptor 'bit_length' for 'int' objects doesn't apply to a 'str' object"#),
        (#"(5).bit_length(1)"#, #"TypeError: int.bit_length() takes no arguments (1 given)"#),
        ])
    }

    func testListTupleRangeScript() {
        checkScript(#"""
            l = [3, 1, 2]
            l.append(4); l.extend((5, 6)); l.insert(0, 0); l.insert(-1, 9); l.insert(100, 7)
            print(l)
            print(l.pop(), l.pop(0), l)
            l.remove(9); print(l, l.index(2), l.count(2))
            words = ["banana", "Apple", "cherry", "apple"]
            words.sort(); print(words)
            words.sort(key=str.lower); print(words)
            words.sort(key=len, reverse=True); print(words)
            pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
            pairs.sort(key=lambda p: p[0]); print(pairs)
            m = [5, 3, 1]
            def bad(x):
                m.append(x)
                return x
            try:
                m.sort(key=bad)
            except ValueError as e:
                print("ValueError:", e)
            print(m)
            r = [1, 2, 3]; r.reverse(); print(r, r.copy(), r.copy() is r)
            r.clear(); print(r)
            t = (1, 2, 3, 2)
            print(t.index(2), t.count(2))
            rg = range(0, 20, 3)
            print(rg.start, rg.stop, rg.step, rg.index(9), rg.count(9), rg.count(10))
            print(range(5).index(True), range(3).count(1.0))
            print(list.__getitem__([1, 2, 3], 1), [1, 2].__len__(), [1, 2].__contains__(2))
            class L(list):
                def __init__(self, items):
                    super().__init__(items)
                    self.append(0)
            x = L([3, 1, 2]); x.sort(); print(x, len(x))
            ll = [1, 2]; ll.extend(ll); print(ll)
            print(list(reversed([1, 2, 3])), [1, 2, 3].__reversed__().__next__())
            """#, expected: #"""
            [0, 3, 1, 2, 4, 5, 9, 6, 7]
            7 0 [3, 1, 2, 4, 5, 9, 6]
            [3, 1, 2, 4, 5, 6] 2 1
            ['Apple', 'apple', 'banana', 'cherry']
            ['Apple', 'apple', 'banana', 'cherry']
            ['banana', 'cherry', 'Apple', 'apple']
            [(0, 'a'), (0, 'b'), (1, 'b'), (1, 'a')]
            ValueError: list modified during sort
            [1, 3, 5]
            [3, 2, 1] [3, 2, 1] False
            []
            1 2
            0 20 3 3 1 0
            1 1
            2 2 True
            [0, 1, 2, 3] 4
            [1, 2, 1, 2]
            [3, 2, 1] 3
            """#)
    }

    func testDictScript() {
        checkScript(#"""
            d = {"a": 1, "b": 2}
            print(d.get("a"), d.get("z"), d.get("z", 0))
            print(d.keys(), d.values(), d.items())
            print(list(d.keys()), list(d.values()), list(d.items()))
            print("a" in d.keys(), ("a", 1) in d.items(), ("a", 2) in d.items(), 2 in d.values())
            print(d.pop("a"), d.pop("zz", None), d)
            d.update({"c": 3}); d.update([("d", 4)]); d.update(e=5); print(d)
            print(d.setdefault("f", 6), d.setdefault("b", 99), d)
            print(d.popitem(), d)
            c = d.copy(); c["x"] = 1; print(c, d)
            c.clear(); print(c, len(c))
            print(dict.fromkeys(["x", "y"]), dict.fromkeys("ab", 0), {}.fromkeys([1]))
            k = {"a": 1, "b": 2, "c": 3}.keys()
            print(sorted(k & {"a", "c"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
            print(k == {"a", "b", "c"}, k == {"a"}, len(k), bool({}.keys()), bool(k))
            print({1: 2}.items() & {(1, 2)}, {1: 2, 3: 4}.keys() - {1}, {5: 0, 1: 0}.keys() | {3})
            print(dict.__getitem__({1: 2}, 1), {1: 2}.__len__(), {1: 2}.__contains__(1))
            class D(dict):
                def __init__(self, *a, **kw):
                    super().__init__(*a, **kw)
                    super().__setitem__("init", True)
            print(dict(D(x=1)), dict(D([(1, 2)])))
            print(list(reversed({1: 2, 3: 4})), list(reversed({1: 2, 3: 4}.items())))
            print({"a": 1}.keys().isdisjoint(["b"]), {"a": 1}.keys().isdisjoint(["a"]))
            """#, expected: #"""
            1 None 0
            dict_keys(['a', 'b']) dict_values([1, 2]) dict_items([('a', 1), ('b', 2)])
            ['a', 'b'] [1, 2] [('a', 1), ('b', 2)]
            True True False True
            1 None {'b': 2}
            {'b': 2, 'c': 3, 'd': 4, 'e': 5}
            6 2 {'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}
            ('f', 6) {'b': 2, 'c': 3, 'd': 4, 'e': 5}
            {'b': 2, 'c': 3, 'd': 4, 'e': 5, 'x': 1} {'b': 2, 'c': 3, 'd': 4, 'e': 5}
            {} 0
            {'x': None, 'y': None} {'a': 0, 'b': 0} {1: None}
            ['a', 'c'] ['a', 'b', 'c', 'z'] ['b', 'c'] ['b', 'c', 'q']
            True False 3 False True
            {(1, 2)} {3} {1, 3, 5}
            2 1 True
            {'x': 1, 'init': True} {1: 2, 'init': True}
            [3, 1] [(3, 4), (1, 2)]
            True False
            """#)
    }

    func testNumberScript() {
        checkScript(#"""
            print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2**100).bit_length(), (255).bit_count(), (-7).bit_count())
            print((5).real, (5).imag, (5).numerator, (5).denominator, True.real, True.numerator, (5).conjugate(), (2**70).conjugate())
            print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (5).to_bytes(), (-1).to_bytes(2, "big", signed=True))
            print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2, 3], "big"))
            print((2.5).is_integer(), (3.0).is_integer(), (2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.75).as_integer_ratio(), (0.0).as_integer_ratio())
            print((2.5).hex(), (1.0).hex(), (-0.1).hex(), (0.0).hex(), (5e-324).hex(), (1e300).hex(), float("inf").hex())
            print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("1"), float.fromhex(" 0x1.4000000000000p+1 "), float.fromhex("inf"))
            print((2.5).real, (2.5).imag, (2.5).conjugate(), (-3).__abs__(), (3).__float__(), (3.7).__int__(), (7).__index__(), int.bit_length(8))
            print((10).as_integer_ratio(), True.bit_length(), (True).to_bytes(1, "big"))
            """#, expected: #"""
            8 8 0 101 8 3
            5 0 5 1 1 1 5 1180591620717411303424
            b'\x04\x00' b'\x00\x04' b'\x05' b'\xff\xff'
            256 1 -1 66051
            False True (5, 2) (3602879701896397, 36028797018963968) (-3, 4) (0, 1)
            0x1.4000000000000p+1 0x1.0000000000000p+0 -0x1.999999999999ap-4 0x0.0p+0 0x0.0000000000001p-1022 0x1.7e43c8800759cp+996 inf
            3.0 -0.25 0.5 1.0 2.5 inf
            2.5 0.0 2.5 3 3.0 3 7 4
            (10, 1) 1 b'\x01'
            """#)
    }

    func testEncodeDecodeBytes() {
        checkScript(#"""
            for b in [b'\xff', b'a\xc3', b'\xc3a', b'\xe2\x82', b'\xe2\x82a', b'\xf0\x9f\x98', b'\xed\xa0\x80', b'\xc0\x80', b'\xf5\x80\x80\x80', "한글😀é".encode()]:
              for e in ['strict','replace','ignore']:
                try: print(repr(b.decode('utf-8', e)))
                except Exception as x: print(type(x).__name__, x)
            try: b'\x80abc'.decode('ascii')
            except Exception as x: print(type(x).__name__, x)
            print(b'\xe9'.decode('latin-1'), b'\x80'.decode('ascii','replace'), b'abc'.decode(), b'x'.decode(encoding='ascii'))
            try: "é".encode("ascii")
            except UnicodeError as x: print(type(x).__name__, x)
            try: "aéb€".encode("latin-1")
            except ValueError as x: print(type(x).__name__, x)
            print("aé€".encode("ascii", "backslashreplace"), "aé€".encode("ascii", "xmlcharrefreplace"))
            b = "hé!".encode()
            print(list(b), b[0], b[-1], b[1:3], b[::-1], 104 in b, b"\xc3" in b, b"" in b, b.hex(), len(b))
            for x in b"ab": print(x)
            try: b[10]
            except IndexError as e: print("IndexError:", e)
            try: b["x"]
            except TypeError as e: print("TypeError:", e)
            try: 300 in b
            except ValueError as e: print("ValueError:", e)
            try: "a" in b
            except TypeError as e: print("TypeError:", e)
            """#, expected: #"""
            UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
            '�'
            ''
            UnicodeDecodeError 'utf-8' codec can't decode byte 0xc3 in position 1: unexpected end of data
            'a�'
            'a'
            UnicodeDecodeError 'utf-8' codec can't decode byte 0xc3 in position 0: invalid continuation byte
            '�a'
            'a'
            UnicodeDecodeError 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data
            '�'
            ''
            UnicodeDecodeError 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte
            '�a'
            'a'
            UnicodeDecodeError 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data
            '�'
            ''
            UnicodeDecodeError 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte
            '���'
            ''
            UnicodeDecodeError 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte
            '��'
            ''
            UnicodeDecodeError 'utf-8' codec can't decode byte 0xf5 in position 0: invalid start byte
            '����'
            ''
            '한글😀é'
            '한글😀é'
            '한글😀é'
            UnicodeDecodeError 'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)
            é � abc x
            UnicodeEncodeError 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
            UnicodeEncodeError 'latin-1' codec can't encode character '\u20ac' in position 3: ordinal not in range(256)
            b'a\\xe9\\u20ac' b'a&#233;&#8364;'
            [104, 195, 169, 33] 104 33 b'\xc3\xa9' b'!\xa9\xc3h' True True True 68c3a921 4
            97
            98
            IndexError: index out of range
            TypeError: byte indices must be integers or slices, not str
            ValueError: byte must be in range(0, 256)
            TypeError: a bytes-like object is required, not 'str'
            """#)
    }

    func testHugeIntegerArguments() {
        checkScript(#"""
            for t in [lambda: [].insert(2**70, 1), lambda: "a".replace("a","b",2**70), lambda: [1].pop(2**70), lambda: "a".center(2**70), lambda: "a".split(None, 2**70), lambda: "a".find("a", 2**70), lambda: (1).to_bytes(2**70, "big"), lambda: "a".expandtabs(2**70), lambda: "a".center(-2**70), lambda: "a".zfill(-5), lambda: "ab".ljust(True)]:
              try: print(repr(t()))
              except Exception as e: print(type(e).__name__, e)
            """#, expected: #"""
            OverflowError Python int too large to convert to C ssize_t
            OverflowError Python int too large to convert to C ssize_t
            OverflowError Python int too large to convert to C ssize_t
            OverflowError Python int too large to convert to C ssize_t
            OverflowError Python int too large to convert to C ssize_t
            -1
            OverflowError Python int too large to convert to C ssize_t
            OverflowError Python int too large to convert to C int
            OverflowError Python int too large to convert to C ssize_t
            'a'
            'ab'
            """#)
    }
}
