import asyncio

async def main():
    loop = asyncio.get_running_loop()
    handles = [loop.call_later(i, print, f"timer {i}") for i in range(1, 5)]
    await asyncio.sleep(1.5)
    handles[2].cancel()
    print("cancelled timer 3")
    handles[0].cancel()
    print("cancelling an already-run timer is harmless")
    await asyncio.sleep(3)
    print([h.cancelled() for h in handles])

asyncio.run(main())
