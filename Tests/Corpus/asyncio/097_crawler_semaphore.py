import asyncio
import time

PAGES = {"/": 1.0, "/a": 0.5, "/b": 1.5, "/c": 0.5, "/d": 1.0, "/e": 0.75}

async def fetch(sem, url, start):
    async with sem:
        t = time.time() - start
        print(f"[{t:4.1f}] GET {url}")
        await asyncio.sleep(PAGES[url])
        return url, PAGES[url]

async def main():
    start = time.time()
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(fetch(sem, u, start) for u in PAGES))
    print(results)
    print(f"crawl took {time.time() - start:.1f}s (sum of latencies {sum(PAGES.values())}s)")

asyncio.run(main())
