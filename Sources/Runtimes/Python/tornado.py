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

version = '6.6.1'
version_info = (6, 6, 1, 0)
TimeoutError = TimeoutError
