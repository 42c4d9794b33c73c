import asyncio

async def save():
    print("saving...")
    await asyncio.sleep(2)
    print("saved")
    return "ok"

async def handler():
    return await asyncio.shield(save())

async def main():
    t = asyncio.create_task(handler())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("handler cancelled, but the shielded save keeps running")
    await asyncio.sleep(1.5)
    print("main done")

asyncio.run(main())
