import XCTest
import Language

/// Statements: every kind in `StmtKind`, their blocks, and their locations.
final class ParserStatementTests: XCTestCase {
    private func check(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(dump(source), expected, file: file, line: line)
    }

    func testAssignments() {
        check("a = b = 1\n", "a = b = 1\n")
        check("x += 1; y //= 2; z @= m\n", "x += 1\ny //= 2\nz @= m\n")
        check("x: int = 5\ny: list[int]\n(z): str = 'a'\n", "x: = 5\ny:\nz: = 'a'\n")
        check("a.b[c] = d\n", "a.b[c] = d\n")
        check("[a, (b, *c)] = d\n", "[a, (b, *c)] = d\n")
        check("match = 3\ntype = 4\n_ = 5\n", "match = 3\ntype = 4\n_ = 5\n")
    }

    func testFunctionDefinitions() {
        check("""
        @dec
        @dec.attr(1, k=2)
        async def f(a, b: int = 3, /, c=4, *args: str, d, e=5, **kw) -> str:
            return a
        """, """
        @dec
        @dec.attr(1, k=2)
        async def f(a, b=3, /, c=4, *args, d, e=5, **kw):
          return a

        """)
        check("def f(*, a): pass\n", "def f(*, a):\n  pass\n")
        check("def f(): return\n", "def f():\n  return\n")
    }

    func testClassDefinitions() {
        check("class A: pass\n", "class A:\n  pass\n")
        check("class B(A, metaclass=M, **kw):\n    x = 1\n", "class B(A, metaclass=M, **kw):\n  x = 1\n")
        check("@d\nclass C(): pass\n", "@d\nclass C:\n  pass\n")
    }

    func testIfElifElse() {
        check("if a: x\nelif b: y\nelif c:\n    z\nelse:\n    w\n", """
        if a:
          x
        else:
          if b:
            y
          else:
            if c:
              z
            else:
              w

        """)
    }

    func testLoops() {
        check("while x: break\nelse: pass\n", "while x:\n  break\nelse:\n  pass\n")
        check("for a, b in items: continue\n", "for (a, b) in items:\n  continue\n")
        check("async for x in aiter(): pass\n", "async for x in aiter():\n  pass\n")
        check("for x in *a, *b: pass\n", "for x in (*a, *b):\n  pass\n")
    }

    func testTryStatements() {
        check("""
        try:
            a()
        except (A, B) as e:
            raise X from e
        except C:
            raise
        except:
            pass
        else:
            b()
        finally:
            c()
        """, """
        try:
          a()
        except (A, B) as e:
          raise X from e
        except C:
          raise
        except:
          pass
        else:
          b()
        finally:
          c()

        """)
        check("try:\n    a\nfinally:\n    b\n", "try:\n  a\nfinally:\n  b\n")
    }

    func testWithStatements() {
        check("with a as b, c as d: pass\n", "with a as b, c as d:\n  pass\n")
        check("with (a as b, c as (d, e),): pass\n", "with a as b, c as (d, e):\n  pass\n")
        check("with (a, b) as c: pass\n", "with (a, b) as c:\n  pass\n")
        check("with (a, b): pass\n", "with a, b:\n  pass\n")
        check("with (yield x): pass\n", "with (yield x):\n  pass\n")
        check("async with lock: pass\n", "async with lock:\n  pass\n")
    }

    func testImports() {
        check("import a.b.c as d, e\n", "import a.b.c as d, e\n")
        check("from x.y import (a as b, c,)\n", "from x.y import a as b, c\n")
        check("from . import m\nfrom ..p import *\n", "from . import m\nfrom ..p import *\n")
    }

    func testSimpleStatements() {
        check("global a, b\nnonlocal c\ndel a, b[0], (c, d)\nassert x, 'msg'\npass\n",
              "global a, b\nnonlocal c\ndel a, b[0], (c, d)\nassert x, 'msg'\npass\n")
        check("x = 1;\n", "x = 1\n")
        check("print('a'); print('b')\n", "print('a')\nprint('b')\n")
    }

    func testStatementLocations() {
        let text = dump("""
        import a
        @d
        def f():
            if x:  # c
                return 1
        x = (1 +
             2)
        """, locations: true)
        XCTAssertEqual(text, """
        import a@1:1
        @d@2:2
        def f():@3:1
          if x@4:8:@4:5
            return 1@5:16@5:9
        x@6:1 = (1@6:6 + 2@7:6)@6:6@6:1

        """)
    }

    func testBlocksMayStartWithCommentsAndBlankLines() {
        check("def f():\n\n    # comment\n\n    return 1\n", "def f():\n  return 1\n")
    }
}
