import asyncio

async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(3), 1)
    except:
        print("something failed")
    except asyncio.TimeoutError:
        print("timeout")

asyncio.run(main())
