import asyncio

async def waiter():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("inside task, args:", e.args)
        raise

async def main():
    t = asyncio.create_task(waiter())
    await asyncio.sleep(1)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside, args:", e.args)
    print("cancelled:", t.cancelled())

asyncio.run(main())
