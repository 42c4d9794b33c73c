import time

import gevent
from gevent import select
from gevent.util import wrap_errors


def ticker():
    for i in range(3):
        gevent.sleep(0.1)
        print("tick", i)


def waiter():
    start = time.time()
    r, w, x = select.select([], [], [], 0.25)
    print("select returned", r, w, x, "after", round(time.time() - start, 2))
    print("zero timeout:", select.select([], [], [], 0))


def parse(text):
    return int(text)


safe_parse = wrap_errors(ValueError, parse)
print(safe_parse("42"), repr(safe_parse("x")), type(safe_parse("y")).__name__)
print(safe_parse.__name__, str(safe_parse) == str(parse))
gevent.joinall([gevent.spawn(ticker), gevent.spawn(waiter)])
try:
    select.select([], [], [], -1)
except ValueError as e:
    print("ValueError:", e)
g = gevent.spawn(wrap_errors(ZeroDivisionError, lambda: 1 / 0))
g.join()
print(g.successful(), repr(g.value))
