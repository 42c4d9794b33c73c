# source: https://docs.python.org/3.11/library/contextlib.html (asynccontextmanager used as a decorator: timeit); changes: the elided body is a 1 s sleep; asyncio.run(main()) added
import asyncio
import time
from contextlib import asynccontextmanager

@asynccontextmanager
async def timeit():
    now = time.monotonic()
    try:
        yield
    finally:
        print(f'it took {time.monotonic() - now}s to run')

@timeit()
async def main():
    # ... async code ...
    await asyncio.sleep(1)

asyncio.run(main())
