import XCTest
import Language

/// `match` statements: every pattern kind, soft keywords, and `except*` clauses.
final class ParserPatternTests: XCTestCase {
    private func check(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(dump(source), expected, file: file, line: line)
    }

    func testLiteralCaptureAndValuePatterns() {
        check("match x:\n    case 1 | -2 | 'a' 'b' | b'c':\n        pass\n    case None: pass\n    case Color.RED: pass\n    case y: pass\n",
              "match x:\n  case (1 | (-2) | 'ab' | b'c'):\n    pass\n  case None:\n    pass\n  case Color.RED:\n    pass\n  case y:\n    pass\n")
    }

    func testSequenceMappingAndClassPatterns() {
        check("match x:\n    case [a, *rest] | (a,) | ():\n        pass\n",
              "match x:\n  case ([a, *rest] | [a] | []):\n    pass\n")
        check("match x:\n    case {'k': v, **others}: pass\n", "match x:\n  case {'k': v, **others}:\n    pass\n")
        check("match x:\n    case Point(0, y=(1 | 2) as y2): pass\n", "match x:\n  case Point(0, y=((1 | 2) as y2)):\n    pass\n")
        check("match a, *b:\n    case 1, *_: pass\n", "match (a, *b):\n  case [1, *_]:\n    pass\n")
    }

    func testGuardsAndWildcard() {
        check("match x:\n    case [_, _] if x: pass\n    case _: pass\n", "match x:\n  case [_, _] if x:\n    pass\n  case _:\n    pass\n")
    }

    func testSoftKeywordsRemainNames() {
        check("match(x)\nmatch[1] = 2\ncase = match.case\n", "match(x)\nmatch[1] = 2\ncase = match.case\n")
        check("match x:\n    case case: pass\n", "match x:\n  case case:\n    pass\n")
    }

    func testLocations() {
        XCTAssertEqual(dump("match x:\n    case [a]: pass\n", locations: true),
                       "match x@1:7:@1:1\n  case [a@2:11]@2:10:@2:5\n    pass@2:15\n")
    }

    func testExceptStar() {
        check("try:\n    f()\nexcept* (A, B) as eg:\n    pass\n",
              "try:\n  f()\nexcept* (A, B) as eg:\n  pass\n")
    }
}
