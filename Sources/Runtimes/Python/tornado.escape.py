"""tornado.escape for loopscope, written from tornado 6.6's: HTML, URL and JSON escaping and
the str/bytes helpers. JSON goes through the json module (`import json`). linkify and
squeeze (regular expressions) are not here."""
import html
import urllib.parse

unicode_type = str


def xhtml_escape(value):
    return html.escape(to_unicode(value))


def xhtml_unescape(value):
    return html.unescape(to_unicode(value))


def json_encode(value):
    import json
    return json.dumps(value).replace("</", "<\\/")


def json_decode(value):
    import json
    return json.loads(value)


def url_escape(value, plus=True):
    quote = urllib.parse.quote_plus if plus else urllib.parse.quote
    return quote(value)


def url_unescape(value, encoding="utf-8", plus=True):
    if encoding is None:
        if plus:
            value = to_basestring(value).replace("+", " ")
        return urllib.parse.unquote_to_bytes(value)
    else:
        unquote = urllib.parse.unquote_plus if plus else urllib.parse.unquote
        return unquote(to_basestring(value), encoding=encoding)


def parse_qs_bytes(qs, keep_blank_values=False, strict_parsing=False, *, max_num_fields=None):
    # (on the query as latin-1 text: the same bytes, with str's methods)
    if isinstance(qs, bytes):
        qs = qs.decode("latin1")
    result = {}
    if not qs:
        return result
    if max_num_fields is not None and 1 + qs.count("&") > max_num_fields:
        raise ValueError("Max number of fields exceeded")
    for field in qs.split("&"):
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition("=")
        if not has_eq and strict_parsing:
            raise ValueError("bad query field: %r" % (field.encode("latin1"),))
        if value or keep_blank_values:
            key = _unquote_latin1(name).decode("latin1")
            result.setdefault(key, []).append(_unquote_latin1(value))
    return result


def _unquote_latin1(text):
    return urllib.parse.unquote_to_bytes(text.replace("+", " ").encode("latin1"))


_UTF8_TYPES = (bytes, type(None))


def utf8(value):
    if isinstance(value, _UTF8_TYPES):
        return value
    if not isinstance(value, unicode_type):
        raise TypeError("Expected bytes, unicode, or None; got %r" % type(value))
    return value.encode("utf-8")


_TO_UNICODE_TYPES = (unicode_type, type(None))


def to_unicode(value):
    if isinstance(value, _TO_UNICODE_TYPES):
        return value
    if not isinstance(value, bytes):
        raise TypeError("Expected bytes, unicode, or None; got %r" % type(value))
    return value.decode("utf-8")


_unicode = to_unicode
native_str = to_unicode
to_basestring = to_unicode


def recursive_unicode(obj):
    if isinstance(obj, dict):
        return {recursive_unicode(k): recursive_unicode(v) for (k, v) in obj.items()}
    elif isinstance(obj, list):
        return list(recursive_unicode(i) for i in obj)
    elif isinstance(obj, tuple):
        return tuple(recursive_unicode(i) for i in obj)
    elif isinstance(obj, bytes):
        return to_unicode(obj)
    else:
        return obj
