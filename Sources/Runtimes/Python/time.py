"""time: the calendar half of CPython's time module (struct_time, gmtime, localtime,
mktime, asctime, ctime, strftime, strptime). The clock functions (time, sleep, monotonic, ...) are
native and added to this module after it loads. The time zone is UTC, as in the
recordings (TZ=UTC), so localtime() is gmtime()."""

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_MONTH_NAMES = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December')
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
           'tm_yday', 'tm_isdst')


class _NamedTuple:
    """A tuple with named fields (loopscope cannot subclass tuple): `_values` holds the
    items and `_fields` their names; the repr is `_type_name(name=value, ...)`."""

    def __getitem__(self, i):
        return self._values[i]

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        return self._values == (other._values if isinstance(other, _NamedTuple) else other)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._values)

    def __lt__(self, other):
        return self._values < tuple(other)

    def __le__(self, other):
        return self._values <= tuple(other)

    def __gt__(self, other):
        return self._values > tuple(other)

    def __ge__(self, other):
        return self._values >= tuple(other)

    def __repr__(self):
        return '%s(%s)' % (self._type_name, ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._fields, self._values)))


def _field(i):
    return property(lambda self: self._values[i])


class struct_time(_NamedTuple):
    """The 9 visible fields plus tm_zone and tm_gmtoff, like CPython's structseq."""
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _type_name = 'time.struct_time'
    _fields = _FIELDS

    def __init__(self, seq, zone='UTC', gmtoff=0):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % len(seq))
        if len(seq) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % len(seq))
        self._values = seq[:9]
        self.tm_zone = seq[9] if len(seq) > 9 else zone
        self.tm_gmtoff = seq[10] if len(seq) > 10 else gmtoff

    tm_year = _field(0)
    tm_mon = _field(1)
    tm_mday = _field(2)
    tm_hour = _field(3)
    tm_min = _field(4)
    tm_sec = _field(5)
    tm_wday = _field(6)
    tm_yday = _field(7)
    tm_isdst = _field(8)


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _days_before_month(y, m):
    return _DAYS_BEFORE_MONTH[m] + (1 if m > 2 and _is_leap(y) else 0)


_EPOCH_ORDINAL = 719163   # date(1970, 1, 1).toordinal()


def _civil_from_days(z):
    """(year, month, day) of day z counted from 1970-01-01 (Howard Hinnant's algorithm)."""
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


def _seconds(secs):
    if secs is None:
        return int(time() // 1)
    if isinstance(secs, bool) or not isinstance(secs, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    if secs != secs:
        raise ValueError('Invalid value NaN (not a number)')
    return int(secs // 1)


def gmtime(secs=None):
    s = _seconds(secs)
    days, rem = divmod(s, 86400)
    y, m, d = _civil_from_days(days)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    wday = (days + 3) % 7
    yday = _days_before_month(y, m) + d
    return struct_time((y, m, d, hh, mm, ss, wday, yday, 0), 'UTC', 0)


def localtime(secs=None):
    return gmtime(secs)


def _as_tuple(t, name):
    if isinstance(t, struct_time):
        return t._values
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('function takes exactly 9 arguments (%d given)' % len(t))
    return t


def mktime(t):
    y, m, d, hh, mm, ss = _as_tuple(t, 'mktime')[:6]
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    days = _days_before_year(y) + _days_before_month(y, m) + d - 1 - (_EPOCH_ORDINAL - 1)
    return float(days * 86400 + hh * 3600 + mm * 60 + ss)


def _checked(t, name):
    v = _as_tuple(t, name)
    if not 1 <= v[1] <= 12 and v[1] != 0:
        raise ValueError('month out of range')
    if not 0 <= v[2] <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= v[3] <= 23:
        raise ValueError('hour out of range')
    if not 0 <= v[4] <= 59:
        raise ValueError('minute out of range')
    if not 0 <= v[5] <= 61:
        raise ValueError('seconds out of range')
    if not 0 <= v[7] <= 366:
        raise ValueError('day of year out of range')
    return v


def asctime(t=None):
    v = localtime()._values if t is None else _checked(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[v[6] % 7], _MONTHS[max(v[1], 1) - 1], v[2],
                                           v[3], v[4], v[5], v[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def _hour12(h):
    return (h % 12) or 12


def _week_number(yday, wday, first):
    # yday is 0-based; first is the weekday (0=Sunday-based count) that starts a week
    return (yday + 7 - ((wday - first) % 7)) // 7


def _directive(c, v, zone):
    y, mo, d, hh, mi, ss, wd, yd = v[:8]
    if c == 'Y':
        return str(y)
    if c == 'm':
        return '%02d' % mo
    if c == 'd':
        return '%02d' % d
    if c == 'e':
        return '%2d' % d
    if c == 'H':
        return '%02d' % hh
    if c == 'I':
        return '%02d' % _hour12(hh)
    if c == 'M':
        return '%02d' % mi
    if c == 'S':
        return '%02d' % ss
    if c == 'p':
        return 'AM' if hh < 12 else 'PM'
    if c == 'a':
        return _DAYS[wd % 7]
    if c == 'A':
        return _DAY_NAMES[wd % 7]
    if c == 'b' or c == 'h':
        return _MONTHS[max(mo, 1) - 1]
    if c == 'B':
        return _MONTH_NAMES[max(mo, 1) - 1]
    if c == 'y':
        return '%02d' % (y % 100)
    if c == 'C':
        return '%02d' % (y // 100)
    if c == 'j':
        return '%03d' % max(yd, 1)
    if c == 'w':
        return str((wd + 1) % 7)
    if c == 'u':
        return str(wd + 1)
    if c == 'U':
        return '%02d' % _week_number(yd - 1, (wd + 1) % 7, 0)
    if c == 'W':
        return '%02d' % _week_number(yd - 1, wd, 0)
    if c == 'Z':
        return zone
    if c == 'z':
        return '+0000'
    if c == 'c':
        return asctime(v)
    if c == 'x':
        return '%02d/%02d/%02d' % (mo, d, y % 100)
    if c == 'X' or c == 'T':
        return '%02d:%02d:%02d' % (hh, mi, ss)
    if c == 'D':
        return '%02d/%02d/%02d' % (mo, d, y % 100)
    if c == 'F':
        return '%d-%02d-%02d' % (y, mo, d)
    if c == 'R':
        return '%02d:%02d' % (hh, mi)
    if c == 'r':
        return '%02d:%02d:%02d %s' % (_hour12(hh), mi, ss, 'AM' if hh < 12 else 'PM')
    if c == 'n':
        return '\n'
    if c == 't':
        return '\t'
    if c == '%':
        return '%'
    return None


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    if t is None:
        t = localtime()
    zone = t.tm_zone if isinstance(t, struct_time) else 'UTC'
    v = _checked(t, 'strftime')
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        text = _directive(format[i + 1], v, zone)
        if text is None:
            out.append(format[i:i + 2])
        else:
            out.append(text)
        i += 2
    return ''.join(out)


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    import _strptime
    return _strptime._strptime_time(string, format)
