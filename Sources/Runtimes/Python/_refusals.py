"""Stand-ins for library functions loopscope refuses: calling one raises `error` with
'NAME() is not supported by loopscope: REASON'."""

FILES = 'scenarios cannot use the file system'
PROCESSES = 'scenarios cannot start or signal processes'


def refused(qualname, reason, error=OSError):
    def refused_function(*args, **kwargs):
        raise error('%s() is not supported by loopscope: %s' % (qualname, reason))
    refused_function.__name__ = qualname.rpartition('.')[2]
    refused_function.__qualname__ = refused_function.__name__
    return refused_function
