#!/usr/bin/env python3
"""Record (or check) the gevent / tornado corpora with the real libraries.

See Tests/Corpus/README_libs.md.  Quick reference:

    python3 Tests/Corpus/record_libs/record_libs.py                 # record everything
    python3 Tests/Corpus/record_libs/record_libs.py Tests/Corpus/gevent/023_pool_spawn_blocks.py
    python3 Tests/Corpus/record_libs/record_libs.py --check         # re-run twice, diff with stored files
    python3 Tests/Corpus/record_libs/record_libs.py --jitter 20     # virtual runs with random lateness
    python3 Tests/Corpus/record_libs/record_libs.py --real 3        # 3 real-clock runs, compare order/times

The interpreter is --python, else $LOOPSCOPE_LIBS_PYTHON, else this python3.
It must be CPython 3.11 with gevent 26.9.0 (greenlet 3.5.6) and tornado 6.6.1.
"""
import argparse
import concurrent.futures as cf
import hashlib
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(CORPUS))
RUNNER = os.path.join(HERE, "runner.py")
SHIM_SRC = os.path.join(HERE, "vclock.c")
SCENARIOS = ["gevent_pool_30.py", "gevent_pool_5.py", "tornado_coroutines.py"]
# The program's absolute directory in its output (`__file__`, code locations in task reprs)
# is recorded as this placeholder; the corpus runner puts its own directory in its place.
PROGRAM_DIR = "<PROGRAM_DIR>"
EXPECTED = {"python": "3.11", "gevent": "26.9.0", "greenlet": "3.5.6", "tornado": "6.6.1"}


def build_shim():
    src = open(SHIM_SRC, "rb").read()
    tag = hashlib.sha1(src).hexdigest()[:12]
    d = os.path.join(tempfile.gettempdir(), "loopscope-vclock")
    os.makedirs(d, exist_ok=True)
    so = os.path.join(d, "vclock-%s.so" % tag)
    if not os.path.exists(so):
        cc = os.environ.get("CC", "cc")
        tmp = so + ".%d.tmp" % os.getpid()
        subprocess.run([cc, "-O2", "-shared", "-fPIC", "-o", tmp, SHIM_SRC, "-ldl"], check=True)
        os.replace(tmp, so)
    return so


def check_versions(python):
    code = ("import sys, gevent, greenlet, tornado;"
            "print('%d.%d' % sys.version_info[:2], gevent.__version__, greenlet.__version__, tornado.version)")
    got = subprocess.run([python, "-c", code], capture_output=True, text=True)
    if got.returncode != 0:
        sys.exit("record_libs: %s cannot import gevent/tornado:\n%s" % (python, got.stderr))
    have = dict(zip(["python", "gevent", "greenlet", "tornado"], got.stdout.split()))
    for k, v in EXPECTED.items():
        if have.get(k) != v:
            print("record_libs: WARNING: %s is %s, corpus was recorded with %s" % (k, have.get(k), v),
                  file=sys.stderr)


def targets(paths):
    """Yield (program, output stem) pairs."""
    if not paths:
        paths = [os.path.join(CORPUS, "gevent"), os.path.join(CORPUS, "tornado")] + \
                [os.path.join(ROOT, "Scenarios", s) for s in SCENARIOS]
    out = []
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            progs = sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(".py"))
        else:
            progs = [p]
        for prog in progs:
            base = os.path.basename(prog)[:-3]
            if os.path.dirname(prog) == os.path.join(ROOT, "Scenarios"):
                stem = os.path.join(CORPUS, "scenarios", base)
            else:
                stem = prog[:-3]
            out.append((prog, stem))
    return out


def run_one(python, shim, prog, real_unit=None, timeout=120, seed=None, jitter_us=0):
    """Return (stdout bytes, times text, returncode, stderr text)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1",
               LC_ALL="C.UTF-8", TZ="UTC")
    env.pop("LD_PRELOAD", None)
    if real_unit is None or seed is not None:
        env["LD_PRELOAD"] = shim
    if real_unit is not None:
        env.pop("PYTHONHASHSEED")  # real runs: random string hashing, as by default
    if seed is not None:
        env["PYTHONHASHSEED"] = str(seed)  # jitter runs: another hash seed each
        env["VCLOCK_SEED"] = str(seed)
        env["VCLOCK_JITTER_US"] = str(jitter_us)
    fd, tpath = tempfile.mkstemp(suffix=".times")
    os.close(fd)
    try:
        cmd = [python, RUNNER, prog, tpath]
        if real_unit is not None:
            cmd += ["--real", str(real_unit)]
        p = subprocess.run(cmd, capture_output=True, env=env, cwd=os.path.dirname(prog),
                           timeout=timeout, stdin=subprocess.DEVNULL)
        times = open(tpath, encoding="utf-8").read()
    finally:
        os.unlink(tpath)
    d = os.path.dirname(prog)
    return (p.stdout.replace(d.encode(), PROGRAM_DIR.encode()), times.replace(d, PROGRAM_DIR), p.returncode,
            p.stderr.decode("utf-8", "replace").replace(d, PROGRAM_DIR))


def status_text(rc, stderr):
    lines = [l for l in stderr.splitlines() if l.strip()]
    return "%d\n%s\n" % (rc, lines[-1] if lines else "")


def stored(stem):
    def rd(ext, binary=False):
        path = stem + ext
        if not os.path.exists(path):
            return None
        with open(path, "rb" if binary else "r", encoding=None if binary else "utf-8") as f:
            return f.read()
    return rd(".out", True), rd(".times"), rd(".status")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="programs or directories (default: the whole lib corpus)")
    ap.add_argument("--python", default=os.environ.get("LOOPSCOPE_LIBS_PYTHON", sys.executable))
    ap.add_argument("--check", action="store_true", help="virtual runs (twice) must equal the stored files")
    ap.add_argument("--real", type=int, metavar="N", default=0,
                    help="N real-clock runs each; stdout and times (rounded to --unit) must equal the stored files")
    ap.add_argument("--jitter", type=int, metavar="N", default=0,
                    help="N virtual runs with random wake-up lateness (seeds 1..N); like --real, but fast")
    ap.add_argument("--jitter-us", type=int, default=3000, help="max lateness per wake for --jitter (default 3000 us)")
    ap.add_argument("--tolerance", type=float, default=0.25,
                    help="--real: how late (s) a line may be written compared with its virtual time")
    ap.add_argument("--unit", type=float, default=0.1,
                    help="rounding unit of --real / --jitter runs (default 0.1 s)")
    ap.add_argument("-j", "--jobs", type=int, default=0)
    args = ap.parse_args()

    check_versions(args.python)
    shim = build_shim()
    todo = targets(args.paths)
    jobs = args.jobs or (os.cpu_count() or 2)
    if args.real and args.jitter:
        sys.exit("record_libs: --real and --jitter exclude each other")
    failures = []

    def work(item):
        prog, stem = item
        msgs = []
        if args.real or args.jitter:
            want_out, want_times, want_status = stored(stem)
            unit_steps = round(1 / args.unit)

            def rounded(text):
                return None if text is None else "".join(
                    "%.3f\t%s" % (round(float(l.split("\t", 1)[0]) * unit_steps) / unit_steps, l.split("\t", 1)[1])
                    for l in text.splitlines(keepends=True))
            want_times = rounded(want_times)
            for i in range(args.real or args.jitter):
                if args.real:
                    out, times, rc, err = run_one(args.python, shim, prog, real_unit=args.unit)
                    st = status_text(rc, err) if rc else None
                    problem = compare_real(want_out, stored(stem)[1], want_status, out, times, st, args.tolerance)
                else:
                    out, times, rc, err = run_one(args.python, shim, prog, real_unit=args.unit,
                                                  seed=i + 1, jitter_us=args.jitter_us)
                    times = rounded(times)
                    st = status_text(rc, err) if rc else None
                    problem = None
                    if out != want_out:
                        problem = "stdout:\n" + diff(want_out, out)
                    elif times != want_times:
                        problem = "times:\n" + diff(want_times, times)
                    elif st != want_status:
                        problem = "status: %r vs %r" % (want_status, st)
                if problem:
                    msgs.append("%s run %d differs from stored recording: %s"
                                % ("real" if args.real else "jitter (seed %d)" % (i + 1), i + 1, problem))
            return prog, msgs
        runs = [run_one(args.python, shim, prog) for _ in range(2)]
        (out, times, rc, err), second = runs
        if rc == 97 or "vclock:" in err:
            return prog, ["virtual clock problem: " + err.strip().splitlines()[-1]]
        if runs[0][:3] != second[:3] or (rc and status_text(rc, err) != status_text(second[2], second[3])):
            msgs.append("NOT DETERMINISTIC: two virtual runs differ")
        st = status_text(rc, err) if rc else None
        if args.check:
            want = stored(stem)
            if (out, times, st) != want:
                msgs.append("differs from stored recording")
                if out != want[0]:
                    msgs.append(diff(want[0], out))
                elif times != want[1]:
                    msgs.append(diff(want[1], times))
                else:
                    msgs.append("status: %r vs %r" % (want[2], st))
        else:
            os.makedirs(os.path.dirname(stem), exist_ok=True)
            with open(stem + ".out", "wb") as f:
                f.write(out)
            with open(stem + ".times", "w", encoding="utf-8") as f:
                f.write(times)
            if st:
                with open(stem + ".status", "w", encoding="utf-8") as f:
                    f.write(st)
            elif os.path.exists(stem + ".status"):
                os.unlink(stem + ".status")
        return prog, msgs

    with cf.ThreadPoolExecutor(jobs) as ex:
        for prog, msgs in ex.map(work, todo):
            rel = os.path.relpath(prog, ROOT)
            if msgs:
                failures.append(rel)
                print("FAIL", rel)
                for m in msgs:
                    print("   ", m)
            else:
                print("ok  ", rel)
    print("%d programs, %d failed" % (len(todo), len(failures)))
    sys.exit(1 if failures else 0)


NUMBER = re.compile(r"\d+\.\d+")


def compare_real(want_out, want_times, want_status, out, times, st, tolerance):
    """Real-clock runs: same lines in the same order once decimal numbers
    (printed timings) are masked, same status, and every line written no
    earlier than 20 ms before and no later than `tolerance` after its
    virtual time.  Returns a description of the first problem, or None."""
    mask = lambda b: NUMBER.sub("#", (b or b"").decode("utf-8", "replace"))
    if mask(want_out) != mask(out):
        return "order/text:\n" + diff(mask(want_out), mask(out))
    if st != want_status:
        return "status: %r vs %r" % (want_status, st)
    wt = [float(l.split("\t", 1)[0]) for l in (want_times or "").splitlines()]
    rt = [float(l.split("\t", 1)[0]) for l in times.splitlines()]
    for n, (w, r) in enumerate(zip(wt, rt)):
        if not (w - 0.02 <= r <= w + tolerance):
            return "line %d written at %.3f s, virtual time %.3f s" % (n + 1, r, w)
    return None


def diff(a, b):
    import difflib
    if isinstance(a, bytes) or a is None:
        a = (a or b"").decode("utf-8", "replace")
    if isinstance(b, bytes) or b is None:
        b = (b or b"").decode("utf-8", "replace")
    return "".join(difflib.unified_diff(a.splitlines(True), b.splitlines(True), "stored", "run", n=1))[:3000]


if __name__ == "__main__":
    main()
