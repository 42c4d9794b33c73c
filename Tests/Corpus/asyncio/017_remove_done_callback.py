import asyncio

def cb_a(f):
    print("cb_a", f.result())

def cb_b(f):
    print("cb_b", f.result())

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(cb_a)
    fut.add_done_callback(cb_b)
    fut.add_done_callback(cb_a)
    removed = fut.remove_done_callback(cb_a)
    print("removed", removed)
    print("removed again", fut.remove_done_callback(cb_a))
    loop.call_soon(fut.set_result, "ok")
    await fut
    await asyncio.sleep(0)
    print("done")

asyncio.run(main())
