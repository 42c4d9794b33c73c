#!/usr/bin/env python3
"""Record corpus programs under CPython 3.11 on a deterministic virtual clock.

For every program NAME.py this writes, next to it (or into --into DIR):

  NAME.out     exact stdout bytes
  NAME.times   one line per stdout line: "<virtual seconds, 3 decimals>\t<text>",
               the time at which the line was completed (its "\n" written; a final
               line without "\n" takes the time of its last write).  This is the
               format of `loopscope run --timestamps`.
  NAME.status  only if the exit status is non-zero: the status, then the last
               line of stderr.  Removed when the status is zero.

Usage (from the repository root):

  python3 Tests/Corpus/record/record.py                 # re-record lang/, asyncio/ and the three
                                                        # seed scenarios (into Tests/Corpus/scenarios)
  python3 Tests/Corpus/record/record.py Tests/Corpus/lang/042_slicing.py   # one file
  python3 Tests/Corpus/record/record.py Tests/Corpus/asyncio                # one directory
  python3 Tests/Corpus/record/record.py Scenarios/x.py --into Tests/Corpus/scenarios
  python3 Tests/Corpus/record/record.py --check [paths]  # re-run, compare with the stored
                                                        # files, write nothing (exit 1 on a difference)
  python3 Tests/Corpus/record/record.py --check --hashseed 7   # same, other str-hash seed
  python3 Tests/Corpus/record/record.py --real 0.05 [paths]    # real clock, every sleep scaled by
                                                        # 0.05; compares ordering and times
                                                        # (tolerance --tolerance, default 0.15 s)

The virtual clock (child process, installed before the program runs):

  * virtual time is an integer count of nanoseconds, starting at 0; code costs nothing;
  * time.sleep(s) adds round(s * 1e9) ns to the clock at once (the whole thread is
    held: nothing else runs meanwhile); negative s raises ValueError as CPython does;
  * time.monotonic() == time.perf_counter() == ns / 1e9;
    time.time() == 1_700_000_000.0 + ns / 1e9; the *_ns variants are the integers;
  * dates: the wallclock.c shim (LD_PRELOAD, built with cc) makes C code's wall clock
    read 1_700_000_000 s + ns too (datetime.now(), time.localtime(), ...); TZ=UTC;
  * asyncio: every new loop (asyncio.run, new_event_loop, get_event_loop) is a
    SelectorEventLoop whose time() is time.monotonic() above, whose selector, when
    the loop would block with a timeout, first polls the real fds (self-pipe) and
    then sets the clock to the deadline of the earliest timer, rounded to the ns
    (never backwards), and returns no events.  Blocking with no timer and no helper
    thread alive is a deadlock: the recorder reports it instead of hanging.
  * timers with equal deadlines fire in creation order (deadline, sequence): with a
    real clock two timers created one after another never have equal deadlines, so
    FIFO is what a real run shows.  (CPython's own heap is not FIFO on exact ties.)
  * run_in_executor(None, ...) / asyncio.to_thread: the default executor is replaced
    by a deterministic one.  The function runs to completion when submitted, with a
    private worker clock: time.sleep inside it advances only that worker's time
    (time.time()/monotonic() inside it include the worker's offset); its result is
    delivered through the real concurrent.futures.Future -> call_soon_threadsafe
    path by a timer at submit time + the worker's elapsed time.  Any number of
    workers run in parallel.  Prints inside worker functions would appear at submit
    time, which a real thread does not guarantee: corpus programs must not do that.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

EPOCH = 1_700_000_000
HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
REPO = CORPUS.parent.parent
# the scenarios recorded by default (plain Python and asyncio only: gevent's hub has
# its own clock, which this recorder does not virtualize)
SEED_SCENARIOS = ["sync_subroutines", "sequential_tasks", "asyncio_gather"]


# ----------------------------------------------------------------------------------
# child side: runs inside the python3 process that executes the program
# ----------------------------------------------------------------------------------

class _ClockType(type):
    """Mirrors every change of _Clock.ns into the wallclock.c shim (see _install_virtual_dates)."""
    @property
    def ns(cls):
        return cls._ns

    @ns.setter
    def ns(cls, value):
        cls._ns = value
        if cls.wall_cell is not None:
            cls.wall_cell.value = value


class _Clock(metaclass=_ClockType):
    _ns = 0         # virtual time of the main thread (the loop): _Clock.ns
    wall_cell = None  # ctypes view of wallclock.c's wallclock_ns, when the shim is loaded
    worker = None   # [offset_ns] while a deterministic executor job runs
    real = None     # scale factor in --real mode
    ties = []       # equal deadlines of timers created at different virtual times


def _now_ns():
    if _Clock.worker is not None:
        return _Clock.ns + _Clock.worker[0]
    return _Clock.ns


def _install_virtual_time():
    import time

    def sleep(secs):
        secs = float(secs) if not isinstance(secs, (int, float)) else secs
        if secs < 0:
            raise ValueError("sleep length must be non-negative")
        d = round(secs * 1e9)
        if _Clock.worker is not None:
            _Clock.worker[0] += d
        else:
            _Clock.ns += d

    def monotonic():
        return _now_ns() / 1e9

    def monotonic_ns():
        return _now_ns()

    def wall():
        return EPOCH + _now_ns() / 1e9

    def wall_ns():
        return EPOCH * 1_000_000_000 + _now_ns()

    time.sleep = sleep
    time.monotonic = monotonic
    time.perf_counter = monotonic
    time.monotonic_ns = monotonic_ns
    time.perf_counter_ns = monotonic_ns
    time.time = wall
    time.time_ns = wall_ns
    if 'logging' in sys.modules:
        # imported by the recorder itself (concurrent.futures), before the virtual clock:
        # restart relativeCreated's origin on the virtual clock, as a program's import would
        sys.modules['logging']._startTime = time.time()
    _install_virtual_dates(time, wall)


def _install_virtual_dates(time, wall):
    """Dates on the virtual clock: the wallclock.c shim (LD_PRELOAD) makes the C-level
    wall clock read `wallclock_ns`, which _Clock keeps equal to the virtual time, so
    datetime.now(), time.localtime() ... see the same instant as time.time(). The child
    runs with TZ=UTC."""
    import ctypes
    try:
        cell = ctypes.c_int64.in_dll(ctypes.CDLL(None), "wallclock_ns")
    except (OSError, ValueError):
        return  # no shim (e.g. no C compiler): programs must not read dates
    _Clock.wall_cell = cell
    cell.value = _Clock.ns


def _install_real_time(scale):
    import time
    real_sleep = time.sleep
    real_mono = time.monotonic
    t0 = [real_mono()]
    _Clock.real = scale
    _Clock.reset = lambda: t0.__setitem__(0, real_mono())

    def sleep(secs):
        if secs < 0:
            raise ValueError("sleep length must be non-negative")
        real_sleep(secs * scale)

    def monotonic():
        return (real_mono() - t0[0]) / scale

    def ns():
        return round(monotonic() * 1e9)

    import threading
    cond_wait = threading.Condition.wait

    def wait(self, timeout=None):  # Event.wait and futures' result(timeout) wait here
        return cond_wait(self, None if timeout is None else timeout * scale)

    threading.Condition.wait = wait
    global _now_ns
    _now_ns = ns
    time.sleep = sleep
    time.monotonic = monotonic
    time.perf_counter = monotonic
    time.monotonic_ns = ns
    time.perf_counter_ns = ns
    time.time = lambda: EPOCH + monotonic()
    time.time_ns = lambda: EPOCH * 1_000_000_000 + ns()


class VirtualDeadlock(BaseException):
    pass


def _install_asyncio(real_scale=None):
    import asyncio
    import concurrent.futures
    import heapq
    import itertools
    import selectors
    import threading
    import weakref
    from asyncio import events

    base_selector = selectors.DefaultSelector
    seq = itertools.count()

    def _describe(h):
        cb = h._callback
        name = getattr(cb, '__qualname__', None) or type(cb).__name__
        return name

    class SeqTimerHandle(events.TimerHandle):
        __slots__ = ('_seq', '_created_ns')

        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._seq = next(seq)

        def __lt__(self, other):
            if self._when != other._when:
                return self._when < other._when
            return self._seq < getattr(other, '_seq', -1)

    if real_scale is not None:
        class RealSelector(base_selector):
            def select(self, timeout=None):
                if timeout is not None and timeout > 0:
                    timeout = timeout * real_scale
                return super().select(timeout)

        class RealLoop(asyncio.SelectorEventLoop):
            def __init__(self):
                super().__init__(RealSelector())

        class RealPolicy(asyncio.DefaultEventLoopPolicy):
            _loop_factory = RealLoop

        asyncio.set_event_loop_policy(RealPolicy())
        return

    class VirtualSelector(base_selector):
        _loop_ref = None

        def select(self, timeout=None):
            while True:
                events_ = super().select(0)
                if events_ or (timeout is not None and timeout <= 0):
                    return events_
                if threading.active_count() > 1:
                    # a helper thread (e.g. shutdown_default_executor) is running:
                    # wait for it in real time, the virtual clock stands still
                    events_ = super().select(0.002)
                    if events_:
                        return events_
                    continue
                break
            loop = self._loop_ref() if self._loop_ref else None
            if timeout is None or loop is None or not loop._scheduled:
                raise VirtualDeadlock("event loop would block forever (no timer, no thread)")
            when = loop._scheduled[0]._when
            target = round(when * 1e9)
            while target / 1e9 + 1e-9 <= when:
                target += 1
            if target > _Clock.ns:
                _Clock.ns = target
            return []

    class VirtualExecutor(concurrent.futures.Executor):
        def __init__(self, loop):
            self._loop = loop

        def submit(self, fn, /, *args, **kwargs):
            cf = concurrent.futures.Future()
            cf.set_running_or_notify_cancel()
            saved = _Clock.worker
            _Clock.worker = [saved[0] if saved else 0]
            result = exc = None
            try:
                result = fn(*args, **kwargs)
            except BaseException as e:  # delivered to the awaiting side
                exc = e
            finally:
                elapsed = _Clock.worker[0]
                _Clock.worker = saved

            def finish():
                if exc is not None:
                    cf.set_exception(exc)
                else:
                    cf.set_result(result)

            self._loop.call_at((_Clock.ns + elapsed) / 1e9, finish)
            return cf

        def shutdown(self, wait=True, *, cancel_futures=False):
            pass

    class VirtualLoop(asyncio.SelectorEventLoop):
        def __init__(self):
            sel = VirtualSelector()
            super().__init__(sel)
            sel._loop_ref = weakref.ref(self)

        def call_at(self, when, callback, *args, context=None):
            if when is None:
                raise TypeError("when cannot be None")
            self._check_closed()
            if self._debug:
                self._check_thread()
                self._check_callback(callback, 'call_at')
            timer = SeqTimerHandle(when, callback, args, self, context)
            timer._created_ns = _Clock.ns
            for other in self._scheduled:
                if (other._when == when and not other._cancelled
                        and getattr(other, '_created_ns', None) != _Clock.ns):
                    _Clock.ties.append(
                        f"t={_Clock.ns / 1e9:g}: timer due {when:g} ties one created at "
                        f"t={other._created_ns / 1e9:g} ({_describe(other)} / {_describe(timer)})")
                    break
            if timer._source_traceback:
                del timer._source_traceback[-1]
            heapq.heappush(self._scheduled, timer)
            timer._scheduled = True
            return timer

        def run_in_executor(self, executor, func, *args):
            if executor is None and self._default_executor is None:
                self._check_closed()
                self._check_default_executor()
                self._default_executor = VirtualExecutor(self)
            return super().run_in_executor(executor, func, *args)

    class VirtualPolicy(asyncio.DefaultEventLoopPolicy):
        _loop_factory = VirtualLoop

    asyncio.set_event_loop_policy(VirtualPolicy())


def _install_stdout_recorder(times_path):
    import atexit
    import io

    class RecordingStdout(io.TextIOBase):
        def __init__(self, inner):
            self._inner = inner
            self.events = []

        def write(self, s):
            if not isinstance(s, str):
                raise TypeError(f"write() argument must be str, not {type(s).__name__}")
            self.events.append((_now_ns(), s))
            return self._inner.write(s)

        def flush(self):
            return self._inner.flush()

        def writable(self):
            return True

        def isatty(self):
            return False

        def fileno(self):
            return self._inner.fileno()

        @property
        def encoding(self):
            return self._inner.encoding

        @property
        def errors(self):
            return self._inner.errors

        @property
        def buffer(self):
            return self._inner.buffer

    rec = RecordingStdout(sys.stdout)
    sys.stdout = rec

    def dump():
        try:
            rec.flush()
        except Exception:
            pass
        with open(times_path, 'w', encoding='utf-8') as f:
            json.dump({"events": rec.events, "ties": _Clock.ties}, f, ensure_ascii=False)

    atexit.register(dump)


def child_main(prog, times_path, real_scale):
    import runpy
    if real_scale is None:
        _install_virtual_time()
    else:
        _install_real_time(real_scale)
    _install_asyncio(real_scale)
    _install_stdout_recorder(times_path)
    prog = os.path.abspath(prog)
    sys.argv = [prog]
    sys.path[0] = os.path.dirname(prog)
    if real_scale is not None:
        import concurrent.futures.thread  # imported lazily by the program: not on its clock
        _Clock.reset()
    try:
        runpy.run_path(prog, run_name="__main__")
    except VirtualDeadlock as e:
        sys.stderr.write(f"record.py: VIRTUAL DEADLOCK: {e}\n")
        sys.stdout.flush()
        sys.exit(97)


# ----------------------------------------------------------------------------------
# parent side
# ----------------------------------------------------------------------------------

def fmt_time(ns):
    ms = (ns + 500_000) // 1_000_000
    return f"{ms // 1000}.{ms % 1000:03d}"


def build_times(events, quantum_ns=None):
    if quantum_ns:
        events = [((ns + quantum_ns // 2) // quantum_ns * quantum_ns, s) for ns, s in events]
    lines = []
    cur = ""
    cur_ns = 0
    for ns, s in events:
        pieces = s.split("\n")
        for i, p in enumerate(pieces):
            cur += p
            if p:
                cur_ns = ns
            if i < len(pieces) - 1:
                lines.append(f"{fmt_time(ns)}\t{cur}\n")
                cur = ""
    if cur:
        lines.append(f"{fmt_time(cur_ns)}\t{cur}\n")
    return "".join(lines)


def build_wallclock_shim():
    """Compile wallclock.c once (cached in $TMPDIR/loopscope-wallclock/); None without cc."""
    import hashlib
    src = (HERE / "wallclock.c").read_bytes()
    d = Path(tempfile.gettempdir()) / "loopscope-wallclock"
    d.mkdir(exist_ok=True)
    so = d / f"wallclock-{hashlib.sha1(src).hexdigest()[:12]}.so"
    if not so.exists():
        tmp = so.with_suffix(f".{os.getpid()}.tmp")
        try:
            subprocess.run([os.environ.get("CC", "cc"), "-O2", "-shared", "-fPIC", "-o", str(tmp),
                            str(HERE / "wallclock.c"), "-ldl"], check=True)
        except (OSError, subprocess.CalledProcessError):
            return None
        os.replace(tmp, so)
    return str(so)


WALLCLOCK_SHIM = None


def child_env(hashseed):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    if WALLCLOCK_SHIM:
        env["LD_PRELOAD"] = WALLCLOCK_SHIM
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONHASHSEED"] = str(hashseed)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["LC_ALL"] = "C.UTF-8"
    env["TZ"] = "UTC"
    return env


# --threads: the virtual clock has one thread, so programs whose worker threads sleep side by
# side (concurrent.futures) are recorded on the real clock (sleeps take THREADS_SCALE of their
# length), their line stamps rounded to a quantum.
THREADS_SCALE = 4.0

# The program's absolute directory in its output (`__file__`, code locations in task reprs)
# is recorded as this placeholder; the corpus runner puts its own directory in its place.
PROGRAM_DIR = "<PROGRAM_DIR>"


def run_one(prog, hashseed=0, real_scale=None, timeout=120, quantum=None):
    """Run PROG in a child; return dict(out=bytes, times=str, status=str|None, error=str|None)."""
    with tempfile.TemporaryDirectory() as td:
        tpath = os.path.join(td, "times.json")
        cmd = [sys.executable, "-X", "utf8", os.path.abspath(__file__), "--child", os.path.abspath(prog), tpath]
        if real_scale is not None:
            cmd += ["--child-real", str(real_scale)]
        try:
            p = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True,
                               env=child_env(hashseed), timeout=timeout,
                               cwd=os.path.dirname(os.path.abspath(prog)))
        except subprocess.TimeoutExpired:
            return dict(error="timeout (real time)")
        d = os.path.dirname(os.path.abspath(prog))
        res = dict(out=p.stdout.replace(d.encode(), PROGRAM_DIR.encode()), status=None, error=None, stderr=p.stderr)
        err = p.stderr.decode("utf-8", "replace").replace(d, PROGRAM_DIR)
        if p.returncode == 97 and "VIRTUAL DEADLOCK" in err:
            res["error"] = "deadlock: the program would block forever"
            return res
        if not os.path.exists(tpath):
            res["error"] = f"no times recorded (status {p.returncode}): {err[-500:]}"
            return res
        with open(tpath, encoding="utf-8") as f:
            data = json.load(f)
        events = data["events"]
        res["ties"] = data["ties"]
        events = [(t, s.replace(d, PROGRAM_DIR)) for t, s in events]
        text = "".join(s for _, s in events)
        if text.encode("utf-8") != res["out"]:
            res["error"] = "recorded writes differ from stdout (output after exit, or via sys.__stdout__?)"
            return res
        res["times"] = build_times(events, round(quantum * 1e9) if quantum else None)
        if p.returncode != 0:
            lines = [l for l in err.splitlines() if l.strip()]
            last = lines[-1] if lines else ""
            if last.startswith("ModuleNotFoundError"):
                res["error"] = f"environment: {last}"
                return res
            res["status"] = f"{p.returncode}\n{last}\n"
        return res


def threads_quantum(prog):
    """The QUANTUM of a program whose first line says `# recorded with: record.py --threads QUANTUM`."""
    with open(prog, encoding="utf-8") as f:
        m = re.search(r"record\.py --threads ([0-9.]+)", f.readline())
    return float(m.group(1)) if m else None


def targets_of(paths):
    out = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out += sorted(q for q in p.glob("*.py"))
        elif p.suffix == ".py":
            out.append(p)
        else:
            raise SystemExit(f"not a .py file or directory: {p}")
    return out


def outputs_for(prog, into):
    d = Path(into) if into else prog.parent
    stem = d / prog.stem
    return stem.with_suffix(".out"), stem.with_suffix(".times"), stem.with_suffix(".status")


def mask_numbers(s):
    return re.sub(r"\d+\.\d+(e-?\d+)?", "<num>", s)


def compare_real(prog, res, into, tol):
    """Compare a real-clock run with the stored virtual recording."""
    outp, timesp, statusp = outputs_for(prog, into)
    if not timesp.exists():
        return [f"no stored recording {timesp}"]
    want = timesp.read_text(encoding="utf-8").splitlines()
    got = res["times"].splitlines()
    problems = []
    if len(want) != len(got):
        problems.append(f"line count {len(got)} != {len(want)}")
    for i, (w, g) in enumerate(zip(want, got)):
        wt, _, wx = w.partition("\t")
        gt, _, gx = g.partition("\t")
        if wx != gx and mask_numbers(wx) != mask_numbers(gx):
            problems.append(f"line {i+1}: text {gx!r} != {wx!r}")
        elif abs(float(wt) - float(gt)) > tol:
            problems.append(f"line {i+1}: time {gt} != {wt}")
    return problems


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        real = None
        if len(sys.argv) > 5 and sys.argv[4] == "--child-real":
            real = float(sys.argv[5])
        prog, tpath = sys.argv[2], sys.argv[3]
        del sys.argv[1:]
        child_main(prog, tpath, real)
        return

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help=".py files or directories")
    ap.add_argument("--into", help="write the recordings into this directory")
    ap.add_argument("--check", action="store_true", help="compare with stored files, write nothing")
    ap.add_argument("--hashseed", type=int, default=0, help="PYTHONHASHSEED for the child (default 0)")
    ap.add_argument("--real", type=float, metavar="SCALE",
                    help="real-clock verification: sleeps scaled by SCALE, compare with stored files")
    ap.add_argument("--threads", type=float, metavar="QUANTUM",
                    help="record (or --check) programs with worker threads on the real clock (sleeps "
                         f"scaled by {THREADS_SCALE}), stamping each line at the nearest multiple of "
                         "QUANTUM virtual seconds; their output must not print measured times")
    ap.add_argument("--tolerance", type=float, default=0.15, help="--real: allowed time error (virtual s)")
    ap.add_argument("--ties", action="store_true",
                    help="report timers whose deadlines tie although created at different virtual "
                         "times (their order in a real run is a race)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    global WALLCLOCK_SHIM
    if args.real is None:
        WALLCLOCK_SHIM = build_wallclock_shim()

    if args.paths:
        jobs = [(p, args.into) for p in targets_of(args.paths)]
    else:
        jobs = [(p, None) for p in targets_of([CORPUS / "lang", CORPUS / "asyncio"])]
        jobs += [(REPO / "Scenarios" / f"{n}.py", str(CORPUS / "scenarios")) for n in SEED_SCENARIOS]
    if not jobs:
        raise SystemExit("nothing to do")

    def work(job):
        prog, into = job
        quantum = args.threads if args.threads is not None else threads_quantum(prog)
        if quantum is not None:
            res = run_one(prog, hashseed=args.hashseed, real_scale=THREADS_SCALE, quantum=quantum)
        else:
            res = run_one(prog, hashseed=args.hashseed, real_scale=args.real)
        return prog, into, res

    failures = 0
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for prog, into, res in pool.map(work, jobs):
            name = os.path.relpath(prog)
            if res.get("error"):
                failures += 1
                print(f"ERROR {name}: {res['error']}")
                continue
            if args.ties and res.get("ties"):
                print(f"TIES  {name}:")
                for t in res["ties"][:6]:
                    print(f"        {t}")
            outp, timesp, statusp = outputs_for(prog, into)
            if args.real is not None:
                problems = compare_real(prog, res, into, args.tolerance)
                if problems:
                    failures += 1
                    print(f"DIFF  {name}: " + "; ".join(problems[:4]))
                continue
            if args.check:
                diffs = []
                if not outp.exists() or outp.read_bytes() != res["out"]:
                    diffs.append(".out")
                if not timesp.exists() or timesp.read_text(encoding="utf-8") != res["times"]:
                    diffs.append(".times")
                have_status = statusp.read_text(encoding="utf-8") if statusp.exists() else None
                if have_status != res["status"]:
                    diffs.append(".status")
                if diffs:
                    failures += 1
                    print(f"DIFF  {name}: {' '.join(diffs)}")
                continue
            outp.parent.mkdir(parents=True, exist_ok=True)
            outp.write_bytes(res["out"])
            timesp.write_text(res["times"], encoding="utf-8")
            if res["status"] is not None:
                statusp.write_text(res["status"], encoding="utf-8")
            elif statusp.exists():
                statusp.unlink()
    verb = "verified (real clock)" if args.real is not None else ("checked" if args.check else "recorded")
    print(f"{len(jobs) - failures}/{len(jobs)} {verb}" + (f", {failures} failed" if failures else ""))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
