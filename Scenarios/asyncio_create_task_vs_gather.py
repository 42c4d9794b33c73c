# create_task() schedules a task but does not run it: its body starts only when the
# creator yields to the loop. gather() wraps coroutines in tasks in argument order.
# In the timeline, see "main" print before any worker starts, then the workers start in order.
import asyncio


async def worker(name, seconds):
    print(f"  {name}: started")
    await asyncio.sleep(seconds)
    print(f"  {name}: finished after {seconds} s")
    return name


async def main():
    print("create_task:")
    first = asyncio.create_task(worker("A", 0.2))
    second = asyncio.create_task(worker("B", 0.1))
    print("  main: both tasks created, neither has started yet")
    await asyncio.sleep(0)  # yield once: now A and B run until their first await
    print("  main: after one yield both have started")
    print("  results:", await first, await second)

    print("gather:")
    results = await asyncio.gather(worker("C", 0.2), worker("D", 0.1))
    print("  results in argument order, not finish order:", results)


asyncio.run(main())
