import asyncio
import time

def slow_callback():
    print("slow callback blocks for 1s")
    time.sleep(1)
    print("slow callback done")

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    loop.call_later(0.5, slow_callback)
    loop.call_later(1.0, lambda: print("timer due at 1.0 ran at", loop.time() - t0))
    await asyncio.sleep(0.75)
    print("main woke (due 0.75) at", loop.time() - t0)

asyncio.run(main())
