import XCTest
import Language

/// Expression trees: precedence and associativity, atoms, calls, subscripts, displays,
/// comprehensions, lambdas, and the locations CPython gives them.
final class ParserExpressionTests: XCTestCase {
    private func check(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(dumpExpression(source), expected, file: file, line: line)
    }

    func testArithmeticPrecedenceAndAssociativity() {
        check("1 + 2 * 3", "(1 + (2 * 3))")
        check("1 - 2 - 3", "((1 - 2) - 3)")
        check("a * b / c // d % e @ f", "(((((a * b) / c) // d) % e) @ f)")
        check("a << b + c", "(a << (b + c))")
        check("a | b ^ c & d >> e", "(a | (b ^ (c & (d >> e))))")
    }

    func testPowerBindsTighterThanUnaryOnItsLeftAndIsRightAssociative() {
        check("-2 ** 2", "(-(2 ** 2))")
        check("2 ** -1", "(2 ** (-1))")
        check("2 ** 3 ** 4", "(2 ** (3 ** 4))")
        check("-~+x", "(-(~(+x)))")
        check("await a ** 2", "((await a) ** 2)")
        check("await f(x).y", "(await f(x).y)")
    }

    func testBooleanOperatorsAndComparisons() {
        check("a or b and not c", "(a or (b and (not c)))")
        check("a or b or c", "(a or b or c)")
        check("not a == b", "(not (a == b))")
        check("a < b <= c != d", "(a < b <= c != d)")
        check("a not in b is not c in d is e", "(a not in b is not c in d is e)")
        check("a | b < c & d", "((a | b) < (c & d))")
    }

    func testConditionalLambdaAndWalrus() {
        check("a if b else c if d else e", "(a if b else (c if d else e))")
        check("lambda: 0", "(lambda: 0)")
        check("lambda x, y=1, *a, k, m=2, **kw: x", "(lambda x, y=1, *a, k, m=2, **kw: x)")
        check("lambda a, /, b, *, c: a", "(lambda a, /, b, *, c: a)")
        check("lambda x: lambda y: x + y", "(lambda x: (lambda y: (x + y)))")
        check("(y := f(x))", "(y := f(x))")
        check("[y := 1, z]", "[(y := 1), z]")
    }

    func testAtoms() {
        check("None, True, False, ...", "(None, True, False, ...)")
        check("x = 12_345", "x = 12345")
        check("'a' \"b\" '''c'''", "'abc'")
        check("b'a' b'\\x00'", "b'a\\u{0}'")
        check("()", "()")
        check("(1,)", "(1,)")
        check("((a))", "a")
    }

    func testCallsWithEveryKindOfArgument() {
        check("f()", "f()")
        check("f(a, *b, c=1, *d, **e, g=2)", "f(a, *b, *d, c=1, **e, g=2)")
        check("f(x for x in y)", "f((x for x in y))")
        check("f(a)(b)[c].d", "f(a)(b)[c].d")
        check("f(a,)", "f(a)")
        check("f((yield))", "f((yield))")
    }

    func testSubscriptsAndSlices() {
        check("a[1]", "a[1]")
        check("a[1:2]", "a[(1:2)]")
        check("a[::2]", "a[(::2)]")
        check("a[:]", "a[(:)]")
        check("a[1:2, 3]", "a[((1:2), 3)]")
        check("a[1,]", "a[(1,)]")
        check("a[*b]", "a[(*b,)]")
        check("a[b:=1]", "a[(b := 1)]")
    }

    func testTuplesWithoutParentheses() {
        check("x = 1, 2", "x = (1, 2)")
        check("x = 1,", "x = (1,)")
        check("a, *b = c", "(a, *b) = c")
        check("x = *a, *b", "x = (*a, *b)")
        check("return_value = yield a, b", "return_value = (yield (a, b))")
    }

    func testDisplays() {
        check("[1, *a, 2,]", "[1, *a, 2]")
        check("{1, *a}", "{1, *a}")
        check("{}", "{}")
        check("{'a': 1, **m, 'b': 2}", "{'a': 1, **m, 'b': 2}")
        check("{**m}", "{**m}")
    }

    func testComprehensions() {
        check("[x for x in y]", "[x for x in y]")
        check("[x * y for x in a if x if x > 1 for y in b]", "[(x * y) for x in a if x if (x > 1) for y in b]")
        check("{k: v for k, v in d.items()}", "{k: v for (k, v) in d.items()}")
        check("{x async for x in y}", "{x async for x in y}")
        check("(x for x, in y)", "(x for (x,) in y)")
        check("[await x for x in y if await z]", "[(await x) for x in y if (await z)]")
        // The iterable of a comprehension is a disjunction: `if` there starts a condition.
        check("[x for x in a or b if c]", "[x for x in (a or b) if c]")
    }

    func testStarredTargetsAndYield() {
        check("for a, *b in c: pass", "for (a, *b) in c:\n  pass")
        check("x = yield", "x = (yield)")
        check("x = yield from g()", "x = (yield from g())")
    }

    func testExpressionLocationsFollowCPython() {
        XCTAssertEqual(dumpExpression("(a + b) * c", locations: true), "((a@1:2 + b@1:6)@1:2 * c@1:11)@1:1")
        XCTAssertEqual(dumpExpression("f(x)[0].y", locations: true), "f@1:1(x@1:3)@1:1[0@1:6]@1:1.y@1:1")
        XCTAssertEqual(dumpExpression("x = 1, 2", locations: true), "x@1:1 = (1@1:5, 2@1:8)@1:5")
        XCTAssertEqual(dumpExpression("g(x for x in y)", locations: true), "g@1:1((x@1:3 for x@1:9 in y@1:14)@1:2)@1:1")
        XCTAssertEqual(dumpExpression("-x ** 2", locations: true), "(-(x@1:2 ** 2@1:7)@1:2)@1:1")
        XCTAssertEqual(dumpExpression("a[1:2]", locations: true), "a@1:1[(1@1:3:2@1:5)@1:3]@1:1")
        XCTAssertEqual(dumpExpression("f'{x}'", locations: true), "f'{x@1:4}'@1:1")
    }

    func testLocationsSpanLinesInsideBrackets() {
        let text = dump("total = sum(\n    a,\n    b)\n", locations: true)
        XCTAssertEqual(text, "total@1:1 = sum@1:9(a@2:5, b@3:5)@1:9@1:1\n")
    }
}
