import asyncio

async def succeed():
    await asyncio.sleep(1)
    return "value"

async def explode():
    await asyncio.sleep(1)
    raise KeyError("missing")

async def main():
    ok = asyncio.create_task(succeed())
    bad = asyncio.create_task(explode())
    print("done before:", ok.done(), bad.done())
    try:
        ok.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.wait([ok, bad])
    print("ok:", ok.done(), ok.cancelled(), ok.result(), ok.exception())
    print("bad:", bad.done(), bad.cancelled(), repr(bad.exception()))
    try:
        bad.result()
    except KeyError as e:
        print("result() re-raises KeyError:", e)
    c = asyncio.create_task(succeed())
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0)
    print("c:", c.done(), c.cancelled())
    try:
        c.exception()
    except asyncio.CancelledError:
        print("exception() on a cancelled task raises CancelledError")

asyncio.run(main())
