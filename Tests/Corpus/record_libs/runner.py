"""Run one corpus program and log each stdout line with its virtual time.

    python3 runner.py PROGRAM.py TIMES_FILE [--real UNIT]

Used by record_libs.py (see Tests/Corpus/README_libs.md); not meant to be run
by hand, although it works:  LD_PRELOAD=/path/vclock.so python3 runner.py x.py /dev/stderr

Virtual mode (default, under the vclock.so LD_PRELOAD shim): the process clock
is virtual (sleeps and timed waits advance it, each clock read adds 1 ns).
time.time() is replaced by EPOCH + (monotonic time since program start,
rounded to the millisecond), so `time.time() - start` prints 2.0, not
2.0000001.  Times in TIMES_FILE are the same value, 3 decimals.

Real mode (--real UNIT, no shim): the real clock; time.time() is rounded to
UNIT seconds (e.g. 0.1), TIMES_FILE gets the unrounded time (3 decimals).
(record_libs.py --jitter also uses this mode, under the shim.)  The library is imported
before the clock starts (and gevent's hub created, not run) so that start-up cost
does not count.

In both modes tornado's IOLoop.time() reads time.monotonic() (see below).
"""
import atexit
import os
import runpy
import sys
import time

EPOCH = 1_700_000_000.0


def main():
    prog, times_path = sys.argv[1], sys.argv[2]
    real_unit = None
    src = open(prog, encoding="utf-8").read()
    if "tornado" in src:
        # tornado 6's IOLoop.time() is time.time(): near 1.7e9 a float has a
        # 0.24 us grain, so `time() + 0.2 - time()` can be 0.2000002, which
        # epoll_wait rounds up to 201 ms.  Read the monotonic clock instead
        # (same rate, no grain); programs only use differences of it.
        import tornado.ioloop
        tornado.ioloop.IOLoop.time = lambda self: time.monotonic()
    if len(sys.argv) > 4 and sys.argv[3] == "--real":
        real_unit = float(sys.argv[4])
        if "gevent" in src:
            import gevent, gevent.pool, gevent.queue, gevent.event, gevent.lock  # noqa: F401
            # Create the hub and its loop now, but do not run the loop: a
            # main greenlet that was resumed by the hub's callback phase would
            # start its timers differently (see README_libs.md).
            gevent.get_hub()
            if "monkey" in src:
                # patch_all() imports these; importing them takes ~0.2 s.
                import importlib
                for m in ("gevent.monkey", "gevent.socket", "gevent.ssl", "gevent.subprocess",
                          "gevent.threading", "gevent.select", "gevent.selectors", "gevent.os",
                          "gevent.signal", "gevent.thread", "gevent.time", "gevent.builtins",
                          "gevent.threadpool", "gevent.resolver.thread", "gevent.local"):
                    try:
                        importlib.import_module(m)
                    except ImportError:
                        pass
        if "tornado" in src:
            import tornado.ioloop, tornado.gen, tornado.locks, tornado.queues  # noqa: F401

    if real_unit is not None:
        # Shift heap addresses (so id()-hash set order) from run to run, to
        # expose programs whose output depends on them.
        import random
        rnd = random.Random(os.environ.get("VCLOCK_SEED") or None)
        _junk = [bytearray(rnd.randrange(1, 2048)) for _ in range(rnd.randrange(1, 300))]
        del _junk[::2]

    if real_unit is not None and "gevent.hub" in sys.modules:
        # The hub was created above: refresh libev's cached time so that
        # timers started before the loop first runs count from now.
        sys.modules["gevent"].get_hub().loop.update_now()

    mono = time.monotonic
    t0 = mono()
    if real_unit is None:
        def vnow():
            return round(mono() - t0, 3)
    else:
        steps = round(1 / real_unit)
        def vnow():
            return round((mono() - t0) * steps) / steps

    stamp_now = vnow if real_unit is None else (lambda: mono() - t0)
    time.time = lambda: EPOCH + vnow()
    time.time_ns = lambda: int(EPOCH * 1e9) + round(vnow() * 1e9)

    times = open(times_path, "w", encoding="utf-8")

    class TimedStdout:
        """Passes everything to the real stdout; logs each completed line."""

        def __init__(self, real):
            self._real = real
            self._pending = ""

        def write(self, s):
            n = self._real.write(s)
            self._pending += s
            if "\n" in self._pending:
                stamp = "%.3f" % stamp_now()
                *lines, self._pending = self._pending.split("\n")
                for line in lines:
                    times.write(stamp + "\t" + line + "\n")
                times.flush()
            return n

        def finish(self):
            if self._pending:
                times.write("%.3f\t%s\n" % (stamp_now(), self._pending))
                self._pending = ""
            times.flush()
            self._real.flush()

        def __getattr__(self, name):
            return getattr(self._real, name)

    out = TimedStdout(sys.stdout)
    sys.stdout = out
    atexit.register(out.finish)
    sys.argv = [prog]
    sys.path[0] = os.path.dirname(os.path.abspath(prog))
    runpy.run_path(prog, run_name="__main__")


main()
