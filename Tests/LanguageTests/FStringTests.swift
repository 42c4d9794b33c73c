import XCTest
import Language

/// f-strings: fields, conversions, nested format specs, `{{ }}`, `{x=}`, concatenation,
/// escapes, and the errors CPython 3.11 reports for them.
final class FStringTests: XCTestCase {
    /// The parts of the single f-string in `source`.
    private func parts(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> [FStringPart] {
        do {
            let module = try Parser.parse(source)
            if case .expr(let e) = module.body.first?.kind, case .joinedStr(let parts) = e.kind { return parts }
            XCTFail("not an f-string: \(dump(source))", file: file, line: line)
        } catch {
            XCTFail("\(error.location): \(error.message)", file: file, line: line)
        }
        return []
    }

    private func check(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(dumpExpression(source), expected, file: file, line: line)
    }

    func testLiteralTextAndFields() {
        check("f'a{x}b{y!r}c'", "f'a{x}b{y!r}c'")
        check("f'{x!s}{x!a}'", "f'{x!s}{x!a}'")
        check("f''", "f''")
        check("F'{x}' rf'\\n{y}' f\"\"\"{z}\n\"\"\"", "f'{x}\\\\n{y}{z}\\u{a}'")
    }

    func testDoubledBracesAreLiteral() {
        check("f'{{}}{x}}}'", "f'{{}}{x}}}'")
        guard case .literal(let text)? = parts("f'{{a}}'").first else { return XCTFail() }
        XCTAssertEqual(text, "{a}")
    }

    func testFormatSpecsMayNestFields() {
        check("f'{x:>10}'", "f'{x:>10}'")
        check("f'{x:{width}.{prec}f}'", "f'{x:{width}.{prec}f}'")
        check("f'{x!r:^{w}}'", "f'{x!r:^{w}}'")
        // An empty spec is present but empty (CPython keeps it, which matters for `=`).
        guard case .formatted(_, _, let spec, _)? = parts("f'{x:}'").first else { return XCTFail() }
        XCTAssertEqual(spec?.count, 0)
    }

    func testSelfDocumentingFields() {
        guard case .formatted(let value, let conversion, let spec, let text)? = parts("f'{x = }'").first else {
            return XCTFail()
        }
        XCTAssertEqual(ASTDump.expression(value), "x")
        // The compiler applies CPython's default `!r`; the parser leaves the conversion unset.
        XCTAssertNil(conversion)
        XCTAssertNil(spec)
        XCTAssertEqual(text, "x = ")
        check("f'{a+b=!s:>5}'", "f'{(a + b)=\\'a+b=\\'!s:>5}'")
    }

    func testExpressionsInsideFields() {
        check("f'{a if b else c}'", "f'{(a if b else c)}'")
        check("f\"{d['k']}\"", "f'{d[\\'k\\']}'")
        check("f'{x, y}'", "f'{(x, y)}'")
        check("f'{x for x in y}'", "f'{(x for x in y)}'")
        check("f'{(lambda: 1)()}'", "f'{(lambda: 1)()}'")
        check("f'{a != b}{a == b}{a <= b}{a >= b}{a < b}'", "f'{(a != b)}{(a == b)}{(a <= b)}{(a >= b)}{(a < b)}'")
        check("f'''{\n  a\n  + b\n}'''", "f'{(a + b)}'")
        check("f'{f\"{x}\"}'", "f'{f\\'{x}\\'}'")
    }

    func testConcatenationMixesPlainAndFormattedStrings() {
        check("'a' f'{x}' 'b' f'c'", "f'a{x}bc'")
        check("f'a' 'b'", "f'ab'")
    }

    func testEscapesInLiteralText() {
        guard case .literal(let text)? = parts("f'\\t\\x41\\u00e9\\n'").first else { return XCTFail() }
        XCTAssertEqual(text, "\tAé\n")
        guard case .literal(let raw)? = parts("rf'\\t{x}'").first else { return XCTFail() }
        XCTAssertEqual(raw, "\\t")
    }

    func testFieldLocationsPointIntoTheSource() {
        XCTAssertEqual(dumpExpression("f'ab{x + y}'", locations: true), "f'ab{(x@1:6 + y@1:10)@1:6}'@1:1")
        XCTAssertEqual(dumpExpression("s = f'''\n  {value}'''", locations: true), "s@1:1 = f'\\u{a}  {value@2:4}'@1:5")
    }

    func testErrorsReportedAfterTheLiteralLikeCPython() {
        XCTAssertEqual(firstError("x = f\"{}\""), "1:10: f-string: empty expression not allowed")
        XCTAssertEqual(firstError("x = f\"{!r}\""), "1:12: f-string: expression required before '!'")
        XCTAssertEqual(firstError("x = f\"{x!z}\""), "1:13: f-string: invalid conversion character: expected 's', 'r', or 'a'")
        XCTAssertEqual(firstError("x = f\"{x\""), "1:10: f-string: expecting '}'")
        XCTAssertEqual(firstError("x = f\"}\""), "1:9: f-string: single '}' is not allowed")
        XCTAssertEqual(firstError("x = f\"{a\\nb}\""), "1:14: f-string expression part cannot include a backslash")
        XCTAssertEqual(firstError("x = f\"{a#}\""), "1:12: f-string expression part cannot include '#'")
        XCTAssertEqual(firstError("x = f\"{a:{b:{c}}}\""), "1:19: f-string: expressions nested too deeply")
        XCTAssertEqual(firstError("x = f\"{a)}\""), "1:12: f-string: unmatched ')'")
        XCTAssertEqual(firstError("x = f\"{(a}\""), "1:12: f-string: closing parenthesis '}' does not match opening parenthesis '('")
        XCTAssertEqual(firstError("x = f\"{'a}\""), "1:12: f-string: unterminated string")
        XCTAssertEqual(firstError("x = f\"{a = = }\""), "1:16: f-string: expecting '}'")
    }

    func testErrorsInsideAFieldPointAtTheExpression() {
        XCTAssertEqual(firstError("x = f\"{a b}\""), "1:8: f-string: invalid syntax. Perhaps you forgot a comma?")
        XCTAssertEqual(firstError("x = f\"{*a}\""), "1:8: f-string: cannot use starred expression here")
        XCTAssertEqual(firstError("x = f\"{a +}\""), "1:11: f-string: invalid syntax")
        // Tokenizer errors keep their own message.
        XCTAssertEqual(firstError("x = f\"{1abc}\""), "1:8: invalid decimal literal")
    }
}
