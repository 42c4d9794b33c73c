# aclose() on an async generator that refused to close: CPython 3.11 raises StopAsyncIteration.
import asyncio
async def stubborn():
    while True:
        try:
            yield "tick"
        except GeneratorExit:
            print("asked to close")
            yield "refused"
async def main():
    gen = stubborn()
    await anext(gen)
    try:
        await gen.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
    print(await gen.aclose())
    try:
        print(await anext(gen))
    except StopAsyncIteration:
        print("anext: StopAsyncIteration")
    try:
        print(await gen.athrow(ValueError("x")))
    except BaseException as e:
        print("athrow:", type(e).__name__)
asyncio.run(main())
print("end")
