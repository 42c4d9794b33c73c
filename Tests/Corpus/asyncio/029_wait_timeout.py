import asyncio

async def work(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    finally:
        print(name, "cleanup")

async def main():
    tasks = [asyncio.create_task(work(n, d), name=n) for n, d in [("quick", 1), ("slow", 5)]]
    done, pending = await asyncio.wait(tasks, timeout=2)
    print("after timeout: done", sorted(t.get_name() for t in done), "pending", sorted(t.get_name() for t in pending))
    print("wait does not cancel; slow still running:", not next(iter(pending)).done())
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    print("slow cancelled:", all(t.cancelled() for t in pending))

asyncio.run(main())
