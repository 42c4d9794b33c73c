# contextlib with asyncio: AsyncExitStack over async context managers, nullcontext and
# AbstractAsyncContextManager subclasses, suppress around cancellation
import asyncio
import time
from contextlib import AsyncExitStack, AbstractAsyncContextManager, nullcontext, suppress


class Connection(AbstractAsyncContextManager):
    def __init__(self, name, delay):
        self.name = name
        self.delay = delay

    async def __aenter__(self):
        await asyncio.sleep(self.delay)
        print(f"{time.monotonic():.1f} open {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print(f"{time.monotonic():.1f} close {self.name} {exc_type.__name__ if exc_type else None}")
        return False


async def cleanup(tag):
    await asyncio.sleep(0.2)
    print(f"{time.monotonic():.1f} cleanup {tag}")


async def main():
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(Connection(f"c{i}", 0.5)) for i in range(3)]
        stack.push_async_callback(cleanup, "async")
        stack.callback(print, "sync callback")
        print(f"{time.monotonic():.1f} using {[c.name for c in conns]}")
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(Connection("failing", 0.3))
            raise RuntimeError("boom")
    except RuntimeError as e:
        print(f"{time.monotonic():.1f} caught {e}")
    async with nullcontext("value") as v:
        print("nullcontext gave", v)
    task = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0.1)
    task.cancel()
    with suppress(asyncio.CancelledError):
        await task
    print(f"{time.monotonic():.1f} cancelled quietly", task.cancelled())
    async with Connection("direct", 1) as c:
        print("inside", c.name, isinstance(c, AbstractAsyncContextManager))


asyncio.run(main())
