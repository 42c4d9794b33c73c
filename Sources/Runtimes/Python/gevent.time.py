"""gevent.time: the time module with gevent's cooperative sleep."""
from time import time, time_ns, monotonic, monotonic_ns, perf_counter, perf_counter_ns
from gevent import sleep
