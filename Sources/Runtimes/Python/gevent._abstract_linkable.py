# gevent._abstract_linkable: the base of the synchronisation objects.

# Linkable synchronisation objects: waiters are greenlets' switch methods, notified from a
# hub callback in FIFO order while the object stays ready.

class _AbstractLinkable:
    _kind = 'event'

    def __init__(self):
        self._links = _deque()
        self._notifier = None
        self._id = None

    def linkcount(self):
        return len(self._links)

    def ready(self):
        raise NotImplementedError

    def rawlink(self, callback):
        if not callable(callback):
            raise TypeError('Expected callable: %r' % (callback,))
        self._links.append(callback)
        self._check_and_notify()

    def unlink(self, callback):
        for i, link in enumerate(self._links):
            if link == callback:
                del self._links[i]
                return

    def _check_and_notify(self):
        if self.ready() and self._links and not self._notifier:
            self._notifier = _run_callback(self._notify_links)

    def _notify_links(self):
        self._notifier = None
        done = set()
        while self._links and self.ready():
            link = self._links[0]
            key = link
            try:
                if key in done:
                    break
            except TypeError:
                # an unhashable callable: known by its identity
                key = id(link)
                if key in done:
                    break
            done.add(key)
            self._links.popleft()
            try:
                link(self)
            except BaseException as e:
                _print_greenlet_error(link, e)
            if not self.ready():
                break

    def _wait_core(self, timeout, catch=Timeout):
        switch = getcurrent().switch
        self.rawlink(switch)
        if self._id is not None:
            _resource_waiter(self._id, True, getcurrent())
        try:
            with Timeout._start_new_or_dummy(timeout) as timer:
                try:
                    result = _hub_switch(self._kind, self._id)
                    if result is self:
                        # Notified: the notifier already took the link off the list.
                        switch = None
                    else:
                        raise InvalidSwitchError('Invalid switch into %s.wait(): %r' % (type(self).__name__, result))
                    return True
                except catch as ex:
                    if ex is not timer:
                        raise
                    return False
        finally:
            if switch is not None:
                self.unlink(switch)
            if self._id is not None:
                _resource_waiter(self._id, False, getcurrent())

    def _wait(self, timeout=None):
        if self.ready():
            return self._wait_return_value(False, False)
        gotit = self._wait_core(timeout)
        return self._wait_return_value(True, gotit)

    def _wait_return_value(self, waited, wait_success):
        return None
