# gen.multi / yield [list] / yield {dict} over thousands of children, duplicates included,
# and gen.WaitIterator (completion order, duplicate futures, async for).
from tornado import gen
from tornado.ioloop import IOLoop

N = 3000


async def job(i):
    await gen.sleep(0.001 * (i % 97))
    return i * i


async def slow(i):
    await gen.sleep(0.1 * (i % 5))
    return i


@gen.coroutine
def decorated(i):
    yield gen.sleep(0.001 * (i % 13))
    return -i


async def main():
    results = await gen.multi([job(i) for i in range(N)])
    print("multi", len(results), results[:3], results[-1], sum(results) % 1000003)
    shared = gen.convert_yielded(job(5))
    again = await gen.multi([shared, job(7), shared, shared])
    print("duplicates", again)
    by_key = await gen.multi({"k%d" % i: job(i) for i in range(N)})
    print("dict", len(by_key), list(by_key)[:3], by_key["k2999"])
    order = []
    futures = [gen.convert_yielded(slow(i)) for i in range(N)]
    wait = gen.WaitIterator(*futures)
    while not wait.done():
        value = await wait.next()
        order.append(wait.current_index)
    print("wait iterator", len(order), order[:5], order[-3:])
    dup = gen.convert_yielded(job(3))
    indices = []
    async for value in gen.WaitIterator(dup, gen.convert_yielded(job(1)), dup):
        indices.append(value)
    print("async for", indices)


@gen.coroutine
def legacy():
    values = yield [decorated(i) for i in range(N)]
    print("yield list", len(values), values[:3], sum(values))
    values = yield {i: decorated(i) for i in range(0, N, 3)}
    print("yield dict", len(values), values[3], values[N - 3])


IOLoop.current().run_sync(main)
IOLoop.current().run_sync(legacy)
