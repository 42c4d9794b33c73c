import asyncio

def bad_callback():
    print("bad callback raising")
    raise ValueError("oops in callback")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback)
    loop.call_soon(print, "next callback still runs")
    await asyncio.sleep(0.5)
    print("the loop survived; the error was logged to stderr")

asyncio.run(main())
