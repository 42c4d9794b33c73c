import asyncio

async def never_starts():
    print("this body never runs")

async def main():
    t = asyncio.create_task(never_starts())
    t.cancel()
    print("cancelled before the task ever ran")
    try:
        await t
    except asyncio.CancelledError:
        print("await raised CancelledError; cancelled():", t.cancelled())

asyncio.run(main())
