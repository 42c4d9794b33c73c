import asyncio

async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    loop.call_at(now + 2, print, "at +2")
    loop.call_at(now + 1, print, "at +1 (first)")
    loop.call_at(now + 1, print, "at +1 (second)")
    h = loop.call_at(now + 1.5, print, "never")
    print("handle when - now:", h.when() - now)
    h.cancel()
    print("cancelled:", h.cancelled())
    await asyncio.sleep(2.5)

asyncio.run(main())
