import asyncio

async def worker(n):
    for i in range(n):
        await asyncio.sleep(0.1)
      print("worker", n, "done")

asyncio.run(worker(3))
