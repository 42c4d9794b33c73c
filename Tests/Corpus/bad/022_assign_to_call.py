import asyncio

async def main():
    task = asyncio.create_task(asyncio.sleep(1))
    task.result() = 5

asyncio.run(main())
