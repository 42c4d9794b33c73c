import asyncio

async def other():
    print("other runs")

async def main():
    t = asyncio.create_task(other())
    print("before sleep(-1)")
    await asyncio.sleep(-1)
    print("sleep(-1) behaves like sleep(0): other already ran?", t.done())

asyncio.run(main())
