import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done?", fut.done())
    loop.call_later(2, fut.set_result, "the answer")
    print("waiting for the future")
    value = await fut
    print("got:", value, "done?", fut.done(), "result:", fut.result())

asyncio.run(main())
