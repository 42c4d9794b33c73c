import asyncio

async def critical():
    print("critical started")
    await asyncio.sleep(3)
    print("critical finished")
    return "saved"

async def main():
    inner = asyncio.create_task(critical())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=1)
    except asyncio.TimeoutError:
        print("outer timed out; inner cancelled?", inner.cancelled())
    result = await inner
    print("inner result:", result)

asyncio.run(main())
