import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    def report(label):
        print(f"{label} at {loop.time() - t0:.1f}")
    loop.call_later(3, report, "three")
    loop.call_later(1, report, "one")
    loop.call_later(2, report, "two")
    loop.call_later(0.5, report, "half")
    await asyncio.sleep(3.5)
    print("main done")

asyncio.run(main())
