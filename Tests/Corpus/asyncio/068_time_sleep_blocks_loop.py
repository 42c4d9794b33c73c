import asyncio
import time

async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0.5)

async def blocker():
    await asyncio.sleep(0.6)
    print("blocker: time.sleep(2) freezes the whole loop")
    time.sleep(2)
    print("blocker: done blocking")

async def main():
    start = time.time()
    await asyncio.gather(ticker(), blocker())
    print("elapsed", time.time() - start)

asyncio.run(main())
