import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print("start", loop.time() - t0)
    await asyncio.sleep(1.5)
    print("after 1.5:", loop.time() - t0)
    await asyncio.sleep(0.25)
    print("after 0.25 more:", loop.time() - t0)
    deadline = loop.time() + 2
    await asyncio.sleep(deadline - loop.time())
    print("at deadline:", loop.time() - t0)

asyncio.run(main())
