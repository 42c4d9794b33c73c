# Plain callbacks on the event loop: call_soon runs on the next loop iteration in FIFO
# order, call_later/call_at run when their deadline comes, earliest first, whatever the
# order they were scheduled in. Even call_later(0) runs after the call_soon callbacks.
import asyncio


def report(loop, start, label):
    print(f"{loop.time() - start:.1f}s {label}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    loop.call_later(0.3, report, loop, start, "call_later(0.3)")
    loop.call_at(start + 0.1, report, loop, start, "call_at(start + 0.1)")
    loop.call_later(0.2, report, loop, start, "call_later(0.2)")
    loop.call_later(0, report, loop, start, "call_later(0)")
    loop.call_soon(report, loop, start, "call_soon #1")
    loop.call_soon(report, loop, start, "call_soon #2")
    print("main: six callbacks scheduled, none has run yet")
    await asyncio.sleep(0.5)
    print("main: done")


asyncio.run(main())
