"""gevent.select: select() with nothing to watch is a timed wait on the virtual clock
(as in gevent, an Event wait with that timeout). loopscope scenarios have no file
descriptors: select on sockets or files, and poll(), are refused."""

import gevent
from gevent.event import Event
from _refusals import refused as _refused


class error(OSError):
    pass


def select(rlist, wlist, xlist, timeout=None):
    if timeout is not None and timeout < 0:
        raise ValueError('timeout must be non-negative')
    rlist, wlist, xlist = list(rlist), list(wlist), list(xlist)
    if rlist or wlist or xlist:
        raise OSError('gevent.select.select() on file descriptors is not supported by loopscope: '
                      'scenarios have no sockets or files')
    if timeout is None:
        raise NotImplementedError('gevent.select.select() with nothing to watch and no timeout would '
                                  'block forever; loopscope refuses it')
    if timeout == 0:
        gevent.sleep()
        return [], [], []
    Event().wait(timeout=timeout)
    return [], [], []


poll = _refused('gevent.select.poll', 'scenarios have no sockets or files')
