import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "completed")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    g = asyncio.gather(child("a", 1), child("b", 3), child("c", 5))
    await asyncio.sleep(2)
    print("cancelling the gather future:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("gather cancelled:", g.cancelled())

asyncio.run(main())
