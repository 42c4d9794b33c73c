#!/usr/bin/env python3
"""Run an asyncio (or tornado) program under CPython 3.11 on looptime's virtual clock.

    python3 Benchmarks/reference/run_looptime.py PROGRAM.py [ARGS...]

Every event loop the program creates (asyncio.run, asyncio.new_event_loop,
asyncio.get_event_loop, tornado's IOLoop, which runs on asyncio) is a stock
SelectorEventLoop patched by looptime (https://pypi.org/project/looptime/) with
start=0: loop.time() starts at 0.0 and, when the loop would block waiting for its
earliest timer, the clock jumps to that timer instead of sleeping. Code still
costs real (wall) time, which is what the benchmarks measure.

looptime normally idles `noop_cycles` (default 42) empty loop iterations before each
jump (a pytest-oriented safety margin). Those iterations do no work a real program
would do, so they are set to 0 here; LOOPTIME_NOOP_CYCLES=N overrides that.
time.time()/time.monotonic() are NOT virtualised: the benchmarks print loop.time().
For tornado programs, IOLoop.time() (time.time() in tornado 6) is made to read the
asyncio loop's clock.
"""
import asyncio
import os
import runpy
import sys

try:
    import looptime
except ImportError:  # pragma: no cover
    sys.exit("run_looptime: the 'looptime' package is missing: python3 -m pip install looptime")

NOOP_CYCLES = int(os.environ.get("LOOPTIME_NOOP_CYCLES", "0"))


class LoopTimePolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        loop = super().new_event_loop()
        return looptime.patch_event_loop(loop, start=0, noop_cycles=NOOP_CYCLES)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    prog = sys.argv[1]
    asyncio.set_event_loop_policy(LoopTimePolicy())
    with open(prog, encoding="utf-8") as f:
        uses_tornado = "tornado" in f.read()
    if uses_tornado:
        # tornado 6's IOLoop.time() is time.time(), the real clock, which looptime does not
        # touch: read the (virtual) asyncio loop clock instead, so that call_at deadlines
        # and printed IOLoop.time() differences are virtual too.
        from tornado.platform.asyncio import BaseAsyncIOLoop
        BaseAsyncIOLoop.time = lambda self: self.asyncio_loop.time()
    sys.argv = sys.argv[1:]
    sys.path[0] = os.path.dirname(os.path.abspath(prog))
    runpy.run_path(prog, run_name="__main__")


if __name__ == "__main__":
    main()
