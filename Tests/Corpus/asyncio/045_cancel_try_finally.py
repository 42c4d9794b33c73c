import asyncio

async def resource_user():
    print("acquire resource")
    try:
        await asyncio.sleep(5)
        print("work done")
    finally:
        print("release resource (finally)")
        await asyncio.sleep(1)
        print("release finished after 1 more second")

async def main():
    t = asyncio.create_task(resource_user())
    await asyncio.sleep(2)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled")

asyncio.run(main())
