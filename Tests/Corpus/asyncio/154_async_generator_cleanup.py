# Async generators left unfinished: asyncio closes them (their finally blocks run) when
# they are dropped, and asyncio.run closes the ones still alive at the end.
import asyncio


async def ticker(name):
    try:
        i = 0
        while True:
            await asyncio.sleep(1)
            yield i
            i += 1
    finally:
        print(f"{name} cleanup at {asyncio.get_running_loop().time()}")


async def reader(lines):
    for line in lines:
        yield line.strip()


async def main():
    async for t in ticker("first"):
        print("tick", t)
        if t == 2:
            break
    print("after loop")
    await asyncio.sleep(0)
    print("after sleep 0")

    kept = ticker("kept")
    print("kept gives", await anext(kept))

    words = [w async for w in reader([" a ", "b  ", " c"])]
    print(words)

    explicit = ticker("explicit")
    await anext(explicit)
    await explicit.aclose()
    print("main done")


asyncio.run(main())
print("end")
