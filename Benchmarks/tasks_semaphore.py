# Benchmark: many asyncio tasks, each doing 10 semaphore-guarded sleeps.
# N is read from the environment-free default below; Benchmarks/run.sh passes smaller
# sizes by editing a copy.
import asyncio

N = 100_000


async def worker(sem, i):
    for k in range(10):
        async with sem:
            await asyncio.sleep(0.001 * (1 + (i + k) % 7))


async def main():
    sem = asyncio.Semaphore(1000)
    await asyncio.gather(*(worker(sem, i) for i in range(N)))
    print("done", N, "tasks")


asyncio.run(main())
