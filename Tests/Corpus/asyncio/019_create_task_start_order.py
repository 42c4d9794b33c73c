import asyncio

async def worker(name):
    print(name, "started")
    await asyncio.sleep(0)
    print(name, "resumed")

async def main():
    t1 = asyncio.create_task(worker("t1"))
    t2 = asyncio.create_task(worker("t2"))
    print("tasks created; main keeps running")
    print("main still running, t1 done?", t1.done())
    await asyncio.sleep(0)
    print("main after sleep(0)")
    await t1
    await t2
    print("all done")

asyncio.run(main())
