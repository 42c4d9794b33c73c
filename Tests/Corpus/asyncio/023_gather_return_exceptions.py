import asyncio

async def ok(n):
    await asyncio.sleep(n)
    return n

async def fail(n, msg):
    await asyncio.sleep(n)
    raise ValueError(msg)

async def main():
    results = await asyncio.gather(ok(1), fail(2, "bad"), ok(3), fail(0.5, "early"), return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r))

asyncio.run(main())
