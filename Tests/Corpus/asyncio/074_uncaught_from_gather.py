import asyncio

async def ok():
    await asyncio.sleep(1)
    print("ok finished")

async def broken():
    await asyncio.sleep(0.5)
    raise KeyError("config")

async def main():
    await asyncio.gather(ok(), broken())

asyncio.run(main())
