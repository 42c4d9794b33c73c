import asyncio

async def step(n):
    await asyncio.sleep(1)
    print("step", n)
    if n == 2:
        raise RuntimeError("step 2 failed")

async def main():
    for n in range(1, 5):
        await step(n)

asyncio.run(main())
print("never printed")
