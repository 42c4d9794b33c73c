# source: https://github.com/gevent/gevent/blob/master/src/gevent/timeout.py (Timeout docstring); changes: doctest prompts removed; the uncaught Timeout ends the program
import gevent
gevent.Timeout(0.1).start()
gevent.sleep(0.2)  #doctest: +IGNORE_EXCEPTION_DETAIL
