import asyncio

async def forgotten():
    print("this never prints")

async def main():
    forgotten()
    print("called forgotten() without await: only a coroutine object was created")
    await asyncio.sleep(1)
    print("main done")

asyncio.run(main())
print("program end (a RuntimeWarning went to stderr)")
