import XCTest
import Language

/// The compile-time checks: messages and locations as CPython 3.11 reports them, all errors
/// returned in source order.
final class ValidatorTests: XCTestCase {
    private func check(_ source: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(validationErrors(source), expected, file: file, line: line)
    }

    func testValidProgramsHaveNoErrors() {
        check("""
        import asyncio

        async def worker(name, delay, *, sem):
            async with sem:
                await asyncio.sleep(delay)
            async for item in source():
                print(item)
            return [await f(x) async for x in g() if await h(x)]

        def counter():
            total = 0
            def add(n):
                nonlocal total
                total += n
                return total
            yield add
            yield from range(3)

        def uses_global():
            global state
            state = [n for n in range(3)]
            gen = (await_like for await_like in state)
            for i in range(3):
                try:
                    continue
                finally:
                    pass
            else:
                return gen
        """, [])
    }

    func testMisplacedReturnYieldAwait() {
        check("return 1\n", ["1:1: 'return' outside function"])
        check("class C:\n    return 1\n", ["2:5: 'return' outside function"])
        check("yield 1\n", ["1:1: 'yield' outside function"])
        check("class C:\n    x = yield\n", ["2:9: 'yield' outside function"])
        check("await x\n", ["1:1: 'await' outside function"])
        check("def f():\n    await x\n", ["2:5: 'await' outside async function"])
        check("async def f():\n    class C:\n        await x\n", ["3:9: 'await' outside function"])
        check("async def f():\n    return (lambda: await x)\n", ["2:21: 'await' outside async function"])
        check("def f():\n    return [x for x in await y]\n", ["2:24: 'await' outside async function"])
    }

    func testYieldInsideComprehensions() {
        check("def f():\n    return [(yield x) for x in y]\n", ["2:14: 'yield' inside list comprehension"])
        check("def f():\n    return {x: (yield) for x in y}\n", ["2:17: 'yield' inside dict comprehension"])
        check("def f():\n    return {(yield) for x in y}\n", ["2:14: 'yield' inside set comprehension"])
        check("def f():\n    return ((yield) for x in y)\n", ["2:14: 'yield' inside generator expression"])
        // The first iterable belongs to the enclosing function.
        check("def f():\n    return [x for x in (yield y)]\n", [])
    }

    func testAsyncConstructsOutsideAsyncFunctions() {
        check("async with x: pass\n", ["1:1: 'async with' outside async function"])
        check("def f():\n    async for x in y: pass\n", ["2:5: 'async for' outside async function"])
        check("[await x for x in y]\n", ["1:1: asynchronous comprehension outside of an asynchronous function"])
        check("def f():\n    return [x async for x in y]\n", ["2:12: asynchronous comprehension outside of an asynchronous function"])
        check("async def f():\n    def g():\n        return [await x for x in y]\n",
              ["3:16: asynchronous comprehension outside of an asynchronous function"])
        // Generator expressions may be asynchronous anywhere; nested comprehensions inherit.
        check("def f():\n    return (await x for x in y)\n", [])
        check("async def f():\n    return [[await z for z in x] for x in y]\n", [])
    }

    func testAsyncGenerators() {
        check("async def f():\n    yield 1\n", [])
        check("async def f():\n    yield 1\n    return\n", [])
        check("async def f():\n    return 2\n    yield 1\n", ["2:5: 'return' with value in async generator"])
        check("async def f():\n    yield from x\n", ["2:5: 'yield from' inside async function"])
        check("async def f():\n    g = lambda: (yield)\n", [])
    }

    func testBreakAndContinue() {
        check("break\n", ["1:1: 'break' outside loop"])
        check("continue\n", ["1:1: 'continue' not properly in loop"])
        check("while x:\n    def f():\n        break\n", ["3:9: 'break' outside loop"])
        check("for x in y:\n    class C:\n        continue\n", ["3:9: 'continue' not properly in loop"])
        check("while x:\n    pass\nelse:\n    break\n", ["4:5: 'break' outside loop"])
        check("while x:\n    if y:\n        break\n    try:\n        continue\n    finally:\n        break\n", [])
    }

    func testGlobalAndNonlocalDeclarations() {
        check("nonlocal x\n", ["1:1: nonlocal declaration not allowed at module level"])
        check("def f():\n    nonlocal x\n", ["2:5: no binding for nonlocal 'x' found"])
        check("def f():\n    print(x)\n    global x\n", ["3:5: name 'x' is used prior to global declaration"])
        check("def f():\n    x = 1\n    global x\n", ["3:5: name 'x' is assigned to before global declaration"])
        check("x = 1\nglobal x\n", ["2:1: name 'x' is assigned to before global declaration"])
        check("def f(x):\n    global x\n", ["2:5: name 'x' is parameter and global"])
        check("def f(x):\n    nonlocal x\n", ["2:5: name 'x' is parameter and nonlocal"])
        check("def f():\n    print(x)\n    nonlocal x\n", ["3:5: name 'x' is used prior to nonlocal declaration"])
        check("def f():\n    global x\n    nonlocal x\n", ["2:5: name 'x' is nonlocal and global"])
        check("def f():\n    x: int = 1\n    global x\n", ["3:5: annotated name 'x' can't be global"])
        check("def f():\n    global x\n    x: int = 1\n", ["3:5: annotated name 'x' can't be global"])
        check("class C:\n    x = 1\n    def g(self):\n        nonlocal x\n", ["4:9: no binding for nonlocal 'x' found"])
        check("def f():\n    global x\n    def g():\n        nonlocal x\n", ["4:9: no binding for nonlocal 'x' found"])
        // Bindings anywhere in an enclosing function count, walrus targets in comprehensions too.
        check("def f():\n    def g():\n        nonlocal x\n    x = 1\n", [])
        check("def f():\n    [x := 1 for y in z]\n    def g():\n        nonlocal x\n", [])
        check("def f():\n    [x for x in z]\n    def g():\n        nonlocal x\n", ["4:9: no binding for nonlocal 'x' found"])
        check("def f():\n    x = 1\n    def g():\n        def h():\n            nonlocal x\n", [])
    }

    func testParametersAndKeywords() {
        check("def f(a, b, a): pass\n", ["1:13: duplicate argument 'a' in function definition"])
        check("lambda a, a: 1\n", ["1:11: duplicate argument 'a' in function definition"])
        check("f(a=1, a=2)\n", ["1:8: keyword argument repeated: a"])
        check("class C(a=1, a=2): pass\n", ["1:14: keyword argument repeated: a"])
        check("f(**a, b=1, b=2)\n", ["1:13: keyword argument repeated: b"])
    }

    func testStarredExpressions() {
        check("*a = 1\n", ["1:1: starred assignment target must be in a list or tuple"])
        check("for *a in x: pass\n", ["1:5: starred assignment target must be in a list or tuple"])
        check("with x as *a: pass\n", ["1:11: starred assignment target must be in a list or tuple"])
        check("a, *b, *c = x\n", ["1:1: multiple starred expressions in assignment"])
        check("x = *a\n", ["1:5: can't use starred expression here"])
        check("*a\n", ["1:1: can't use starred expression here"])
        check("*a, = x\nprint(*a)\nx = [*a, *b]\ny = a[*b]\nz = *a, *b\n", [])
    }

    func testOtherChecks() {
        check("def f():\n    from x import *\n", ["2:19: import * only allowed at module level"])
        check("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", ["3:1: default 'except:' must be last"])
    }

    func testAllErrorsAreReturnedInSourceOrder() {
        check("""
        def f():
            nonlocal q
            await x
        return 1
        break
        """, [
            "2:5: no binding for nonlocal 'q' found",
            "3:5: 'await' outside async function",
            "4:1: 'return' outside function",
            "5:1: 'break' outside loop",
        ])
    }
}
