import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except Exception:
        print("never: CancelledError is not an Exception")
    finally:
        print("worker finally")

async def main():
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.5)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("worker cancelled:", t.cancelled())

asyncio.run(main())
