import asyncio

async def blinker(event):
    for i in range(3):
        await asyncio.sleep(1)
        print("blink", i, "-> set")
        event.set()
        await asyncio.sleep(0)
        event.clear()
        print("cleared, is_set:", event.is_set())

async def watcher(event):
    for i in range(3):
        await event.wait()
        print("watcher woke", i)
        await asyncio.sleep(0.5)

async def main():
    event = asyncio.Event()
    await asyncio.gather(blinker(event), watcher(event))

asyncio.run(main())
