import asyncio

async def child():
    await asyncio.sleep(1)
    print("child returns")
    return "c"

async def waiter(t, name):
    r = await t
    print(name, "woke with", r)

async def main():
    t = asyncio.create_task(child())
    w1 = asyncio.create_task(waiter(t, "waiter-1"))
    await asyncio.sleep(0)
    t.add_done_callback(lambda _: print("plain done callback"))
    w2 = asyncio.create_task(waiter(t, "waiter-2"))
    await asyncio.gather(w1, w2)

asyncio.run(main())
