"""gevent.subprocess: loopscope scenarios cannot start processes. The constants and
exception classes exist (so code that imports them loads); every way to start a process
is refused."""

from _refusals import refused as _refused, PROCESSES as _PROCESSES

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


Popen = _refused('gevent.subprocess.Popen', _PROCESSES)
call = _refused('gevent.subprocess.call', _PROCESSES)
check_call = _refused('gevent.subprocess.check_call', _PROCESSES)
check_output = _refused('gevent.subprocess.check_output', _PROCESSES)
run = _refused('gevent.subprocess.run', _PROCESSES)
getoutput = _refused('gevent.subprocess.getoutput', _PROCESSES)
getstatusoutput = _refused('gevent.subprocess.getstatusoutput', _PROCESSES)
