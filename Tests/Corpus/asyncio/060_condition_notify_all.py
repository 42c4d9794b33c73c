import asyncio

async def runner(cond, name, state):
    async with cond:
        while not state["go"]:
            print(name, "waiting for start signal")
            await cond.wait()
        print(name, "running")
    await asyncio.sleep(0.5)
    print(name, "finished")

async def starter(cond, state):
    await asyncio.sleep(2)
    async with cond:
        state["go"] = True
        print("notify_all")
        cond.notify_all()
        print("still holding the lock")

async def main():
    cond = asyncio.Condition()
    state = {"go": False}
    await asyncio.gather(*(runner(cond, f"r{i}", state) for i in range(3)), starter(cond, state))

asyncio.run(main())
