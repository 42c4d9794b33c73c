"""posixpath (os.path): the string functions of CPython's posixpath. Functions that
would look at the file system (exists, isfile, getsize, ...) are refused."""

from _refusals import refused as _refused, FILES as _FILES

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'


def _check(name, p):
    if not isinstance(p, str):
        raise TypeError('%s() argument must be str, bytes, or os.PathLike object, not %s'
                        % (name, type(p).__name__) if name != 'join' else
                        'expected str, bytes or os.PathLike object, not %s' % type(p).__name__)
    return p


def isabs(s):
    return _check('isabs', s).startswith('/')


def join(a, *p):
    path = _check('join', a)
    for b in p:
        _check('join', b)
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    _check('split', p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    _check('splitext', p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def basename(p):
    _check('basename', p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    _check('dirname', p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    _check('normpath', path)
    if path == '':
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    new_comps = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == '..'):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    import os
    if not isabs(_check('abspath', path)):
        path = join(os.getcwd(), path)
    return normpath(path)


def splitdrive(p):
    return p[:0], p


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def expanduser(path):
    import os
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = os.environ['HOME'].rstrip('/')
    return (home + path[i:]) or '/'


exists = _refused('os.path.exists', _FILES)
lexists = _refused('os.path.lexists', _FILES)
isfile = _refused('os.path.isfile', _FILES)
isdir = _refused('os.path.isdir', _FILES)
islink = _refused('os.path.islink', _FILES)
ismount = _refused('os.path.ismount', _FILES)
getsize = _refused('os.path.getsize', _FILES)
getmtime = _refused('os.path.getmtime', _FILES)
getatime = _refused('os.path.getatime', _FILES)
getctime = _refused('os.path.getctime', _FILES)
realpath = _refused('os.path.realpath', _FILES)
samefile = _refused('os.path.samefile', _FILES)
