import asyncio
import logging
import sys
import time
from datetime import datetime, timedelta

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(asctime)s %(levelname)s %(name)s: %(message)s")
log = logging.getLogger("jobs")


async def job(name, delay):
    started = datetime.now()
    log.info("%s started at %s", name, started.strftime("%H:%M:%S.%f"))
    await asyncio.sleep(delay)
    elapsed = datetime.now() - started
    log.info("%s finished after %s (%.1f s)", name, elapsed, elapsed.total_seconds())
    return elapsed


async def main():
    t0 = datetime.now()
    print("start", t0, time.strftime("%Y-%m-%d %H:%M:%S"), time.ctime())
    results = await asyncio.gather(job("a", 1.5), job("b", 0.25), job("c", 61))
    print([str(r) for r in results], max(results) == timedelta(seconds=61))
    print("end", datetime.now(), datetime.now() - t0, time.localtime().tm_min)
    deadline = datetime.now() + timedelta(minutes=5)
    print("deadline", deadline.isoformat(timespec="seconds"), deadline > datetime.now())


asyncio.run(main())
