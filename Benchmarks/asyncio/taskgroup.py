# asyncio: asyncio.TaskGroup with 30,000 tasks, each doing 4 short sleeps and recording
# when it finished; the group waits for all of them.
import asyncio

N = 30_000
finished = []


async def job(i):
    acc = i
    for k in range(4):
        await asyncio.sleep(0.001 * (1 + (i * 7 + k) % 11))
        acc = (acc * 31 + k) % 10_007
    finished.append((i, round(asyncio.get_running_loop().time() * 1000)))
    return acc


async def main():
    async with asyncio.TaskGroup() as tg:
        handles = [tg.create_task(job(i)) for i in range(N)]
    total = sum(h.result() for h in handles) % 1_000_003
    # order-insensitive: tasks finishing at the same instant may be resumed in any order
    when = sum(i * ms for i, ms in finished) % 1_000_003
    print("taskgroup", len(finished), "tasks, checksum", total, "finish times", when)
    print(round(asyncio.get_running_loop().time(), 3))


asyncio.run(main())
