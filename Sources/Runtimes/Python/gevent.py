# gevent for loopscope, written with the semantics of gevent 26: greenlets start from hub
# callbacks, blocking calls switch to the hub, links and notifications run as hub callbacks
# in FIFO order. Greenlets, the hub's switching and its timers are native (_loopscope_gevent);
# the rest is Python, in files named after gevent's submodules that run in order in this
# package's one namespace (see LibraryPackages.swift).

import sys
from _loopscope_gevent import greenlet as _raw_greenlet
from _loopscope_gevent import getcurrent, _hub_switch, _run_callback, _timer, _now, _set_name, _in_hub
from _loopscope_gevent import _patch_time, _raw_dead, _print_exception, _wait_idle, _idle, _wait_reason, _sleep
from _loopscope_gevent import _greenlet_notify_links
from _loopscope import _resource, _resource_value, _resource_holder, _resource_waiter
from heapq import heappush as _heappush, heappop as _heappop, heapify as _heapify
from collections import deque as _deque

__version__ = '26.9.0'
