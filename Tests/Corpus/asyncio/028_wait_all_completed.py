import asyncio

async def work(i):
    await asyncio.sleep(i * 0.5)
    print("work", i)
    return i * i

async def main():
    tasks = [asyncio.create_task(work(i)) for i in range(4)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    print(sorted(t.result() for t in done))
    print([t.result() for t in tasks])

asyncio.run(main())
