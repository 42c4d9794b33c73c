# A TaskGroup with thousands of tasks: every task is awaited, results keep creation order;
# a failing task cancels the others (the number cancelled is printed, not their order),
# and as_completed over thousands of tasks yields in completion order (ties in set order).
import asyncio

N = 1000


async def job(i):
    await asyncio.sleep(0.001 * (i % 89))
    return i * 3


async def failing(delay):
    await asyncio.sleep(delay)
    raise ValueError("boom")


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(i)) for i in range(N)]
    print("group", len(tasks), sum(t.result() for t in tasks), tasks[-1].result())

    cancelled = []

    async def victim(i):
        try:
            await asyncio.sleep(1 + 0.001 * i)
        except asyncio.CancelledError:
            cancelled.append(i)
            raise

    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(N):
                tg.create_task(victim(i))
            tg.create_task(failing(0.5))
    except ExceptionGroup as eg:
        print("failed", [str(e) for e in eg.exceptions], len(cancelled), sorted(cancelled)[:3])

    async def tenth(i):
        await asyncio.sleep(0.1 * (i % 4))
        return i

    order = []
    for fut in asyncio.as_completed([tenth(i) for i in range(N)]):
        order.append(await fut)
    # tasks finishing at the same instant come in set order (object addresses): sorted
    print("as_completed", len(order), sorted(order[:250])[:3], sorted(order[-250:])[-2:], sum(order))
    print(round(asyncio.get_running_loop().time(), 3))


asyncio.run(main())
