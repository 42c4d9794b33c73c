# An async generator that yields again while being closed: aclose() raises RuntimeError,
# which ends asyncio.run with status 1.
import asyncio


async def stubborn():
    while True:
        try:
            yield "tick"
        except GeneratorExit:
            print("asked to close, yielding anyway")
            yield "refused"


async def main():
    gen = stubborn()
    print(await anext(gen))
    print(await anext(gen))
    await asyncio.sleep(1)
    await gen.aclose()
    print("not reached")


asyncio.run(main())
