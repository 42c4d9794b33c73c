import asyncio


async def party(b, name, delay):
    await asyncio.sleep(delay)
    print(name, 'arrives, waiting:', b.n_waiting)
    i = await b.wait()
    print(name, 'passes with index', i)
    return i


async def breaker(b):
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print('broken:', type(e).__name__, e, isinstance(e, RuntimeError))


async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken, repr(b).split(' [')[1])
    r = await asyncio.gather(party(b, 'a', 0.1), party(b, 'b', 0.2), party(b, 'c', 0.3))
    print(sorted(r), repr(b).split(' [')[1])
    async with asyncio.Barrier(1) as idx:
        print('async with index', idx)
    t = asyncio.create_task(breaker(b))
    await asyncio.sleep(0.1)
    print('waiting before reset:', b.n_waiting)
    await b.reset()
    await t
    t = asyncio.create_task(breaker(b))
    await asyncio.sleep(0.1)
    await b.abort()
    await t
    print(b.broken, repr(b).split(' [')[1])
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print('after abort:', e)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)
    return 'main done'


async def other(x):
    await asyncio.sleep(x)
    return x * 2

with asyncio.Runner() as runner:
    print(runner.run(other(1)))
    loop = runner.get_loop()
    print(runner.run(other(2)), loop is runner.get_loop(), loop.is_closed())
print(loop.is_closed())
try:
    runner.run(other(3))
except RuntimeError as e:
    print(e)
r = asyncio.Runner()
try:
    r.run(5)
except ValueError as e:
    print(e)
r.close()
print(asyncio.run(main()))
