import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1.5):
            print("inside timeout block")
            await asyncio.sleep(1)
            print("1s passed")
            await asyncio.sleep(1)
            print("never printed")
    except TimeoutError:
        print("TimeoutError at", loop.time())
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(1)
        print("fast enough; expired:", cm.expired())
    try:
        async with asyncio.timeout_at(loop.time() + 0.5):
            await asyncio.sleep(2)
    except TimeoutError:
        print("timeout_at fired at", loop.time())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() + 10)
        await asyncio.sleep(0.5)
        print("rescheduled block done at", loop.time())

asyncio.run(main())
