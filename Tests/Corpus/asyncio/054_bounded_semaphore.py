import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    sem.release()
    print("acquire/release ok")
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    plain = asyncio.Semaphore(1)
    plain.release()
    plain.release()
    print("plain Semaphore allows over-release; locked:", plain.locked())
    async with sem:
        async with sem:
            print("both slots taken, locked:", sem.locked())
    print("released, locked:", sem.locked())

asyncio.run(main())
