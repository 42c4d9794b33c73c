"""gevent.local: greenlet-local attributes. Each greenlet sees its own attributes; a
subclass's __init__ runs again, with the original arguments, the first time another
greenlet touches the object. Assigning a name that is also a class attribute (other than
a property) is refused: loopscope cannot let the greenlet's value shadow it."""

from gevent import getcurrent

_MISSING = object()


def _type_name(obj):
    return 'gevent._gevent_clocal.local' if type(obj) is local else type(obj).__name__


class local:
    def __new__(cls, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        object.__setattr__(self, '_local__args', (args, kw))
        object.__setattr__(self, '_local__dicts', {id(getcurrent()): {}})
        object.__setattr__(self, '_local__greenlets', {id(getcurrent()): getcurrent()})
        return self

    def _local__dict(self):
        current = getcurrent()
        key = id(current)
        dicts = self._local__dicts
        if key not in dicts:
            dicts[key] = {}
            self._local__greenlets[key] = current
            init = type(self).__init__
            if init is not object.__init__:
                args, kw = self._local__args
                init(self, *args, **kw)
        return dicts[key]

    def __getattr__(self, name):
        d = self._local__dict()
        if name in d:
            return d[name]
        raise AttributeError("'%s' object has no attribute '%s'" % (_type_name(self), name))

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only" % _type_name(self))
        attr = getattr(type(self), name, _MISSING)
        if isinstance(attr, property):
            object.__setattr__(self, name, value)
            return
        if attr is not _MISSING:
            raise NotImplementedError("gevent.local: assigning '%s', which is also a class attribute, "
                                      'is not supported by loopscope' % name)
        self._local__dict()[name] = value

    def __delattr__(self, name):
        d = self._local__dict()
        if name not in d:
            raise AttributeError(name)
        del d[name]
