"""_strptime: parsing for time.strptime and datetime.strptime, following CPython's
_strptime (C locale): the same directives, the same first-match order of each field's
alternatives, and the same errors."""

import time as _time

_DIGITS = '0123456789'
_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december']
_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']


def _digits(text, pos, n):
    chunk = text[pos:pos + n]
    return chunk if len(chunk) == n and all(c in _DIGITS for c in chunk) else None


def _numbers(alternatives):
    """A field given as CPython's regex alternatives: (width, lowest, highest) tried in order;
    a width of -1 is ' ' followed by one digit."""
    def candidates(text, pos):
        for width, low, high in alternatives:
            if width == -1:
                d = text[pos + 1:pos + 2] if text[pos:pos + 1] == ' ' else ''
                if d and d in _DIGITS and low <= int(d) <= high:
                    yield int(d), pos + 2
                continue
            chunk = _digits(text, pos, width)
            if chunk is not None and low <= int(chunk) <= high:
                yield int(chunk), pos + width
    return candidates


def _names(names):
    """Names matched case-insensitively, longest first (as CPython sorts its alternatives)."""
    ordered = sorted(enumerate(names), key=lambda item: -len(item[1]))

    def candidates(text, pos):
        for index, name in ordered:
            if text[pos:pos + len(name)].lower() == name:
                yield index, pos + len(name)
    return candidates


def _fraction(text, pos):
    for width in range(6, 0, -1):
        chunk = _digits(text, pos, width)
        if chunk is not None:
            yield chunk, pos + width


def _offset(text, pos):
    if text[pos:pos + 1] == 'Z':
        yield 0, pos + 1
        return
    sign = text[pos:pos + 1]
    if sign not in ('+', '-'):
        return
    hh = _digits(text, pos + 1, 2)
    if hh is None:
        return
    at = pos + 3
    colon = text[at:at + 1] == ':'
    if colon:
        at += 1
    mm = _digits(text, at, 2)
    if mm is None or int(mm) > 59:
        return
    seconds = (int(hh) * 60 + int(mm)) * 60
    yield (-seconds if sign == '-' else seconds), at + 2


_FIELDS = {
    'd': _numbers([(2, 30, 31), (2, 10, 29), (2, 1, 9), (1, 1, 9), (-1, 1, 9)]),
    'm': _numbers([(2, 10, 12), (2, 1, 9), (1, 1, 9)]),
    'H': _numbers([(2, 20, 23), (2, 0, 19), (1, 0, 9)]),
    'I': _numbers([(2, 10, 12), (2, 1, 9), (1, 1, 9)]),
    'M': _numbers([(2, 0, 59), (1, 0, 9)]),
    'S': _numbers([(2, 60, 61), (2, 0, 59), (1, 0, 9)]),
    'j': _numbers([(3, 1, 366), (2, 10, 99), (2, 1, 9), (1, 1, 9)]),
    'y': _numbers([(2, 0, 99)]),
    'Y': _numbers([(4, 0, 9999)]),
    'w': _numbers([(1, 0, 6)]),
    'u': _numbers([(1, 1, 7)]),
    'f': _fraction,
    'B': _names(_MONTHS),
    'b': _names([m[:3] for m in _MONTHS]),
    'h': _names([m[:3] for m in _MONTHS]),
    'A': _names(_DAYS),
    'a': _names([d[:3] for d in _DAYS]),
    'p': _names(['am', 'pm']),
    'Z': _names(['utc', 'gmt']),
    'z': _offset,
}


def _compile(format):
    tokens = []
    i = 0
    while i < len(format):
        c = format[i]
        if c == '%':
            if i + 1 >= len(format):
                raise ValueError("stray %% in format '%s'" % format)
            d = format[i + 1]
            if d == '%':
                tokens.append(('literal', '%'))
            elif d in _FIELDS:
                tokens.append(('field', d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
            i += 2
        elif c.isspace():
            while i < len(format) and format[i].isspace():
                i += 1
            tokens.append(('space', None))
        else:
            tokens.append(('literal', c))
            i += 1
    return tokens


def _match(tokens, k, text, pos, found):
    if k == len(tokens):
        return pos
    kind, value = tokens[k]
    if kind == 'literal':
        if text[pos:pos + 1].lower() == value.lower():
            return _match(tokens, k + 1, text, pos + 1, found)
        return None
    if kind == 'space':
        end = pos
        while end < len(text) and text[end].isspace():
            end += 1
        for stop in range(end, pos, -1):
            result = _match(tokens, k + 1, text, stop, found)
            if result is not None:
                return result
        return None
    for parsed, end in _FIELDS[value](text, pos):
        found[value] = parsed
        result = _match(tokens, k + 1, text, end, found)
        if result is not None:
            return result
        del found[value]
    return None


def _parse(data_string, format):
    """(year, month, day, hour, minute, second, weekday, julian, fraction, offset)."""
    for arg in (data_string, format):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument 0 must be str, not %s' % type(arg))
    tokens = _compile(format)
    found = {}
    end = _match(tokens, 0, data_string, 0, found)
    if end is None:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    if end != len(data_string):
        raise ValueError('unconverted data remains: %s' % data_string[end:])
    year = found.get('Y', 1900)
    if 'y' in found and 'Y' not in found:
        year = found['y'] + (2000 if found['y'] <= 68 else 1900)
    month = 1
    if 'm' in found:
        month = found['m']
    else:
        for name in ('B', 'b', 'h'):
            if name in found:
                month = found[name] + 1
    day = found.get('d', 1)
    hour = found.get('H', 0)
    if 'I' in found:
        hour = found['I'] % 12 + (12 if found.get('p') == 1 else 0)
    minute = found.get('M', 0)
    second = found.get('S', 0)
    fraction = int((found['f'] + '000000')[:6]) if 'f' in found else 0
    if 'j' in found and 'm' not in found and 'd' not in found:
        ordinal = _time._days_before_year(year) + found['j']
        year, month, day = _time._civil_from_days(ordinal - 719163)
    julian = _time._days_before_month(year, month) + day
    weekday = (_time._days_before_year(year) + julian + 6) % 7
    return year, month, day, hour, minute, second, weekday, julian, fraction, found.get('z')


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    year, month, day, hour, minute, second, weekday, julian, fraction, offset = _parse(data_string, format)
    return _time.struct_time((year, month, day, hour, minute, second, weekday, julian, -1))
