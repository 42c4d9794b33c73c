# tornado 6 for loopscope: tornado runs on asyncio, so this library (written with tornado
# 6.6's semantics: eager gen.coroutine, one loop hop per future, yield [a, b] in list
# order) sits on the asyncio runtime. Its files are named after tornado's submodules and
# run in order in this package's one namespace (see LibraryPackages.swift).

import asyncio
import time as _time
from asyncio import Future, CancelledError
from collections import deque as _deque
from heapq import heappush as _heappush, heappop as _heappop
from functools import partial as _partial
from _loopscope_tornado import _coroutine_begin, _coroutine_enter, _coroutine_yielded, _coroutine_leave
from _loopscope_tornado import _sleep_reason, _multi_reason, _waits
from _loopscope import _resource, _resource_value, _resource_holder

version = '6.6.1'
version_info = (6, 6, 1, 0)
TimeoutError = TimeoutError
