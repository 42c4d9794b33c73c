"""_markupbase for loopscope, written from CPython 3.11's: the ParserBase of html.parser
(positions, comments, marked sections). CPython's regular expressions are hand-written
scanners here (`\\s` is str.isspace). The SGML declaration parser (parse_declaration) that
html.parser never calls is not included."""


def _skip_space(s, i):
    n = len(s)
    while i < n and s[i].isspace():
        i += 1
    return i


def _is_ascii_letter(c):
    return ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ascii_alnum(c):
    return _is_ascii_letter(c) or ('0' <= c <= '9')


def _declname_end(s, i):
    # [a-zA-Z][-_.a-zA-Z0-9]*\s* matched at i: its end, or -1
    n = len(s)
    if i >= n or not _is_ascii_letter(s[i]):
        return -1
    j = i + 1
    while j < n and (_is_ascii_alnum(s[j]) or s[j] in '-_.'):
        j += 1
    return _skip_space(s, j)


def _search_close(s, i, marks):
    # the first match of marks[0]\s*marks[1]\s*...\s*'>' at or after i: (start, end), or None
    n = len(s)
    p = s.find(marks[0], i)
    while p >= 0:
        q = p + len(marks[0])
        for m in marks[1:]:
            q = _skip_space(s, q)
            if not s.startswith(m, q):
                q = -1
                break
            q += len(m)
        if q >= 0:
            q = _skip_space(s, q)
            if q < n and s[q] == '>':
                return p, q + 1
        p = s.find(marks[0], p + 1)
    return None


class ParserBase:
    """Parser base class which provides some common support methods used
    by the SGML/HTML and XHTML parsers."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError(
                "_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        if i >= j:
            return j
        rawdata = self.rawdata
        nlines = rawdata.count("\n", i, j)
        if nlines:
            self.lineno = self.lineno + nlines
            pos = rawdata.rindex("\n", i, j)
            self.offset = j-(pos+1)
        else:
            self.offset = self.offset + j-i
        return j

    _decl_otherchars = ''

    def parse_marked_section(self, i, report=1):
        rawdata = self.rawdata
        assert rawdata[i:i+3] == '<![', "unexpected call to parse_marked_section()"
        sectName, j = self._scan_name(i+3, i)
        if j < 0:
            return j
        if sectName in {"temp", "cdata", "ignore", "include", "rcdata"}:
            match = _search_close(rawdata, i+3, (']', ']'))
        elif sectName in {"if", "else", "endif"}:
            match = _search_close(rawdata, i+3, (']',))
        else:
            raise AssertionError(
                'unknown status keyword %r in marked section' % rawdata[i+3:j]
            )
        if not match:
            return -1
        if report:
            j = match[0]
            self.unknown_decl(rawdata[i+3: j])
        return match[1]

    def parse_comment(self, i, report=1):
        rawdata = self.rawdata
        if rawdata[i:i+4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        match = _search_close(rawdata, i+4, ('--',))
        if not match:
            return -1
        if report:
            j = match[0]
            self.handle_comment(rawdata[i+4: j])
        return match[1]

    def _scan_name(self, i, declstartpos):
        rawdata = self.rawdata
        n = len(rawdata)
        if i == n:
            return None, -1
        end = _declname_end(rawdata, i)
        if end >= 0:
            s = rawdata[i:end]
            name = s.strip()
            if (i + len(s)) == n:
                return None, -1
            return name.lower(), end
        else:
            self.updatepos(declstartpos, i)
            raise AssertionError(
                "expected name token at %r" % rawdata[declstartpos:declstartpos+20]
            )

    def unknown_decl(self, data):
        pass
