import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("pending:", f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.set_exception(ValueError("boom"))
    print("done:", f.done(), "exception:", repr(f.exception()))
    try:
        f.result()
    except ValueError as e:
        print("result() raised ValueError:", e)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    g = loop.create_future()
    print("cancel returns", g.cancel(), "then", g.cancel())
    print("cancelled:", g.cancelled(), "done:", g.done())
    try:
        g.result()
    except asyncio.CancelledError:
        print("result() of cancelled future raises CancelledError")
    h = loop.create_future()
    h.set_result(None)
    print("cancel on done future:", h.cancel())

asyncio.run(main())
