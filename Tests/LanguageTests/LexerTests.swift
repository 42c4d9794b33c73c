import XCTest
@testable import Language

/// Tokens, block structure, numbers and string extents, as CPython 3.11's tokenizer makes them.
final class LexerTests: XCTestCase {
    /// Token kinds in compact form, e.g. `NAME(x) '=' INT(1) NEWLINE EOF`.
    private func kinds(_ source: String) -> String {
        Lexer.tokenize(source).map(\.kind.description).joined(separator: " ")
    }

    private func lexError(_ source: String) -> String {
        guard case .error(let e)? = Lexer.tokenize(source).last?.kind else { return "no error" }
        return "\(e.diagnostic.location): \(e.diagnostic.message)"
    }

    func testSimpleStatementTokensAndLocations() {
        let tokens = Lexer.tokenize("x = foo(1, 'a')  # note\n")
        XCTAssertEqual(tokens.map(\.kind.description).joined(separator: " "),
                       "NAME(x) '=' NAME(foo) '(' INT(1) ',' STRING('a) ')' NEWLINE EOF")
        XCTAssertEqual(tokens.map(\.location.description),
                       ["1:1", "1:3", "1:5", "1:8", "1:9", "1:10", "1:12", "1:15", "1:18", "1:24"])
        // A NEWLINE after a comment starts at the comment, as in CPython.
        XCTAssertEqual(tokens[8].location, SourceLocation(line: 1, column: 18))
    }

    func testKeywordsAndSoftKeywords() {
        XCTAssertEqual(kinds("async def match(type): await None"),
                       "'async' 'def' NAME(match) '(' NAME(type) ')' ':' 'await' 'None' NEWLINE EOF")
    }

    func testOperatorsTakeTheLongestMatch() {
        XCTAssertEqual(kinds("a **= b // c >>= d -> e := f != g ... h <> i"),
                       "NAME(a) '**=' NAME(b) '//' NAME(c) '>>=' NAME(d) '->' NAME(e) ':=' NAME(f) '!=' NAME(g) '...' NAME(h) '<>' NAME(i) NEWLINE EOF")
        XCTAssertEqual(kinds("x = $ ? !"), "NAME(x) '=' UNKNOWN($) UNKNOWN(?) UNKNOWN(!) NEWLINE EOF")
    }

    func testIndentAndDedent() {
        let source = """
        if a:
            b = 1
            if c:
                d()

        # comment at column 0 does not dedent
            e()
        f()

        """
        XCTAssertEqual(kinds(source), """
        'if' NAME(a) ':' NEWLINE INDENT NAME(b) '=' INT(1) NEWLINE 'if' NAME(c) ':' NEWLINE INDENT NAME(d) '(' ')' NEWLINE \
        DEDENT NAME(e) '(' ')' NEWLINE DEDENT NAME(f) '(' ')' NEWLINE EOF
        """)
    }

    func testDedentsAtEndOfFileAndMissingFinalNewline() {
        XCTAssertEqual(kinds("def f():\n    return 1"),
                       "'def' NAME(f) '(' ')' ':' NEWLINE INDENT 'return' INT(1) NEWLINE DEDENT EOF")
        XCTAssertEqual(kinds(""), "EOF")
        XCTAssertEqual(kinds("\n\n   \n# only comments\n"), "EOF")
    }

    func testTabsCountToMultiplesOfEight() {
        // A tab followed by spaces is the same level as eight spaces plus the spaces... only if
        // both counts agree; here they do (tab = 8 columns, and the alternate count also rises).
        XCTAssertEqual(kinds("if a:\n\tb\n\tc\n"), "'if' NAME(a) ':' NEWLINE INDENT NAME(b) NEWLINE NAME(c) NEWLINE DEDENT EOF")
        XCTAssertEqual(lexError("if a:\n\tb\n        c\n"), "3:1: inconsistent use of tabs and spaces in indentation")
    }

    func testIndentationErrors() {
        XCTAssertEqual(lexError("def f():\n    x = 1\n  y = 2\n"), "3:8: unindent does not match any outer indentation level")
        let deep = (0..<101).map { String(repeating: " ", count: $0) + "if x:\n" }.joined()
        XCTAssertEqual(lexError(deep), "101:101: too many levels of indentation")
    }

    func testImplicitAndExplicitLineJoining() {
        XCTAssertEqual(kinds("x = (1,\n     2)\ny = 3 + \\\n    4\n"),
                       "NAME(x) '=' '(' INT(1) ',' INT(2) ')' NEWLINE NAME(y) '=' INT(3) '+' INT(4) NEWLINE EOF")
        XCTAssertEqual(lexError("x = 1 \\ 2\n"), "1:8: unexpected character after line continuation character")
        XCTAssertEqual(lexError("x = 1 + \\"), "1:10: unexpected EOF while parsing")
    }

    func testBracketLevels() {
        let tokens = Lexer.tokenize("f(a[1])")
        XCTAssertEqual(tokens.map(\.level), [0, 1, 1, 2, 2, 1, 0, 0, 0])
        XCTAssertEqual(lexError("x = (1,\ny = 2"), "1:5: '(' was never closed")
        XCTAssertEqual(lexError("x = 1)"), "1:6: unmatched ')'")
        XCTAssertEqual(lexError("x = (1]"), "1:7: closing parenthesis ']' does not match opening parenthesis '('")
        XCTAssertEqual(lexError("x = (1,\n2]"), "2:2: closing parenthesis ']' does not match opening parenthesis '(' on line 1")
        XCTAssertEqual(lexError(String(repeating: "(", count: 201)), "1:201: too many nested parentheses")
    }

    func testIntegerLiterals() {
        XCTAssertEqual(kinds("0 00 0_0 7 1_000 0x_Ff 0o17 0B1010"),
                       "INT(0) INT(0) INT(0) INT(7) INT(1000) INT(255) INT(15) INT(10) NEWLINE EOF")
        // Arbitrary length, converted to decimal.
        XCTAssertEqual(kinds("0xFFFFFFFFFFFFFFFFFFFFFFFF 123456789012345678901234567890"),
                       "INT(79228162514264337593543950335) INT(123456789012345678901234567890) NEWLINE EOF")
        XCTAssertEqual(Lexer.decimalString([1, 0, 0, 0, 0, 0, 0, 0, 0, 0], radix: 10), "1000000000")
        XCTAssertEqual(Lexer.decimalString([0], radix: 2), "0")
    }

    func testFloatLiterals() {
        XCTAssertEqual(kinds("1.5 1e-5 .5 5. 1_000.5 1.e5 1E+3 1e400"),
                       "FLOAT(1.5) FLOAT(1e-05) FLOAT(0.5) FLOAT(5.0) FLOAT(1000.5) FLOAT(100000.0) FLOAT(1000.0) FLOAT(inf) NEWLINE EOF")
        // `1.` then a name is a float then a name; `a.1` is a name then a float.
        XCTAssertEqual(kinds("a.1"), "NAME(a) FLOAT(0.1) NEWLINE EOF")
    }

    func testNumbersMayTouchTheKeywordsCPythonAllows() {
        XCTAssertEqual(kinds("1if x else 2"), "INT(1) 'if' NAME(x) 'else' INT(2) NEWLINE EOF")
        XCTAssertEqual(kinds("0x1for"), "INT(31) 'or' NEWLINE EOF")
    }

    func testMalformedNumbers() {
        XCTAssertEqual(lexError("x = 1abc"), "1:5: invalid decimal literal")
        XCTAssertEqual(lexError("x = 0x"), "1:6: invalid hexadecimal literal")
        XCTAssertEqual(lexError("x = 0o8"), "1:7: invalid digit '8' in octal literal")
        XCTAssertEqual(lexError("x = 0b102"), "1:9: invalid digit '2' in binary literal")
        XCTAssertEqual(lexError("x = 012"), "1:5: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
        XCTAssertEqual(lexError("x = 1__0"), "1:6: invalid decimal literal")
        XCTAssertEqual(lexError("x = 1e"), "1:5: invalid decimal literal")
        XCTAssertEqual(lexError("x = 100else0"), "1:7: invalid decimal literal")
        XCTAssertEqual(lexError("x = 2j"), "1:5: complex numbers are not supported by loopscope")
        XCTAssertEqual(lexError("x = 1.5J"), "1:5: complex numbers are not supported by loopscope")
    }

    func testStringTokensKeepTheirRawBody() {
        let tokens = Lexer.tokenize("s = rb'\\x' f\"\"\"a\n{b}\"\"\" u'c'")
        guard case .string(let raw) = tokens[2].kind, case .string(let triple) = tokens[3].kind,
              case .string(let plain) = tokens[4].kind else { return XCTFail("expected strings") }
        XCTAssertEqual([raw.isRaw, raw.isBytes, raw.isFormatted], [true, true, false])
        XCTAssertEqual(raw.body, "\\x")
        XCTAssertEqual([triple.isFormatted, triple.isTriple], [true, true])
        XCTAssertEqual(triple.body, "a\n{b}")
        XCTAssertEqual(triple.bodyStart, SourceLocation(line: 1, column: 16))
        XCTAssertEqual(plain.body, "c")
        // The token after a triple-quoted string is located on the right line.
        XCTAssertEqual(tokens[4].location, SourceLocation(line: 2, column: 8))
    }

    func testStringPrefixesAreCaseInsensitive() {
        XCTAssertEqual(kinds("Rb'a' BR'b' F'c' fR'd' U'e'"),
                       "STRING(rb'a) STRING(rb'b) STRING(f'c) STRING(rf'd) STRING('e) NEWLINE EOF")
        // Not a prefix: a name followed by a string.
        XCTAssertEqual(kinds("ub'a'"), "NAME(ub) STRING('a) NEWLINE EOF")
    }

    func testUnterminatedStrings() {
        XCTAssertEqual(lexError("x = 'abc"), "1:5: unterminated string literal (detected at line 1)")
        XCTAssertEqual(lexError("x = f'abc\ny"), "1:5: unterminated string literal (detected at line 1)")
        XCTAssertEqual(lexError("x = 'abc\\\ndef"), "1:5: unterminated string literal (detected at line 2)")
        XCTAssertEqual(lexError("x = r'\\'"), "1:5: unterminated string literal (detected at line 1)")
        XCTAssertEqual(lexError("x = \"\"\"abc\ny = 2\n\n"), "1:5: unterminated triple-quoted string literal (detected at line 3)")
    }

    func testInvalidCharacters() {
        XCTAssertEqual(lexError("x = a €"), "1:7: invalid character '€' (U+20AC)")
        XCTAssertEqual(lexError("x = a\u{00A0}b"), "1:6: invalid non-printable character U+00A0")
        XCTAssertEqual(lexError("x = \u{01}"), "1:5: invalid non-printable character U+0001")
    }

    func testUnicodeIdentifiersAndColumnsCountScalars() {
        let tokens = Lexer.tokenize("café = '☕'; é2 = 1")
        XCTAssertEqual(tokens.map(\.kind.description).joined(separator: " "),
                       "NAME(café) '=' STRING('☕) ';' NAME(é2) '=' INT(1) NEWLINE EOF")
        XCTAssertEqual(tokens[4].location, SourceLocation(line: 1, column: 13))
    }

    func testCarriageReturnsAndByteOrderMark() {
        XCTAssertEqual(kinds("\u{FEFF}a = 1\r\nb = 2\rc"),
                       "NAME(a) '=' INT(1) NEWLINE NAME(b) '=' INT(2) NEWLINE NAME(c) NEWLINE EOF")
    }

    func testEndOfFileLocation() {
        // Just past the last line that holds any character, as CPython reports it.
        XCTAssertEqual(Lexer.tokenize("if x:\n    # c\n\n").last?.location, SourceLocation(line: 2, column: 8))
        XCTAssertEqual(Lexer.tokenize("x\n").last?.location, SourceLocation(line: 1, column: 2))
    }
}
