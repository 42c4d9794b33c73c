# source: https://github.com/sdiehl/gevent-tutorial tutorial.md (Timeouts: with Timeout(..., TooLong)); changes: none
import gevent
from gevent import Timeout

time_to_wait = 5 # seconds

class TooLong(Exception):
    pass

with Timeout(time_to_wait, TooLong):
    gevent.sleep(10)
