import asyncio

async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("stubborn: caught CancelledError and ignores it")
    await asyncio.sleep(1)
    print("stubborn: finished normally")
    return "survived"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    t.cancel()
    result = await t
    print("result:", result, "cancelled():", t.cancelled())

asyncio.run(main())
