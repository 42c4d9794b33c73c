import asyncio

async def fetch():
    print("fetch: connecting")
    try:
        await asyncio.sleep(3)
        return "payload"
    finally:
        print("fetch: finally (closing connection)")

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    for timeout in (5, 1):
        try:
            result = await asyncio.wait_for(fetch(), timeout)
            print("result:", result, "at", loop.time() - t0)
        except asyncio.TimeoutError:
            print("timeout", timeout, "expired at", loop.time() - t0)

asyncio.run(main())
