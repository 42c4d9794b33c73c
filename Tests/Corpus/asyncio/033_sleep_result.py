import asyncio

async def main():
    value = await asyncio.sleep(1, result="slept one second")
    print(value)
    values = await asyncio.gather(asyncio.sleep(2, "two"), asyncio.sleep(1, "one"))
    print(values)
    print(await asyncio.sleep(0, result=[1, 2]))
    print(await asyncio.sleep(0.5))

asyncio.run(main())
