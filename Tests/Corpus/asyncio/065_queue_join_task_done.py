import asyncio

async def worker(name, q):
    while True:
        job = await q.get()
        print(f"{name} starts {job}")
        await asyncio.sleep(job)
        print(f"{name} finished {job}")
        q.task_done()

async def main():
    q = asyncio.Queue()
    for job in [2, 1, 1.5, 0.25, 1]:
        q.put_nowait(job)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("all jobs done")
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("workers cancelled")
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
