import asyncio

async def worker(sem, name, hold):
    print(name, "waiting; locked:", sem.locked())
    await sem.acquire()
    try:
        print(name, "acquired")
        await asyncio.sleep(hold)
    finally:
        sem.release()
        print(name, "released")

async def main():
    sem = asyncio.Semaphore(1)
    names = ["w1", "w2", "w3", "w4"]
    holds = [2, 1, 0.5, 1]
    await asyncio.gather(*(worker(sem, n, h) for n, h in zip(names, holds)))

asyncio.run(main())
