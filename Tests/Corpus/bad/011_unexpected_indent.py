import asyncio

async def main():
    print("start")
        await asyncio.sleep(1)
    print("end")

asyncio.run(main())
