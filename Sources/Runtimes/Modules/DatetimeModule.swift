/// `datetime`: `timedelta` only (durations for timeouts); wall-clock dates are refused
/// because they would make runs differ.
enum DatetimeModule {
    static let source = #"""
class timedelta:
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds
        us = round(total * 1000000 + milliseconds * 1000 + microseconds)
        self._us = us
        d, rem = divmod(us, 86400 * 1000000)
        s, micro = divmod(rem, 1000000)
        self.days = d
        self.seconds = s
        self.microseconds = micro

    def total_seconds(self):
        return self._us / 10**6

    def __repr__(self):
        parts = []
        if self.days:
            parts.append('days=%d' % self.days)
        if self.seconds:
            parts.append('seconds=%d' % self.seconds)
        if self.microseconds:
            parts.append('microseconds=%d' % self.microseconds)
        return 'datetime.timedelta(%s)' % ', '.join(parts) if parts else 'datetime.timedelta(0)'

    def __str__(self):
        mm, ss = divmod(self.seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self.days:
            s = ("%d day%s, " % (self.days, "s" if abs(self.days) != 1 else "")) + s
        if self.microseconds:
            s = s + ".%06d" % self.microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us + other._us)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us - other._us)
        return NotImplemented

    def __mul__(self, other):
        return timedelta(microseconds=self._us * other)

    __rmul__ = __mul__

    def __neg__(self):
        return timedelta(microseconds=-self._us)

    def __eq__(self, other):
        return isinstance(other, timedelta) and self._us == other._us

    def __lt__(self, other):
        return self._us < other._us

    def __le__(self, other):
        return self._us <= other._us

    def __gt__(self, other):
        return self._us > other._us

    def __ge__(self, other):
        return self._us >= other._us

    def __hash__(self):
        return hash(self._us)

    def __bool__(self):
        return self._us != 0


class datetime:
    @staticmethod
    def now(tz=None):
        raise ValueError("datetime.now() is not supported by loopscope (wall-clock dates are not deterministic)")
"""#
}
