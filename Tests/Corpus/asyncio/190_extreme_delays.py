# Delays far beyond any clock: timers that never come due, timeouts that do.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(asyncio.sleep(1e308), 1)
    except asyncio.TimeoutError:
        print("sleep(1e308) timed out at", loop.time())
    try:
        await asyncio.wait_for(asyncio.sleep(10**30), 0.5)
    except asyncio.TimeoutError:
        print("sleep(10**30) timed out at", loop.time())
    never = loop.call_later(float("inf"), print, "never")
    late = loop.call_at(1e300, print, "never either")
    soon = loop.call_later(2, print, "two seconds later")
    await asyncio.sleep(3)
    print(never.cancelled(), late.cancelled())
    never.cancel()
    late.cancel()
    print(never.cancelled(), late.cancelled(), loop.time())
    waiter = asyncio.ensure_future(asyncio.sleep(float("inf")))
    await asyncio.sleep(1)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("infinite sleep cancelled at", loop.time())


asyncio.run(main())
