import asyncio
import time

START = time.monotonic()

def now():
    return f"{time.monotonic() - START:.1f}s"

async def use_printer(lock, name, pages):
    print(now(), name, "queues for the printer")
    async with lock:
        print(now(), name, "printing", pages, "pages")
        await asyncio.sleep(pages * 0.5)
    print(now(), name, "done")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(use_printer(lock, "ann", 4), use_printer(lock, "bob", 1), use_printer(lock, "cy", 2))

asyncio.run(main())
