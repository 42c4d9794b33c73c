"""gevent.util: wrap_errors. The run-info and stack dumps (format_run_info,
print_run_info, GreenletTree, dump_stacks) describe process internals and are refused."""

from _refusals import refused as _refused


class wrap_errors:
    """Makes a function return the exceptions `errors` instead of raising them."""

    def __init__(self, errors, func):
        self._errors = errors
        self._func = func
        for name in ('__module__', '__name__', '__qualname__', '__doc__'):
            if hasattr(func, name):
                object.__setattr__(self, name, getattr(func, name))

    def __call__(self, *args, **kwargs):
        try:
            return self._func(*args, **kwargs)
        except self._errors as ex:
            return ex

    def __str__(self):
        return str(self._func)

    def __repr__(self):
        return repr(self._func)

    def __getattr__(self, name):
        return getattr(self._func, name)


_INTERNALS = 'it describes process internals'
format_run_info = _refused('gevent.util.format_run_info', _INTERNALS, NotImplementedError)
print_run_info = _refused('gevent.util.print_run_info', _INTERNALS, NotImplementedError)
dump_stacks = _refused('gevent.util.dump_stacks', _INTERNALS, NotImplementedError)
GreenletTree = _refused('gevent.util.GreenletTree', _INTERNALS, NotImplementedError)
