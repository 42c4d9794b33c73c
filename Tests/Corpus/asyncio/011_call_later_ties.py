import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for name in ["a", "b", "c", "d", "e", "f"]:
        loop.call_later(1, print, "timer", name)
    loop.call_later(0.5, lambda: loop.call_later(0.5, print, "timer g (scheduled at 0.5)"))
    await asyncio.sleep(2)

asyncio.run(main())
