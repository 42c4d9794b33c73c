# tornado.concurrent: future helpers.

def is_future(x):
    return isinstance(x, Future)


def _create_future():
    return Future()


def future_set_result_unless_cancelled(future, value):
    if not future.cancelled():
        future.set_result(value)


def future_set_exception_unless_cancelled(future, exc):
    if not future.cancelled():
        future.set_exception(exc)


def future_add_done_callback(future, callback):
    if future.done():
        callback(future)
    else:
        future.add_done_callback(callback)


def chain_future(a, b):
    def copy(a):
        if b.done():
            return
        if a.exception() is not None:
            b.set_exception(a.exception())
        else:
            b.set_result(a.result())
    if isinstance(a, Future):
        future_add_done_callback(a, copy)
    else:
        IOLoop.current().add_future(a, copy)
