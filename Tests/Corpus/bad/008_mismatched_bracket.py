import asyncio

async def main():
    tasks = [asyncio.create_task(asyncio.sleep(i)) for i in range(3))
    await asyncio.wait(tasks)

asyncio.run(main())
