import asyncio

async def main():
    n = 3
    await asyncio.sleep(n)
    print(f"slept {n}} seconds")

asyncio.run(main())
