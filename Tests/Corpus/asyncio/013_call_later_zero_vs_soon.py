import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "call_later(0) #1")
    loop.call_soon(print, "call_soon #1")
    loop.call_later(0, print, "call_later(0) #2")
    loop.call_soon(print, "call_soon #2")
    print("main before sleep(0)")
    await asyncio.sleep(0)
    print("main after first sleep(0)")
    await asyncio.sleep(0)
    print("main after second sleep(0)")

asyncio.run(main())
