import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise LookupError(name)
    return name

async def main():
    tasks = [asyncio.create_task(job("ok1", 1), name="ok1"),
             asyncio.create_task(job("err", 1.5, fail=True), name="err"),
             asyncio.create_task(job("ok2", 3), name="ok2")]
    done, pending = await asyncio.wait(tasks, timeout=2, return_when=asyncio.FIRST_EXCEPTION)
    print("done", sorted(t.get_name() for t in done), "pending", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks, timeout=0.5)
    print("done", sorted(t.get_name() for t in done), "pending", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks)
    print("done", len(done), "pending", len(pending))
    for t in tasks:
        print(t.get_name(), "->", repr(t.exception()) if t.exception() else t.result())

asyncio.run(main())
