# source: https://github.com/gevent/gevent/blob/master/docs/intro.rst (Greenlets: an unhandled error); changes: doctest prompts removed; each value the session echoes is printed with print(repr(...)); a print after each step
import gevent
glet = gevent.spawn(lambda : 1/0); glet.join()
print("joined")
gevent.sleep(1)
print("slept")
