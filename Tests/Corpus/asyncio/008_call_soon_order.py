import asyncio

def cb(name, *args):
    print("cb", name, args)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "first")
    loop.call_soon(cb, "second", 1, 2)
    loop.call_soon(cb, "third", "x")
    print("scheduled three callbacks; main continues")
    await asyncio.sleep(0)
    print("main resumed after one sleep(0)")

asyncio.run(main())
