import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon_threadsafe(print, "call_soon_threadsafe from the loop thread")
    loop.call_soon(print, "call_soon")
    loop.call_soon_threadsafe(fut.set_result, "set via threadsafe")
    print(await fut)

asyncio.run(main())
