import asyncio

async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print(name, "ok")
    return name

async def main():
    tasks = [
        asyncio.create_task(work("a", 1), name="a"),
        asyncio.create_task(work("b", 2, fail=True), name="b"),
        asyncio.create_task(work("c", 3), name="c"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), "exception:", repr(t.exception()))
    await asyncio.wait(pending)
    print("c result:", tasks[2].result())

asyncio.run(main())
