# Thousands of tasks waiting on an Event and on a Condition: set() and notify_all() wake
# them in waiting order, notify(n) wakes the first n, a cancelled waiter leaves the rest.
import asyncio

N = 1000


async def main():
    event = asyncio.Event()
    woken = []

    async def on_event(i):
        await event.wait()
        woken.append(i)

    tasks = [asyncio.create_task(on_event(i)) for i in range(N)]
    await asyncio.sleep(0.1)
    tasks[5].cancel()
    event.set()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("event", len(woken), woken[:6], woken[-1])

    cond = asyncio.Condition()
    order = []

    async def on_cond(i):
        async with cond:
            await cond.wait()
            order.append(i)

    tasks = [asyncio.create_task(on_cond(i)) for i in range(N)]
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify(3)
    await asyncio.sleep(0.1)
    print("notify 3", order)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("notify_all", len(order), order[3:6], order[-1])


asyncio.run(main())
