"""gevent.subprocess: loopscope scenarios cannot start processes. The constants and
exception classes exist (so code that imports them loads); every way to start a process
is refused."""

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)


def _refused(name):
    def refused(*args, **kwargs):
        raise OSError('gevent.subprocess.%s() is not supported by loopscope: scenarios cannot start '
                      'processes' % name)
    refused.__name__ = name
    return refused


Popen = _refused('Popen')
call = _refused('call')
check_call = _refused('check_call')
check_output = _refused('check_output')
run = _refused('run')
getoutput = _refused('getoutput')
getstatusoutput = _refused('getstatusoutput')
