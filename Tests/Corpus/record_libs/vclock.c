/*
 * vclock.c - LD_PRELOAD shim giving a process a deterministic virtual clock.
 *
 * Used by record_libs.py to record the gevent and tornado corpora with the
 * REAL libraries (gevent's libev hub, tornado on the stock asyncio loop):
 *
 *  - every clock read (clock_gettime, gettimeofday, time) returns the virtual
 *    clock and then advances it by VCLOCK_TICK_NS (1 ns): code is (almost)
 *    free, but time is strictly increasing, as on a real machine, so timers
 *    with the same virtual deadline keep their creation order (FIFO);
 *  - a wait with a timeout (epoll_wait, epoll_pwait, poll, ppoll, select,
 *    pselect) first polls with timeout 0; if something is ready it returns it,
 *    otherwise it advances the virtual clock by the full timeout and returns 0
 *    ("timed out") at once;
 *  - sleeps (clock_nanosleep, nanosleep, usleep, sleep) advance the clock;
 *  - an infinite wait with nothing ready waits for real up to 20 s (threads),
 *    then aborts with exit status 97 (the program would hang forever).
 *
 * Jitter (race finder): with VCLOCK_JITTER_US=J and VCLOCK_SEED=S in the
 * environment, every timed wait and sleep that advances the clock oversleeps
 * by a pseudo-random 0..J microseconds, like a real machine waking late.
 * record_libs.py --jitter uses it to find programs whose output depends on
 * such lateness (they would not print a stable order under CPython).
 *
 * CLOCK_MONOTONIC* / BOOTTIME read MONO_BASE + v, CLOCK_REALTIME* read
 * EPOCH + v, where v is the virtual nanoseconds since process start.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#define EPOCH_NS   (1700000000LL * 1000000000LL)
#define MONO_BASE  (1000LL * 1000000000LL)
#define TICK_NS    1LL
#define INF_WAIT_MS 20000

static int64_t v_ns = 0;   /* single-threaded use; threads are out of scope */

static int64_t jitter_ns = -1;   /* -1: not read from the environment yet */
static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;

static int64_t lateness(void) {
    if (jitter_ns < 0) {
        const char *j = getenv("VCLOCK_JITTER_US"), *s = getenv("VCLOCK_SEED");
        jitter_ns = j ? atoll(j) * 1000LL : 0;
        if (s) rng_state ^= (uint64_t)atoll(s) * 0xD1B54A32D192ED03ULL;
    }
    if (jitter_ns == 0) return 0;
    rng_state ^= rng_state << 13; rng_state ^= rng_state >> 7; rng_state ^= rng_state << 17;
    return (int64_t)(rng_state % (uint64_t)(jitter_ns + 1));
}

static int64_t now_tick(void) { v_ns += TICK_NS; return v_ns; }
static void advance(int64_t ns) { if (ns > 0) v_ns += ns + lateness(); }

static void *real(const char *name) {
    void *p = dlsym(RTLD_NEXT, name);
    if (!p) { fprintf(stderr, "vclock: no real %s\n", name); _exit(96); }
    return p;
}

static int is_mono(clockid_t c) {
    return c == CLOCK_MONOTONIC || c == CLOCK_MONOTONIC_RAW ||
           c == CLOCK_MONOTONIC_COARSE || c == CLOCK_BOOTTIME;
}
static int is_real(clockid_t c) {
    return c == CLOCK_REALTIME || c == CLOCK_REALTIME_COARSE || c == CLOCK_TAI;
}

static void to_ts(int64_t ns, struct timespec *ts) {
    ts->tv_sec = ns / 1000000000LL; ts->tv_nsec = ns % 1000000000LL;
}
static int64_t from_ts(const struct timespec *ts) {
    return (int64_t)ts->tv_sec * 1000000000LL + ts->tv_nsec;
}

int clock_gettime(clockid_t c, struct timespec *ts) {
    if (is_mono(c)) { to_ts(MONO_BASE + now_tick(), ts); return 0; }
    if (is_real(c)) { to_ts(EPOCH_NS + now_tick(), ts); return 0; }
    static int (*r)(clockid_t, struct timespec *);
    if (!r) r = real("clock_gettime");
    return r(c, ts);
}

int __clock_gettime(clockid_t c, struct timespec *ts) { return clock_gettime(c, ts); }

int gettimeofday(struct timeval *tv, void *tz) {
    (void)tz;
    if (tv) { int64_t ns = EPOCH_NS + now_tick(); tv->tv_sec = ns / 1000000000LL; tv->tv_usec = (ns % 1000000000LL) / 1000; }
    return 0;
}

time_t time(time_t *t) {
    time_t s = (time_t)((EPOCH_NS + now_tick()) / 1000000000LL);
    if (t) *t = s;
    return s;
}

long syscall(long n, ...) {
    va_list ap; va_start(ap, n);
    long a1 = va_arg(ap, long), a2 = va_arg(ap, long), a3 = va_arg(ap, long);
    long a4 = va_arg(ap, long), a5 = va_arg(ap, long), a6 = va_arg(ap, long);
    va_end(ap);
    if (n == SYS_clock_gettime) return clock_gettime((clockid_t)a1, (struct timespec *)a2);
    static long (*r)(long, ...);
    if (!r) r = real("syscall");
    return r(n, a1, a2, a3, a4, a5, a6);
}

static void forever(const char *who) {
    fprintf(stderr, "vclock: %s would block forever with nothing ready (deadlock)\n", who);
    fflush(stderr);
    _exit(97);
}

int epoll_wait(int fd, struct epoll_event *ev, int max, int timeout) {
    static int (*r)(int, struct epoll_event *, int, int);
    if (!r) r = real("epoll_wait");
    int n = r(fd, ev, max, 0);
    if (n != 0 || timeout == 0) return n;
    if (timeout < 0) {
        n = r(fd, ev, max, INF_WAIT_MS);
        if (n == 0) forever("epoll_wait");
        return n;
    }
    advance((int64_t)timeout * 1000000LL);
    return 0;
}

int epoll_pwait(int fd, struct epoll_event *ev, int max, int timeout, const sigset_t *ss) {
    static int (*r)(int, struct epoll_event *, int, int, const sigset_t *);
    if (!r) r = real("epoll_pwait");
    int n = r(fd, ev, max, 0, ss);
    if (n != 0 || timeout == 0) return n;
    if (timeout < 0) {
        n = r(fd, ev, max, INF_WAIT_MS, ss);
        if (n == 0) forever("epoll_pwait");
        return n;
    }
    advance((int64_t)timeout * 1000000LL);
    return 0;
}

int poll(struct pollfd *fds, nfds_t nfds, int timeout) {
    static int (*r)(struct pollfd *, nfds_t, int);
    if (!r) r = real("poll");
    int n = r(fds, nfds, 0);
    if (n != 0 || timeout == 0) return n;
    if (timeout < 0) {
        n = r(fds, nfds, INF_WAIT_MS);
        if (n == 0) forever("poll");
        return n;
    }
    advance((int64_t)timeout * 1000000LL);
    return 0;
}

int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *tmo, const sigset_t *ss) {
    static int (*r)(struct pollfd *, nfds_t, const struct timespec *, const sigset_t *);
    if (!r) r = real("ppoll");
    struct timespec zero = {0, 0};
    int n = r(fds, nfds, &zero, ss);
    if (n != 0) return n;
    if (!tmo) {
        struct timespec inf = {INF_WAIT_MS / 1000, 0};
        n = r(fds, nfds, &inf, ss);
        if (n == 0) forever("ppoll");
        return n;
    }
    advance(from_ts(tmo));
    return 0;
}

int select(int nfds, fd_set *rd, fd_set *wr, fd_set *ex, struct timeval *tv) {
    static int (*r)(int, fd_set *, fd_set *, fd_set *, struct timeval *);
    if (!r) r = real("select");
    fd_set r0, w0, e0;
    if (rd) r0 = *rd;
    if (wr) w0 = *wr;
    if (ex) e0 = *ex;
    struct timeval zero = {0, 0};
    int n = r(nfds, rd, wr, ex, &zero);
    if (n != 0) return n;
    if (!tv) {
        if (rd) *rd = r0;
        if (wr) *wr = w0;
        if (ex) *ex = e0;
        struct timeval inf = {INF_WAIT_MS / 1000, 0};
        n = r(nfds, rd, wr, ex, &inf);
        if (n == 0) forever("select");
        return n;
    }
    advance((int64_t)tv->tv_sec * 1000000000LL + (int64_t)tv->tv_usec * 1000LL);
    tv->tv_sec = 0; tv->tv_usec = 0;
    return 0;
}

int pselect(int nfds, fd_set *rd, fd_set *wr, fd_set *ex, const struct timespec *ts, const sigset_t *ss) {
    (void)ss;
    struct timeval tv, *ptv = NULL;
    if (ts) { tv.tv_sec = ts->tv_sec; tv.tv_usec = ts->tv_nsec / 1000; ptv = &tv; }
    return select(nfds, rd, wr, ex, ptv);
}

int clock_nanosleep(clockid_t c, int flags, const struct timespec *req, struct timespec *rem) {
    if (flags & TIMER_ABSTIME) {
        int64_t target = from_ts(req) - (is_real(c) ? EPOCH_NS : MONO_BASE);
        if (target > v_ns) v_ns = target + lateness();
    } else {
        advance(from_ts(req));
    }
    if (rem) { rem->tv_sec = 0; rem->tv_nsec = 0; }
    return 0;
}

int nanosleep(const struct timespec *req, struct timespec *rem) {
    advance(from_ts(req));
    if (rem) { rem->tv_sec = 0; rem->tv_nsec = 0; }
    return 0;
}

int usleep(useconds_t us) { advance((int64_t)us * 1000LL); return 0; }
unsigned int sleep(unsigned int s) { advance((int64_t)s * 1000000000LL); return 0; }

/* libev arms a CANCEL_ON_SET timerfd at an absolute wall-clock time to detect
 * clock jumps; on the virtual clock that time is in the real past and would
 * fire forever, so such arming is ignored. */
int timerfd_settime(int fd, int flags, const struct itimerspec *nv, struct itimerspec *ov) {
    if (flags & TFD_TIMER_CANCEL_ON_SET) { if (ov) memset(ov, 0, sizeof *ov); return 0; }
    static int (*r)(int, int, const struct itimerspec *, struct itimerspec *);
    if (!r) r = real("timerfd_settime");
    return r(fd, flags, nv, ov);
}
