import asyncio

async def job():
    await asyncio.sleep(1)
    print("job running as", asyncio.current_task().get_name())

async def main():
    t = asyncio.create_task(job())
    print("default:", t.get_name())
    t.set_name("renamed-job")
    print("after set_name:", t.get_name())
    t.set_name(42)
    print("non-string name:", repr(t.get_name()))
    await t

asyncio.run(main())
