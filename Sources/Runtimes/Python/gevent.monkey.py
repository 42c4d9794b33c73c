# gevent.monkey: patching time is real; the other patches are accepted and do nothing.

def patch_all(**kwargs):
    patch_time()
    return True


def patch_time():
    _TIME_PATCHED[0] = True
    _patch_time()


def patch_socket(**kwargs):
    pass


def patch_thread(**kwargs):
    pass


def is_module_patched(name):
    return name == 'time' and _TIME_PATCHED[0]


_TIME_PATCHED = [False]


class monkey:
    patch_all = staticmethod(patch_all)
    patch_time = staticmethod(patch_time)
    patch_socket = staticmethod(patch_socket)
    patch_thread = staticmethod(patch_thread)
    is_module_patched = staticmethod(is_module_patched)
