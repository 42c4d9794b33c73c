"""os: a fixed environment, stand-in process ids, urandom from a seeded generator and
os.path (posixpath). File-system and process functions are refused: a scenario cannot
touch files or processes. getcwd() is native (the directory loopscope runs in)."""

import posixpath as path
import random as _random

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'


class _Environ:
    """os.environ: a mutable mapping of str to str, starting from a fixed environment."""

    def __init__(self, data):
        self._data = dict(data)

    def _check(self, value):
        if not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value).__name__)
        return value

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._data[self._check(key)] = self._check(value)

    def __delitem__(self, key):
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def get(self, key, default=None):
        return self._data.get(key, default)

    def setdefault(self, key, default=None):
        if key not in self._data:
            self[key] = default
        return self._data[key]

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def update(self, other=(), **kwargs):
        for k, v in dict(other, **kwargs).items():
            self[k] = v

    def copy(self):
        return dict(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % kv for kv in self._data.items())


# The fixed environment every scenario sees (documented in docs/LANGUAGE.md).
environ = _Environ({
    'HOME': '/home/loopscope',
    'LANG': 'C.UTF-8',
    'PATH': '/usr/local/bin:/usr/bin:/bin',
    'SHELL': '/bin/sh',
    'TZ': 'UTC',
    'USER': 'loopscope',
})


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def getpid():
    return 4242


def getppid():
    return 4241


def cpu_count():
    return 4


_urandom = _random.Random(0)


def urandom(size):
    if not isinstance(size, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(size).__name__)
    if size < 0:
        raise ValueError('negative argument not allowed')
    return _urandom.randbytes(size)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(p).__name__)


def _refused(fname, what):
    def refused(*args, **kwargs):
        raise OSError('os.%s() is not supported by loopscope: scenarios cannot %s' % (fname, what))
    refused.__name__ = fname
    return refused


_FILES = 'use the file system'
_PROCESSES = 'start or signal processes'
listdir = _refused('listdir', _FILES)
scandir = _refused('scandir', _FILES)
walk = _refused('walk', _FILES)
stat = _refused('stat', _FILES)
lstat = _refused('lstat', _FILES)
mkdir = _refused('mkdir', _FILES)
makedirs = _refused('makedirs', _FILES)
remove = _refused('remove', _FILES)
unlink = _refused('unlink', _FILES)
rmdir = _refused('rmdir', _FILES)
removedirs = _refused('removedirs', _FILES)
rename = _refused('rename', _FILES)
replace = _refused('replace', _FILES)
chdir = _refused('chdir', _FILES)
chmod = _refused('chmod', _FILES)
chown = _refused('chown', _FILES)
open = _refused('open', _FILES)
close = _refused('close', _FILES)
read = _refused('read', _FILES)
write = _refused('write', _FILES)
link = _refused('link', _FILES)
symlink = _refused('symlink', _FILES)
readlink = _refused('readlink', _FILES)
truncate = _refused('truncate', _FILES)
utime = _refused('utime', _FILES)
access = _refused('access', _FILES)
pipe = _refused('pipe', _FILES)
system = _refused('system', _PROCESSES)
popen = _refused('popen', _PROCESSES)
fork = _refused('fork', _PROCESSES)
kill = _refused('kill', _PROCESSES)
killpg = _refused('killpg', _PROCESSES)
execv = _refused('execv', _PROCESSES)
execve = _refused('execve', _PROCESSES)
execvp = _refused('execvp', _PROCESSES)
execl = _refused('execl', _PROCESSES)
execlp = _refused('execlp', _PROCESSES)
spawnv = _refused('spawnv', _PROCESSES)
spawnl = _refused('spawnl', _PROCESSES)
wait = _refused('wait', _PROCESSES)
waitpid = _refused('waitpid', _PROCESSES)
_exit = _refused('_exit', _PROCESSES)
abort = _refused('abort', _PROCESSES)
nice = _refused('nice', _PROCESSES)
setsid = _refused('setsid', _PROCESSES)
