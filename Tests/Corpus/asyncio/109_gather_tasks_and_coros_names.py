import asyncio

async def who(delay):
    await asyncio.sleep(delay)
    return asyncio.current_task().get_name()

async def main():
    explicit = asyncio.create_task(who(0.5), name="explicit")
    names = await asyncio.gather(who(1), explicit, who(0.25))
    print(names)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, "plain future")
    print(await asyncio.gather(fut, who(0.1)))

asyncio.run(main())
