# asyncio for loopscope, written with the semantics of CPython 3.11's Lib/asyncio (same
# scheduling of callbacks, same results and errors). Future, Task, the loop and sleep are
# native (_loopscope_asyncio); the rest is Python, in files named after CPython's submodules
# that run in order in this package's one namespace (see LibraryPackages.swift).

from _loopscope_asyncio import *
from _loopscope_asyncio import _get_running_loop, _tag, _first_pending
from _loopscope import _resource, _resource_value, _resource_holder, _resource_waiter
from collections import deque as _deque
from heapq import heappush as _heappush, heappop as _heappop
