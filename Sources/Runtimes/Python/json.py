"""json: dumps/dump and loads/load with CPython's output, separators, escapes and
error messages (json.JSONDecodeError: 'Expecting value: line 1 column 1 (char 0)')."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def _encode_string(s, ensure_ascii):
    out = ['"']
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
            continue
        n = ord(c)
        if n < 0x20 or (ensure_ascii and n > 0x7e):
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % type(o).__name__)

    def encode(self, o):
        if isinstance(o, str):
            return _encode_string(o, self.ensure_ascii)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        chunks = []
        self._encode(o, chunks, indent, 0, {} if self.check_circular else None)
        return chunks

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == -float('inf'):
            text = '-Infinity'
        else:
            return repr(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def _key(self, key):
        if isinstance(key, str):
            return key
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, float):
            return self._float(key)
        if isinstance(key, int):
            return repr(key)
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %s' % type(key).__name__)

    def _encode(self, o, out, indent, level, markers):
        if isinstance(o, str):
            out.append(_encode_string(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(repr(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._container(o, out, indent, level, markers, '[', ']', False)
        elif isinstance(o, dict):
            self._container(o, out, indent, level, markers, '{', '}', True)
        else:
            self._check(o, markers)
            self._encode(self.default(o), out, indent, level, markers)
            if markers is not None:
                del markers[id(o)]

    def _check(self, o, markers):
        if markers is not None:
            if id(o) in markers:
                raise ValueError('Circular reference detected')
            markers[id(o)] = o

    def _container(self, o, out, indent, level, markers, open_, close, is_dict):
        if not o:
            out.append(open_ + close)
            return
        self._check(o, markers)
        out.append(open_)
        sep = self.item_separator
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            sep = sep + newline
            out.append(newline)
        items = o.items() if is_dict else o
        if is_dict and self.sort_keys:
            items = sorted(items)
        first = True
        for item in items:
            if is_dict:
                key = self._key(item[0])
                if key is None:
                    continue
                if not first:
                    out.append(sep)
                out.append(_encode_string(key, self.ensure_ascii))
                out.append(self.key_separator)
                self._encode(item[1], out, indent, level, markers)
            else:
                if not first:
                    out.append(sep)
                self._encode(item, out, indent, level, markers)
            first = False
        if indent is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append(close)
        if markers is not None:
            del markers[id(o)]


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WS = ' \t\n\r'
_NUMBER_START = '-0123456789'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, self._skip(s, 0))
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None

    def _skip(self, s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def _constant(self, name):
        if self.parse_constant is not None:
            return self.parse_constant(name)
        return {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}[name]

    def _value(self, s, i):
        if i >= len(s):
            raise StopIteration(i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if c == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if c == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if c == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        if c in _NUMBER_START:
            return self._number(s, i)
        if c == 'N' and s[i:i + 3] == 'NaN':
            return self._constant('NaN'), i + 3
        if c == 'I' and s[i:i + 8] == 'Infinity':
            return self._constant('Infinity'), i + 8
        raise StopIteration(i)

    def _number(self, s, i):
        n = len(s)
        j = i
        if s[j] == '-':
            j += 1
            if s[j:j + 8] == 'Infinity':
                return self._constant('-Infinity'), j + 8
        start_digits = j
        if j < n and s[j] == '0':
            j += 1
        else:
            while j < n and s[j].isdigit() and s[j] in '0123456789':
                j += 1
        if j == start_digits:
            raise StopIteration(i)
        is_float = False
        if j + 1 < n and s[j] == '.' and s[j + 1] in '0123456789':
            j += 2
            while j < n and s[j] in '0123456789':
                j += 1
            is_float = True
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and s[k] in '0123456789':
                while k < n and s[k] in '0123456789':
                    k += 1
                j = k
                is_float = True
        text = s[i:j]
        return (self.parse_float(text) if is_float else self.parse_int(text)), j

    def _string(self, s, end):
        begin = end - 1
        chunks = []
        n = len(s)
        while True:
            j = end
            while j < n and s[j] != '"' and s[j] != '\\' and (s[j] >= ' ' or not self.strict):
                j += 1
            if j >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            chunks.append(s[end:j])
            c = s[j]
            end = j + 1
            if c == '"':
                break
            if c != '\\':
                raise JSONDecodeError('Invalid control character at', s, j)
            if end >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            esc = s[end]
            if esc != 'u':
                if esc not in _BACKSLASH:
                    raise JSONDecodeError('Invalid \\escape', s, end - 1)
                chunks.append(_BACKSLASH[esc])
                end += 1
                continue
            uni = self._hex4(s, end)
            end += 5
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = self._hex4(s, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            chunks.append(chr(uni))
        return ''.join(chunks), end

    def _hex4(self, s, pos):
        esc = s[pos + 1:pos + 5]
        if len(esc) == 4 and esc[1] not in 'xX':
            ok = True
            for c in esc:
                if c not in '0123456789abcdefABCDEF':
                    ok = False
            if ok:
                return int(esc, 16)
        raise JSONDecodeError('Invalid \\uXXXX escape', s, pos)

    def _object(self, s, end):
        pairs = []
        end = self._skip(s, end)
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar == '}':
                return self._finish_object(pairs), end + 1
            raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end)
        end += 1
        while True:
            key, end = self._string(s, end)
            end = self._skip(s, end)
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = self._skip(s, end + 1)
            value, end = self.raw_decode(s, end)
            pairs.append((key, value))
            end = self._skip(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == '}':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = self._skip(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end - 1)
        return self._finish_object(pairs), end

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, end):
        values = []
        end = self._skip(s, end)
        if s[end:end + 1] == ']':
            return values, end + 1
        while True:
            value, end = self.raw_decode(s, end)
            values.append(value)
            end = self._skip(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = self._skip(s, end)
        return values, end


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, bytes):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, not %s' % type(s).__name__)
    elif s.startswith('\ufeff'):
        raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
