import asyncio
async def main():
    fut = asyncio.get_running_loop().create_future()
    class O:
        def cb(self, f): print("cb")
    o = O()
    fut.add_done_callback(o.cb)
    print(fut.remove_done_callback(o.cb))
    fut.set_result(1)
    await asyncio.sleep(0)
    print("done")
asyncio.run(main())
