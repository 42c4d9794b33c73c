# Benchmark W(N): N asyncio tasks, each doing 10 semaphore-guarded sleeps.
# This is the template of Benchmarks/asyncio/w_{1k,10k,100k}.py: Benchmarks/run regenerates
# those copies from it, with N substituted (edit this file, not the copies).
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
    print(round(asyncio.get_running_loop().time(), 3))


asyncio.run(main())
