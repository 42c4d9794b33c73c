import asyncio

async def long_job():
    print("long job started")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("long job: CancelledError at the await")
        raise
    print("never")

async def main():
    t = asyncio.create_task(long_job())
    await asyncio.sleep(1)
    print("cancelling; cancel() returned", t.cancel())
    print("cancelled() right after cancel():", t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting the task raised CancelledError")
    print("cancelled():", t.cancelled(), "done():", t.done())

asyncio.run(main())
