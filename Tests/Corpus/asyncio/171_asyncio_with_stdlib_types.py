# asyncio programs written with dataclasses, enum, typing, functools and itertools
import asyncio
import itertools
from dataclasses import dataclass, field
from enum import Enum, auto
from functools import partial, lru_cache
from typing import List, Optional, Awaitable, Callable
from collections import Counter, deque


class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    state: State = field(default=State.PENDING, compare=False)
    log: List[str] = field(default_factory=list, compare=False, repr=False)


@lru_cache(maxsize=None)
def cost(name: str) -> float:
    return len(name) * 0.25


async def run_job(job: Job, on_done: Optional[Callable[[Job], None]] = None) -> str:
    job.state = State.RUNNING
    job.log.append("start")
    await asyncio.sleep(cost(job.name))
    job.state = State.DONE
    job.log.append("end")
    if on_done:
        on_done(job)
    return job.name


async def main():
    jobs = sorted([Job(3, "index"), Job(1, "fetch"), Job(2, "parse"), Job(1, "ab")])
    print(jobs)
    finished = deque()
    results = await asyncio.gather(*(run_job(j, finished.append) for j in jobs))
    print(results, [j.name for j in finished], cost.cache_info())
    print(Counter(j.state for j in jobs), {j.name: j.log for j in jobs})
    counter = itertools.count(1)
    waiters: List[Awaitable[str]] = [run_job(Job(next(counter), n)) for n in ("x", "yy")]
    for coro in asyncio.as_completed(waiters):
        print("completed", await coro)
    delayed = partial(asyncio.sleep, 0.5, result="late")
    print(await delayed(), State.DONE, repr(State.RUNNING))
    for a, b in itertools.pairwise(sorted(jobs)):
        print(a.name, "<=", b.name, a <= b)


asyncio.run(main())
