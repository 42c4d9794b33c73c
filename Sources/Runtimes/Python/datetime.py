"""datetime: timedelta, date, time, datetime and fixed-offset timezones, following
CPython's pure-Python datetime. now()/today()/utcnow() read the virtual clock
(time.time()); the local time zone is UTC, as in the recordings."""

import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = (-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    return (_days_before_year(year) + _DAYS_BEFORE_MONTH[month]
            + (1 if month > 2 and _is_leap(year) else 0) + day)


def _ord2ymd(n):
    y, m, d = _time._civil_from_days(n - 719163)
    return y, m, d


def _check_int(name, value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return value


def _check_date_fields(year, month, day):
    _check_int('year', year)
    _check_int('month', month)
    _check_int('day', day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')


def _check_time_fields(hour, minute, second, microsecond):
    for v in (hour, minute, second, microsecond):
        _check_int('time', v)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')


def _cmp_error(op, a, b):
    raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                    % (op, _type_name(a), _type_name(b)))


def _type_name(obj):
    t = type(obj)
    return 'datetime.' + t.__name__ if t in (timedelta, date, time, datetime) else t.__name__


class _Ordered:
    """==, <, <=, >, >= through _pair(other, op): the two keys to compare, or None when
    `other` is not comparable (== then falls back to identity, ordering raises)."""

    def __eq__(self, other):
        pair = self._pair(other, '==')
        if pair is None:
            return NotImplemented
        return pair[0] == pair[1]

    def _ordered(self, other, op):
        pair = self._pair(other, op)
        if pair is None:
            _cmp_error(op, self, other)
        return pair

    def __lt__(self, other):
        a, b = self._ordered(other, '<')
        return a < b

    def __le__(self, other):
        a, b = self._ordered(other, '<=')
        return a <= b

    def __gt__(self, other):
        a, b = self._ordered(other, '>')
        return a > b

    def __ge__(self, other):
        a, b = self._ordered(other, '>=')
        return a >= b


def _format_offset(td, sep=':'):
    if td is None:
        return ''
    us = td._us
    sign = '+'
    if us < 0:
        sign = '-'
        us = -us
    hh, rem = divmod(us, 3600 * 10**6)
    mm, rem = divmod(rem, 60 * 10**6)
    ss, us = divmod(rem, 10**6)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or us:
        s += '%s%02d' % (sep, ss)
        if us:
            s += '.%06d' % us
    return s


def _strftime(fmt, timetuple, microsecond, tzinfo_obj, self_for_tz):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%' and i + 1 < n:
            d = fmt[i + 1]
            if d == 'f':
                out.append('%06d' % microsecond)
            elif d == 'z':
                off = tzinfo_obj.utcoffset(self_for_tz) if tzinfo_obj is not None else None
                out.append(_format_offset(off, ''))
            elif d == 'Z':
                out.append(tzinfo_obj.tzname(self_for_tz) if tzinfo_obj is not None else '')
            else:
                out.append(fmt[i:i + 2])
            i += 2
        else:
            out.append(c)
            i += 1
    return _time.strftime(''.join(out), timetuple)


class timedelta(_Ordered):
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        for v in (days, seconds, microseconds, milliseconds, minutes, hours, weeks):
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % ('days', type(v).__name__))
        total = (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds
        if isinstance(total, int) and isinstance(milliseconds, int) and isinstance(microseconds, int):
            us = total * 1000000 + milliseconds * 1000 + microseconds
        else:
            us = round(total * 1000000 + milliseconds * 1000 + microseconds)
        d, rem = divmod(us, 86400 * 1000000)
        if abs(d) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        s, micro = divmod(rem, 1000000)
        self._us = us
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

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us - other._us)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=other._us - self._us)
        return NotImplemented

    def __mul__(self, other):
        if isinstance(other, bool) or not isinstance(other, (int, float)):
            return NotImplemented
        if isinstance(other, int):
            return timedelta(microseconds=self._us * other)
        return timedelta(microseconds=round(self._us * other))

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us / other._us
        if isinstance(other, int):
            return timedelta(microseconds=round(self._us / other) if self._us % other else self._us // other)
        if isinstance(other, float):
            return timedelta(microseconds=round(self._us / other))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us // other._us
        if isinstance(other, int):
            return timedelta(microseconds=self._us // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us % other._us)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us, other._us)
            return q, timedelta(microseconds=r)
        return NotImplemented

    def __neg__(self):
        return timedelta(microseconds=-self._us)

    def __pos__(self):
        return self

    def __abs__(self):
        return timedelta(microseconds=abs(self._us))

    def _pair(self, other, op):
        return (self._us, other._us) if isinstance(other, timedelta) else None

    def __hash__(self):
        return hash(self._us)

    def __bool__(self):
        return self._us != 0


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')


class timezone(tzinfo):
    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('offset must be a timedelta')
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             'timedelta(hours=24), not %r.' % offset)
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % self._offset
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
UTC = timezone.utc


class date(_Ordered):
    def __init__(self, year, month, day):
        _check_date_fields(year, month, day)
        self._year = year
        self._month = month
        self._day = day

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(s) == 10 and s[4] == '-' and s[7] == '-' and (s[:4] + s[5:7] + s[8:]).isdigit():
            return cls(int(s[:4]), int(s[5:7]), int(s[8:]))
        if len(s) == 8 and s.isdigit():
            return cls(int(s[:4]), int(s[4:6]), int(s[6:]))
        raise ValueError('Invalid isoformat string: %r' % s)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1monday = _iso_week1_monday(year)
        today = self.toordinal()
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _iso_week1_monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return 'datetime.date(%d, %d, %d)' % (self._year, self._month, self._day)

    def ctime(self):
        return _time.asctime(self.timetuple())

    def strftime(self, fmt):
        return _strftime(fmt, self.timetuple(), 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def _key(self):
        return (self._year, self._month, self._day)

    def _pair(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key(), other._key()
        if isinstance(other, date) and op != '==':
            raise TypeError("can't compare datetime.datetime to datetime.date")
        return None

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= 3652059:
                return type(self).fromordinal(o)
            raise OverflowError('result out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


class IsoCalendarDate(_time._NamedTuple):
    """What date.isocalendar() returns: a (year, week, weekday) named tuple."""
    _type_name = 'datetime.IsoCalendarDate'
    _fields = ('year', 'week', 'weekday')
    year = _time._field(0)
    week = _time._field(1)
    weekday = _time._field(2)

    def __init__(self, year, week, weekday):
        self._values = (year, week, weekday)


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    firstweekday = (first + 6) % 7
    week1monday = first - firstweekday
    if firstweekday > 3:
        week1monday += 7
    return week1monday


def _time_repr(name, fields, tz):
    if fields[-1] == 0:
        fields = fields[:-1]
        if fields[-1] == 0:
            fields = fields[:-1]
    s = '%s(%s)' % (name, ', '.join(str(f) for f in fields))
    if tz is not None:
        s = s[:-1] + ', tzinfo=%r)' % tz
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


class _TimeOfDay:
    """hour, minute, second, microsecond and tzinfo, shared by time and datetime."""

    def _set_time(self, hour, minute, second, microsecond, tzinfo):
        _check_time_fields(hour, minute, second, microsecond)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

class time(_TimeOfDay, _Ordered):
    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        self._set_time(hour, minute, second, microsecond, tzinfo)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def isoformat(self, timespec='auto'):
        return (_format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return _time_repr('datetime.time', [self._hour, self._minute, self._second, self._microsecond],
                          self._tzinfo)

    def strftime(self, fmt):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(fmt, tt, self._microsecond, self._tzinfo, None)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True):
        return time(self._hour if hour is None else hour, self._minute if minute is None else minute,
                    self._second if second is None else second,
                    self._microsecond if microsecond is None else microsecond,
                    self._tzinfo if tzinfo is True else tzinfo)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _pair(self, other, op):
        return (self._key(), other._key()) if isinstance(other, time) else None

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)


class datetime(date, _TimeOfDay):
    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_date_fields(year, month, day)
        self._set_time(hour, minute, second, microsecond, tzinfo)
        if tzinfo is not None and not isinstance(tzinfo, tzinfo_type):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tzinfo).__name__)
        self._year = year
        self._month = month
        self._day = day

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        return cls._from_timestamp(t, tz, tz is None)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_timestamp(t, None, False)

    @classmethod
    def _from_timestamp(cls, t, tz, local):
        if isinstance(t, bool) or not isinstance(t, (int, float)):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
        whole = int(t // 1)
        us = round((t - whole) * 1000000)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        y, m, d, hh, mm, ss = _time.gmtime(whole)[:6]
        result = cls(y, m, d, hh, mm, ss, us)
        if tz is not None:
            result = (result + tz.utcoffset(result)).replace(tzinfo=tz)
        return result

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, d, t, tzinfo=True):
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond,
                   t.tzinfo if tzinfo is True else tzinfo)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            d = date.fromisoformat(s[:10])
            rest = s[11:]
            if len(s) > 10 and s[10] not in 'T ':
                raise ValueError
            tz = None
            for sign in '+-':
                if sign in rest:
                    rest, off = rest.split(sign)
                    parts = [int(p) for p in off.split(':')]
                    td = timedelta(hours=parts[0], minutes=parts[1] if len(parts) > 1 else 0)
                    tz = timezone(td if sign == '+' else -td)
            if rest.endswith('Z'):
                rest = rest[:-1]
                tz = timezone.utc
            hh = mm = ss = us = 0
            if rest:
                main, _, frac = rest.partition('.')
                fields = [int(p) for p in main.split(':')]
                hh = fields[0]
                mm = fields[1] if len(fields) > 1 else 0
                ss = fields[2] if len(fields) > 2 else 0
                if frac:
                    us = int((frac + '000000')[:6])
            return cls(d.year, d.month, d.day, hh, mm, ss, us, tz)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % s) from None

    @classmethod
    def strptime(cls, date_string, format):
        import _strptime
        y, m, d, hh, mm, ss, wday, julian, us, offset = _strptime._parse(date_string, format)
        tz = None if offset is None else timezone(timedelta(seconds=offset))
        return cls(y, m, d, hh, mm, ss, us, tz)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(),
                                  self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1))

    def _epoch_us(self):
        days = self.toordinal() - 719163
        us = ((days * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
              + self._microsecond)
        off = self.utcoffset()
        return us - off._us if off is not None else us

    def timestamp(self):
        return self._epoch_us() / 10**6

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        us = self._epoch_us()
        base = datetime(1970, 1, 1) + timedelta(microseconds=us)
        return (base + tz.utcoffset(base)).replace(tzinfo=tz)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo)

    def isoformat(self, sep='T', timespec='auto'):
        return ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
                + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        return _time_repr('datetime.datetime', [self._year, self._month, self._day, self._hour,
                                                self._minute, self._second, self._microsecond],
                          self._tzinfo)

    def ctime(self):
        return _time.asctime(self.timetuple())

    def strftime(self, fmt):
        return _strftime(fmt, self.timetuple(), self._microsecond, self._tzinfo, self)

    def _pair(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date) and op != '==':
                raise TypeError("can't compare datetime.datetime to datetime.date")
            return None
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            if op == '==':
                return 0, 1
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return self._epoch_us(), other._epoch_us()

    def __hash__(self):
        return hash(self._epoch_us())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
              * 1000000 + self._microsecond + other._us)
        days, rem = divmod(us, 86400 * 1000000)
        if not 0 < days <= 3652059:
            raise OverflowError('date value out of range')
        secs, micro = divmod(rem, 1000000)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        y, m, d = _ord2ymd(days)
        return type(self)(y, m, d, hh, mm, ss, micro, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            a, b = self.utcoffset(), other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return timedelta(microseconds=self._epoch_us() - other._epoch_us())
        return NotImplemented


tzinfo_type = tzinfo
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
