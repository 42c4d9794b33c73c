"""gevent.util: wrap_errors. The run-info and stack dumps (format_run_info,
print_run_info, GreenletTree, dump_stacks) describe process internals and are refused."""


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


def _refused(name):
    def refused(*args, **kwargs):
        raise NotImplementedError('gevent.util.%s() is not supported by loopscope '
                                  '(it describes process internals)' % name)
    refused.__name__ = name
    return refused


format_run_info = _refused('format_run_info')
print_run_info = _refused('print_run_info')
dump_stacks = _refused('dump_stacks')
GreenletTree = _refused('GreenletTree')
