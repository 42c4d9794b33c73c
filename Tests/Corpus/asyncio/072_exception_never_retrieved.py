import asyncio

async def fails():
    await asyncio.sleep(0.5)
    print("fails: raising")
    raise ValueError("nobody is listening")

async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(1)
    print("task done:", t.done())
    del t
    print("main done")

asyncio.run(main())
print("end of program")
