import asyncio
import time

def parse(text):
    time.sleep(0.5)
    return int(text)

async def main():
    print(await asyncio.to_thread(parse, "42"))
    try:
        await asyncio.to_thread(parse, "forty-two")
    except ValueError as e:
        print("ValueError from the worker:", e)
    loop = asyncio.get_running_loop()
    print("elapsed", loop.time())

asyncio.run(main())
