import datetime

from tornado import gen
from tornado.ioloop import IOLoop


async def fetch(name, delay, fail=False):
    await gen.sleep(delay)
    if fail:
        raise ValueError("bad " + name)
    return name.upper()


async def main():
    loop = IOLoop.current()
    start = loop.time()

    def now():
        return round(loop.time() - start, 2)

    results = await gen.multi({"a": fetch("a", 0.2), "b": fetch("b", 0.1)})
    print(now(), "multi dict:", sorted(results.items()))
    results = await gen.multi([fetch("x", 0.1), fetch("y", 0.3), fetch("z", 0.2)])
    print(now(), "multi list:", results)

    wait = gen.WaitIterator(*[gen.convert_yielded(fetch(n, d)) for n, d in [("slow", 0.3), ("fast", 0.1), ("mid", 0.2)]])
    while not wait.done():
        result = await wait.next()
        print(now(), "wait iterator:", result, "index", wait.current_index)

    async for result in gen.WaitIterator(first=gen.convert_yielded(fetch("one", 0.2)),
                                         second=gen.convert_yielded(fetch("two", 0.1))):
        print(now(), "async for:", result)

    try:
        await gen.with_timeout(datetime.timedelta(seconds=0.15), fetch("late", 1.0))
    except gen.TimeoutError:
        print(now(), "with_timeout (timedelta) expired")
    value = await gen.with_timeout(loop.time() + 0.5, fetch("early", 0.1))
    print(now(), "with_timeout deadline met:", value)

    await gen.moment
    print(now(), "after moment")
    print(await gen.convert_yielded(fetch("conv", 0.1)), await gen.convert_yielded([fetch("l1", 0.1)]))
    print(now(), "convert_yielded done", gen.is_future(gen.convert_yielded(None)))
    print(await gen.sleep(0.05), now())
    try:
        await gen.multi([fetch("ok", 0.1), fetch("boom", 0.05, fail=True)])
    except ValueError as e:
        print(now(), "multi raised:", e)


IOLoop.current().run_sync(main)
