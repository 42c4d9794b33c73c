import asyncio

async def c(x):
    await asyncio.sleep(0.1)
    if x == 'boom':
        raise Exception('x')
    return x

async def waiter(t):
    return await t

def on_done(fut):
    pass

async def main():
    t = asyncio.create_task(c(1), name='T')
    print(t)
    await asyncio.sleep(0)
    print(t)
    w = asyncio.create_task(waiter(t), name='W')
    await asyncio.sleep(0)
    print(t)
    print(w)
    t.add_done_callback(on_done)
    print(t)
    await t
    print(t)
    print(type(t), type(asyncio.current_task()))
    f = asyncio.get_running_loop().create_future()
    print(f, type(f))
    f.add_done_callback(on_done)
    f.add_done_callback(print)
    print(f)
    f.set_result('a very long string that goes on and on and on')
    print(f)
    e = asyncio.create_task(c('boom'), name='E')
    try:
        await e
    except Exception:
        pass
    print(e)
    g = asyncio.gather(c(2), c(3))
    h = asyncio.create_task(waiter(g), name='H')
    await asyncio.sleep(0)
    print(h)
    print(await g)
    x = asyncio.create_task(c(list(range(20))), name='X')
    await x
    print(x)
    y = asyncio.create_task(c({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}), name='Y')
    await y
    print(y)
    z = asyncio.create_task(c(12345678901234567890123456789012345678901234567890), name='Z')
    await z
    print(z)
    q = asyncio.create_task(c(None), name='Q')
    await asyncio.sleep(0)
    q.cancel()
    print(q)
    await asyncio.sleep(0)
    print(q)


asyncio.run(main())
