import asyncio

async def ok(name, n):
    print(name, "start")
    await asyncio.sleep(n)
    print(name, "finished anyway")
    return name

async def fail(n):
    await asyncio.sleep(n)
    print("fail raising")
    raise RuntimeError("failure in child")

async def main():
    try:
        await asyncio.gather(ok("a", 1), fail(2), ok("b", 3))
    except RuntimeError as e:
        print("gather raised:", e)
    print("main continues; other children still running")
    await asyncio.sleep(2)
    print("main done")

asyncio.run(main())
