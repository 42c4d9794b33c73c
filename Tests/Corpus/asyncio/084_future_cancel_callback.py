import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback: cancelled =", f.cancelled()))
    async def waiter():
        try:
            await fut
        except asyncio.CancelledError:
            print("waiter: the awaited future was cancelled")
    w = asyncio.create_task(waiter())
    await asyncio.sleep(1)
    fut.cancel()
    await w
    print("waiter task itself cancelled?", w.cancelled())

asyncio.run(main())
