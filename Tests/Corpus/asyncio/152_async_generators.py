# Async generators: async for, __anext__, asend, athrow, aclose, aiter() and anext().
import asyncio


async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
            print("  echo got", value)
    except KeyError as e:
        print("  echo caught", repr(e))
        yield "recovered"
    finally:
        print("  echo finally, received", received)


async def countdown(n):
    while n > 0:
        yield n
        n -= 1
    print("  countdown finished")


async def main():
    loop = asyncio.get_running_loop()
    async for t in ticker(3, 0.5):
        print("tick", t, "at", loop.time())

    gen = ticker(2, 1)
    print(type(gen).__name__, gen.__name__, gen.__qualname__)
    print("aiter is self:", aiter(gen) is gen)
    print("first:", await gen.__anext__())
    print("second:", await anext(gen))
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("exhausted at", loop.time())
    print("default:", await anext(gen, "done"))

    e = echo()
    print("start:", await e.asend(None))
    print("sent a:", await e.asend("a"))
    print("sent b:", await e.asend("b"))
    print("athrow:", await e.athrow(KeyError("boom")))
    print("aclose:", await e.aclose())
    try:
        await e.asend("late")
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")

    c = countdown(3)
    print("partial:", await anext(c))
    await c.aclose()
    print("closed early; aclose again:", await c.aclose())
    print("list:", [x async for x in countdown(3)])

    # Two consumers interleave on the virtual clock.
    async def consume(name, n, delay):
        async for t in ticker(n, delay):
            print(f"{name} got {t} at {loop.time()}")

    await asyncio.gather(consume("fast", 3, 0.3), consume("slow", 2, 0.7))

    # Errors.
    try:
        async for x in [1, 2]:
            pass
    except TypeError as err:
        print("TypeError:", err)
    try:
        for x in ticker(1, 0):
            pass
    except TypeError as err:
        print("TypeError:", err)
    try:
        await ticker(1, 0)
    except TypeError as err:
        print("TypeError:", err)
    try:
        aiter(5)
    except TypeError as err:
        print("TypeError:", err)
    try:
        await anext(ticker(1, 0)).__class__
    except TypeError as err:
        print("TypeError:", err)

    async def bad_stop():
        yield 1
        raise StopAsyncIteration

    try:
        async for x in bad_stop():
            print("bad_stop yielded", x)
    except RuntimeError as err:
        print("RuntimeError:", err, "cause:", repr(err.__cause__))

    async def ignores_exit():
        try:
            yield 1
        except GeneratorExit:
            yield 2

    g = ignores_exit()
    await anext(g)
    try:
        await g.aclose()
    except RuntimeError as err:
        print("RuntimeError:", err)

    op = anext(countdown(1))
    await op
    try:
        await op
    except RuntimeError as err:
        print("RuntimeError:", err)


asyncio.run(main())
