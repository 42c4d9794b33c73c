import asyncio

async def main():
    delays = {"fast": 0.1, "slow": }
    for name, delay in delays.items():
        await asyncio.sleep(delay)

asyncio.run(main())
