# asyncio.wait_for() gives up after its timeout: it cancels the inner task, waits for it
# to finish cancelling (its except/finally blocks run), then raises TimeoutError.
# In the timeline, see the query's finally print at t=0.5 before main reports the timeout.
import asyncio
import time


async def query(name, seconds, start):
    print(f"{time.time() - start:.1f}s {name}: started, needs {seconds} s")
    try:
        await asyncio.sleep(seconds)
        print(f"{time.time() - start:.1f}s {name}: finished")
        return f"{name} rows"
    except asyncio.CancelledError:
        print(f"{time.time() - start:.1f}s {name}: cancelled")
        raise
    finally:
        print(f"{time.time() - start:.1f}s {name}: finally, connection closed")


async def main():
    start = time.time()
    try:
        await asyncio.wait_for(query("slow query", 2.0, start), timeout=0.5)
    except asyncio.TimeoutError:
        print(f"{time.time() - start:.1f}s main: TimeoutError after 0.5 s")
    result = await asyncio.wait_for(query("fast query", 0.3, start), timeout=1.0)
    print(f"{time.time() - start:.1f}s main: got {result!r}")


asyncio.run(main())
