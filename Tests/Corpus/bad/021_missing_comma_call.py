import asyncio

async def main():
    await asyncio.sleep(1)
    print("slept" "for", 1 "second")

asyncio.run(main())
