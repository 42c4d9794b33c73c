import asyncio

async def slow_operation():
    try:
        print("slow operation started")
        await asyncio.sleep(10)
        print("never printed")
    except asyncio.CancelledError:
        print("slow operation cancelled")
        raise
    finally:
        print("slow operation finally")

async def main():
    try:
        await asyncio.wait_for(slow_operation(), timeout=2)
    except asyncio.TimeoutError:
        print("timed out after 2 seconds")
    print("is TimeoutError builtin:", asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
