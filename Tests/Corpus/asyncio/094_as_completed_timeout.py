import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("a", 1), ("b", 4), ("c", 2)]]
    try:
        for fut in asyncio.as_completed(tasks, timeout=3):
            print("completed:", await fut)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    print("b still pending:", not tasks[1].done())
    print("b result:", await tasks[1])

asyncio.run(main())
