import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback 1 sees", f.result()))
    fut.add_done_callback(lambda f: print("callback 2 sees", f.result()))
    fut.set_result(42)
    print("set_result returned; callbacks not run yet")
    fut.add_done_callback(lambda f: print("callback 3 added after done"))
    await asyncio.sleep(0)
    print("after sleep(0)")
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
