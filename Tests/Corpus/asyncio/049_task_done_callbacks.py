import asyncio

def report(task):
    print("done callback for", task.get_name(), "->", task.result())

async def job(n):
    await asyncio.sleep(n)
    print("job", n, "returning")
    return n * 100

async def main():
    t1 = asyncio.create_task(job(2), name="two")
    t2 = asyncio.create_task(job(1), name="one")
    t1.add_done_callback(report)
    t2.add_done_callback(report)
    t2.add_done_callback(lambda t: print("second callback on", t.get_name()))
    await asyncio.gather(t1, t2)
    print("gather returned")

asyncio.run(main())
