import asyncio

nonlocal count
count = 0

async def main():
    await asyncio.sleep(1)
