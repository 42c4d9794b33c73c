"""html.parser for loopscope, written from CPython 3.11's: HTMLParser with the same events,
positions and tolerance of broken markup. CPython's regular expressions are hand-written
scanners here (each names the pattern it stands for; `\\s` is str.isspace)."""
import _markupbase
from _markupbase import _skip_space, _is_ascii_letter, _is_ascii_alnum
from html import unescape

__all__ = ['HTMLParser']

_HEX = '0123456789abcdefABCDEF'
_TAGNAME_STOP = '\t\n\r\f />\x00'


def _interesting_normal(s, i):
    # [&<] searched from i: its position, or -1
    a = s.find('<', i)
    b = s.find('&', i)
    if a < 0:
        return b
    if b < 0:
        return a
    return min(a, b)


def _endtag_of(s, i, elem):
    # '</\s*ELEM\s*>' (ignoring case) searched from i: its position, or -1
    p = s.find('</', i)
    while p >= 0:
        q = _skip_space(s, p + 2)
        if s[q:q + len(elem)].lower() == elem:
            r = _skip_space(s, q + len(elem))
            if r < len(s) and s[r] == '>':
                return p
        p = s.find('</', p + 1)
    return -1


def _entityref(s, i):
    # &([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9] matched at i: (name, end), or None
    n = len(s)
    if i + 1 >= n or not _is_ascii_letter(s[i + 1]):
        return None
    k = i + 2
    while k < n and (_is_ascii_alnum(s[k]) or s[k] in '-.'):
        k += 1
    if k < n:
        return s[i + 1:k], k + 1
    # at the end of the data the last '-' or '.' of the name ends the match
    m = n - 1
    while m >= i + 2:
        if s[m] in '-.':
            return s[i + 1:m], m + 1
        m -= 1
    return None


def _charref_end(s, i):
    # &#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F] matched at i: its end, or -1
    n = len(s)
    k = i + 2
    m = k
    while m < n and '0' <= s[m] <= '9':
        m += 1
    if m > k and m < n and s[m] not in _HEX:
        return m + 1
    if k < n and s[k] in 'xX':
        m = k + 1
        while m < n and s[m] in _HEX:
            m += 1
        if m > k + 1 and m < n and s[m] not in _HEX:
            return m + 1
    return -1


def _tagfind(s, i):
    # ([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))* matched at i: (name, end), or None
    n = len(s)
    if i >= n or not _is_ascii_letter(s[i]):
        return None
    k = i + 1
    while k < n and s[k] not in _TAGNAME_STOP:
        k += 1
    return s[i:k], _skip_space_or_slash(s, k)


def _skip_space_or_slash(s, k):
    # (?:\s|/(?!>))*
    n = len(s)
    while k < n and (s[k].isspace() or (s[k] == '/' and not s.startswith('>', k + 1))):
        k += 1
    return k


def _attr_value(s, a):
    # (\s*=+\s*('[^']*'|"[^"]*"|(?!['"])[^>\s]*))? matched at a, with the regular
    # expression's backtracking: (end, value), or None when the group does not match
    n = len(s)
    b = _skip_space(s, a)
    c = b
    while c < n and s[c] == '=':
        c += 1
    if c == b:
        return None
    d = _skip_space(s, c)
    if d < n and s[d] in '\'"':
        close = s.find(s[d], d + 1)
        if close >= 0:
            return close + 1, s[d:close + 1]
        if d > c:
            return d - 1, ''
        if c - b >= 2:
            d = c - 1
        else:
            return None
    e = d
    while e < n and s[e] != '>' and not s[e].isspace():
        e += 1
    return e, s[d:e]


def _attr_start(s, k):
    # (?<=['"\s/])[^\s/>]: whether an attribute name starts at k
    return (0 < k < len(s) and (s[k - 1] in '\'"/' or s[k - 1].isspace())
            and not s[k].isspace() and s[k] not in '/>')


def _attr_name_end(s, k):
    # [^\s/>][^\s/=>]*
    n = len(s)
    j = k + 1
    while j < n and not s[j].isspace() and s[j] not in '/=>':
        j += 1
    return j


def _locate_starttag_end(s, i):
    # CPython's locatestarttagend_tolerant matched at i: its end
    n = len(s)
    k = i + 2
    while k < n and s[k] not in _TAGNAME_STOP:
        k += 1
    while k < n and (s[k].isspace() or s[k] == '/'):
        k += 1
    while _attr_start(s, k):
        k = _attr_name_end(s, k)
        value = _attr_value(s, k)
        if value is not None:
            k = _skip_space(s, value[0])
        k = _skip_space_or_slash(s, k)
    return _skip_space(s, k)


def _endtagfind(s, i):
    # </\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*> matched at i: the name, or None
    n = len(s)
    k = _skip_space(s, i + 2)
    if k >= n or not _is_ascii_letter(s[k]):
        return None
    j = k + 1
    while j < n and (_is_ascii_alnum(s[j]) or s[j] in '-.:_'):
        j += 1
    e = _skip_space(s, j)
    if e < n and s[e] == '>':
        return s[k:j]
    return None


class HTMLParser(_markupbase.ParserBase):
    """Find tags and other markup and call handler functions.

    Usage:
        p = HTMLParser()
        p.feed(data)
        ...
        p.close()
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Reset this instance.  Loses all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.cdata_elem = None
        _markupbase.ParserBase.reset(self)

    def feed(self, data):
        """Feed data to the parser."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handle any buffered data."""
        self.goahead(1)

    __starttag_text = None

    def get_starttag_text(self):
        """Return full source of start tag: '<...>'."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()

    def clear_cdata_mode(self):
        self.cdata_elem = None

    def _interesting(self, rawdata, i):
        if self.cdata_elem:
            return _endtag_of(rawdata, i, self.cdata_elem)
        return _interesting_normal(rawdata, i)

    def goahead(self, end):
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            if self.convert_charrefs and not self.cdata_elem:
                j = rawdata.find('<', i)
                if j < 0:
                    amppos = rawdata.rfind('&', max(i, n-34))
                    if (amppos >= 0 and
                            not any(c.isspace() or c == ';' for c in rawdata[amppos:])):
                        break
                    j = n
            else:
                j = self._interesting(rawdata, i)
                if j < 0:
                    if self.cdata_elem:
                        break
                    j = n
            if i < j:
                if self.convert_charrefs and not self.cdata_elem:
                    self.handle_data(unescape(rawdata[i:j]))
                else:
                    self.handle_data(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            startswith = rawdata.startswith
            if startswith('<', i):
                if i + 1 < n and _is_ascii_letter(rawdata[i + 1]):
                    k = self.parse_starttag(i)
                elif startswith("</", i):
                    k = self.parse_endtag(i)
                elif startswith("<!--", i):
                    k = self.parse_comment(i)
                elif startswith("<?", i):
                    k = self.parse_pi(i)
                elif startswith("<!", i):
                    k = self.parse_html_declaration(i)
                elif (i + 1) < n:
                    self.handle_data("<")
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    k = rawdata.find('>', i + 1)
                    if k < 0:
                        k = rawdata.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    if self.convert_charrefs and not self.cdata_elem:
                        self.handle_data(unescape(rawdata[i:k]))
                    else:
                        self.handle_data(rawdata[i:k])
                i = self.updatepos(i, k)
            elif startswith("&#", i):
                k = _charref_end(rawdata, i)
                if k >= 0:
                    name = rawdata[i:k][2:-1]
                    self.handle_charref(name)
                    if not startswith(';', k-1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                else:
                    if ";" in rawdata[i:]:
                        self.handle_data(rawdata[i:i+2])
                        i = self.updatepos(i, i+2)
                    break
            elif startswith('&', i):
                match = _entityref(rawdata, i)
                if match:
                    name, k = match
                    self.handle_entityref(name)
                    if not startswith(';', k-1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                if i + 1 < n and (_is_ascii_letter(rawdata[i + 1]) or rawdata[i + 1] == '#'):
                    if end and rawdata[i:i + 2] == rawdata[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                elif (i + 1) < n:
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                assert 0, "interesting.search() lied"
        if end and i < n and not self.cdata_elem:
            if self.convert_charrefs and not self.cdata_elem:
                self.handle_data(unescape(rawdata[i:n]))
            else:
                self.handle_data(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def parse_html_declaration(self, i):
        rawdata = self.rawdata
        assert rawdata[i:i+2] == '<!', ('unexpected call to '
                                        'parse_html_declaration()')
        if rawdata[i:i+4] == '<!--':
            return self.parse_comment(i)
        elif rawdata[i:i+3] == '<![':
            return self.parse_marked_section(i)
        elif rawdata[i:i+9].lower() == '<!doctype':
            gtpos = rawdata.find('>', i+9)
            if gtpos == -1:
                return -1
            self.handle_decl(rawdata[i+2:gtpos])
            return gtpos+1
        else:
            return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        rawdata = self.rawdata
        assert rawdata[i:i+2] in ('<!', '</'), ('unexpected call to '
                                                'parse_comment()')
        pos = rawdata.find('>', i+2)
        if pos == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i+2:pos])
        return pos + 1

    def parse_pi(self, i):
        rawdata = self.rawdata
        assert rawdata[i:i+2] == '<?', 'unexpected call to parse_pi()'
        j = rawdata.find('>', i+2)
        if j < 0:
            return -1
        self.handle_pi(rawdata[i+2: j])
        return j + 1

    def parse_starttag(self, i):
        self.__starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        self.__starttag_text = rawdata[i:endpos]
        attrs = []
        match = _tagfind(rawdata, i+1)
        assert match, 'unexpected call to parse_starttag()'
        tag, k = match
        self.lasttag = tag = tag.lower()
        while k < endpos:
            if not _attr_start(rawdata, k):
                break
            name_end = _attr_name_end(rawdata, k)
            attrname = rawdata[k:name_end]
            value = _attr_value(rawdata, name_end)
            if value is None:
                attrvalue = None
                m_end = name_end
            else:
                m_end, attrvalue = value
                if attrvalue[:1] == '\'' == attrvalue[-1:] or \
                   attrvalue[:1] == '"' == attrvalue[-1:]:
                    attrvalue = attrvalue[1:-1]
            if attrvalue:
                attrvalue = unescape(attrvalue)
            attrs.append((attrname.lower(), attrvalue))
            k = _skip_space_or_slash(rawdata, m_end)
        end = rawdata[k:endpos].strip()
        if end not in (">", "/>"):
            self.handle_data(rawdata[i:endpos])
            return endpos
        if end.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def check_for_whole_start_tag(self, i):
        rawdata = self.rawdata
        j = _locate_starttag_end(rawdata, i)
        next = rawdata[j:j+1]
        if next == ">":
            return j + 1
        if next == "/":
            if rawdata.startswith("/>", j):
                return j + 2
            if rawdata.startswith("/", j):
                return -1
            if j > i:
                return j
            else:
                return i + 1
        if next == "":
            return -1
        if next in ("abcdefghijklmnopqrstuvwxyz=/"
                    "ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
            return -1
        if j > i:
            return j
        else:
            return i + 1

    def parse_endtag(self, i):
        rawdata = self.rawdata
        assert rawdata[i:i+2] == "</", "unexpected call to parse_endtag"
        gtpos = rawdata.find('>', i+1)
        if gtpos < 0:
            return -1
        gtpos += 1
        elem = _endtagfind(rawdata, i)
        if elem is None:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            namematch = _tagfind(rawdata, i+2)
            if not namematch:
                if rawdata[i:i+3] == '</>':
                    return i+3
                else:
                    return self.parse_bogus_comment(i)
            tagname = namematch[0].lower()
            gtpos = rawdata.find('>', namematch[1])
            self.handle_endtag(tagname)
            return gtpos+1

        elem = elem.lower()
        if self.cdata_elem is not None:
            if elem != self.cdata_elem:
                self.handle_data(rawdata[i:gtpos])
                return gtpos

        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
