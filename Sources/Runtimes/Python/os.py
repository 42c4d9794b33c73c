"""os: a fixed environment, stand-in process ids, urandom from a seeded generator and
os.path (posixpath). File-system and process functions are refused: a scenario cannot
touch files or processes. getcwd() is native (the directory loopscope runs in)."""

import posixpath as path
import random as _random
from _refusals import refused as _refused, FILES as _FILES, PROCESSES as _PROCESSES

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


listdir = _refused('os.listdir', _FILES)
scandir = _refused('os.scandir', _FILES)
walk = _refused('os.walk', _FILES)
stat = _refused('os.stat', _FILES)
lstat = _refused('os.lstat', _FILES)
mkdir = _refused('os.mkdir', _FILES)
makedirs = _refused('os.makedirs', _FILES)
remove = _refused('os.remove', _FILES)
unlink = _refused('os.unlink', _FILES)
rmdir = _refused('os.rmdir', _FILES)
removedirs = _refused('os.removedirs', _FILES)
rename = _refused('os.rename', _FILES)
replace = _refused('os.replace', _FILES)
chdir = _refused('os.chdir', _FILES)
chmod = _refused('os.chmod', _FILES)
chown = _refused('os.chown', _FILES)
open = _refused('os.open', _FILES)
close = _refused('os.close', _FILES)
read = _refused('os.read', _FILES)
write = _refused('os.write', _FILES)
link = _refused('os.link', _FILES)
symlink = _refused('os.symlink', _FILES)
readlink = _refused('os.readlink', _FILES)
truncate = _refused('os.truncate', _FILES)
utime = _refused('os.utime', _FILES)
access = _refused('os.access', _FILES)
pipe = _refused('os.pipe', _FILES)
system = _refused('os.system', _PROCESSES)
popen = _refused('os.popen', _PROCESSES)
fork = _refused('os.fork', _PROCESSES)
kill = _refused('os.kill', _PROCESSES)
killpg = _refused('os.killpg', _PROCESSES)
execv = _refused('os.execv', _PROCESSES)
execve = _refused('os.execve', _PROCESSES)
execvp = _refused('os.execvp', _PROCESSES)
execl = _refused('os.execl', _PROCESSES)
execlp = _refused('os.execlp', _PROCESSES)
spawnv = _refused('os.spawnv', _PROCESSES)
spawnl = _refused('os.spawnl', _PROCESSES)
wait = _refused('os.wait', _PROCESSES)
waitpid = _refused('os.waitpid', _PROCESSES)
_exit = _refused('os._exit', _PROCESSES)
abort = _refused('os.abort', _PROCESSES)
nice = _refused('os.nice', _PROCESSES)
setsid = _refused('os.setsid', _PROCESSES)
