/*
 * wallclock.c - LD_PRELOAD shim for record.py: the C-level wall clock reads the
 * recorder's virtual clock, so C code that asks the system for the date
 * (datetime.now(), date.today(), time.localtime() with no argument, ...) sees
 * 1_700_000_000 s + virtual time, as the Python-level time.time() does.
 *
 * The child binds `wallclock_ns` (ctypes) and keeps it equal to its virtual
 * nanoseconds; while it is negative (before the program starts) the real clock
 * is used. Only CLOCK_REALTIME*, gettimeofday and time are affected; monotonic
 * clocks stay real (record.py virtualises those in Python).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdint.h>
#include <sys/time.h>
#include <time.h>

#define EPOCH_NS (1700000000LL * 1000000000LL)

int64_t wallclock_ns = -1;

static int is_wall(clockid_t c) {
    return c == CLOCK_REALTIME || c == CLOCK_REALTIME_COARSE || c == CLOCK_TAI;
}

int clock_gettime(clockid_t c, struct timespec *ts) {
    static int (*real)(clockid_t, struct timespec *);
    if (wallclock_ns >= 0 && is_wall(c)) {
        int64_t ns = EPOCH_NS + wallclock_ns;
        ts->tv_sec = ns / 1000000000LL;
        ts->tv_nsec = ns % 1000000000LL;
        return 0;
    }
    if (!real) real = (int (*)(clockid_t, struct timespec *))dlsym(RTLD_NEXT, "clock_gettime");
    return real(c, ts);
}

int gettimeofday(struct timeval *tv, void *tz) {
    static int (*real)(struct timeval *, void *);
    if (wallclock_ns >= 0) {
        int64_t ns = EPOCH_NS + wallclock_ns;
        if (tv) { tv->tv_sec = ns / 1000000000LL; tv->tv_usec = (ns % 1000000000LL) / 1000; }
        return 0;
    }
    if (!real) real = (int (*)(struct timeval *, void *))dlsym(RTLD_NEXT, "gettimeofday");
    return real(tv, tz);
}

time_t time(time_t *t) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    if (t) *t = ts.tv_sec;
    return ts.tv_sec;
}
