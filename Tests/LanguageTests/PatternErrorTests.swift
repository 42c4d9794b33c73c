import XCTest
import Language

/// Errors in `match` statements, `except*` clauses, async generators and `from __future__` imports, with
/// CPython 3.11's exact message, line and column (each row checked with `compile()` in
/// CPython 3.11.7).
final class PatternErrorTests: XCTestCase {
    static let cases: [(source: String, expected: String)] = [
        ("match x:\n    case a:\n        pass\n    case 1:\n        pass\n", "2:10: name capture 'a' makes remaining patterns unreachable"),
        ("match x:\n    case _:\n        pass\n    case 1:\n        pass\n", "2:10: wildcard makes remaining patterns unreachable"),
        ("match x:\n    case [a, a]:\n        pass\n", "2:14: multiple assignments to name 'a' in pattern"),
        ("match x:\n    case 1 | a:\n        pass\n    case 2: pass\n", "2:14: name capture 'a' makes remaining patterns unreachable"),
        ("match x:\n    case [a] | [b]:\n        pass\n", "2:17: alternative patterns bind different names"),
        ("match x:\n    case {\"a\": 1, \"a\": 2}:\n        pass\n", "2:10: mapping pattern checks duplicate key ('a')"),
        ("match x:\n    case P(a=1, a=2):\n        pass\n", "2:19: attribute name repeated in class pattern: a"),
        ("match x:\n    case P(a=1, 2):\n        pass\n", "2:17: positional patterns follow keyword patterns"),
        ("match x:\n    case [*a, *b]:\n        pass\n", "2:10: multiple starred names in sequence pattern"),
        ("match x:\n    case f\"x\":\n        pass\n", "2:10: patterns may only match literals and attribute lookups"),
        ("match x:\n    case a as _:\n        pass\n", "2:15: cannot use '_' as a target"),
        ("match x:\n    case 1+2:\n        pass\n", "2:12: imaginary number required in complex literal"),
        ("match x:\n    case {**_}:\n        pass\n", "2:13: invalid syntax"),
        ("match x:\n    case a | b:\n        pass\n", "2:10: name capture 'a' makes remaining patterns unreachable"),
        ("match x:\n    case x as y | z:\n        pass\n", "2:17: invalid syntax"),
        ("match x:\n    case (x as y) | z:\n        pass\n", "2:11: name capture 'x' makes remaining patterns unreachable"),
        ("match x:\n    case -a:\n        pass\n", "2:11: invalid syntax"),
        ("match x:\n    case {a: 1}:\n        pass\n", "2:12: invalid syntax"),
        ("match x:\n    pass\n", "2:5: invalid syntax"),
        ("match x:\ncase 1: pass\n", "2:1: expected an indented block after 'match' statement on line 1"),
        ("match x\n    case 1: pass\n", "1:8: expected ':'"),
        ("match x:\n    case 1:\n    pass\n", "3:5: expected an indented block after 'case' statement on line 2"),
        ("match x:\n    case *a:\n        pass\n", "2:12: invalid syntax"),
        ("for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        break\n", "5:9: 'break', 'continue' and 'return' cannot appear in an except* block"),
        ("def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n", "5:16: 'break', 'continue' and 'return' cannot appear in an except* block"),
        ("def f():\n    try:\n        pass\n    except* ValueError:\n        return\n", "5:9: 'break', 'continue' and 'return' cannot appear in an except* block"),
        ("for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        continue\n", "5:9: 'break', 'continue' and 'return' cannot appear in an except* block"),
        ("try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n", "5:1: cannot have both 'except' and 'except*' on the same 'try'"),
        ("try:\n    pass\nexcept*:\n    pass\n", "3:8: expected one or more exception types"),
        ("try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n", "5:1: cannot have both 'except' and 'except*' on the same 'try'"),
        ("x=1\nfrom __future__ import annotations\n", "2:1: from __future__ imports must occur at the beginning of the file"),
        ("from __future__ import spam\n", "1:1: future feature spam is not defined"),
        ("from __future__ import braces\n", "1:1: not a chance"),
        ("from __future__ import annotations, nope\n", "1:1: future feature nope is not defined"),
        ("match x:\n    case {1: a, 1: b}:\n        pass\n", "2:10: mapping pattern checks duplicate key (1)"),
        ("match x:\n    case [a, *a]:\n        pass\n", "2:14: multiple assignments to name 'a' in pattern"),
        ("match x:\n    case {\"k\": v, **v}:\n        pass\n", "2:16: multiple assignments to name 'v' in pattern"),
        ("match x:\n    case Point(x=a, y=a):\n        pass\n", "2:23: multiple assignments to name 'a' in pattern"),
        ("match x:\n    case (a | a):\n        pass\n    case 1: pass\n", "2:11: name capture 'a' makes remaining patterns unreachable"),
        ("async def f():\n    yield 1\n    return 2\n", "3:5: 'return' with value in async generator"),
        ("async def f():\n    yield from g()\n", "2:5: 'yield from' inside async function"),
    ]

    func testErrorsMatchCPython() {
        for (source, expected) in Self.cases {
            XCTAssertEqual(firstError(source), expected, "source: \(source.debugDescription)")
        }
    }

    func testValidProgramsHaveNoErrors() {
        let valid = [
            "match x:\n    case a if a:\n        pass\n    case _:\n        pass\n",
            "match x:\n    case [a, *_] | (a, *_):\n        pass\n",
            "\"doc\"\nfrom __future__ import annotations\nfrom __future__ import division\n",
            "for i in x:\n    try:\n        pass\n    except* E:\n        for j in y:\n            break\n",
            "try:\n    pass\nexcept* E:\n    def f():\n        return 1\n",
        ]
        for source in valid {
            XCTAssertEqual(firstError(source), "ok", "source: \(source.debugDescription)")
        }
    }
}
