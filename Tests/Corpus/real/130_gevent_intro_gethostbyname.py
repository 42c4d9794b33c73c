# source: https://github.com/gevent/gevent/blob/master/docs/intro.rst (Introduction, first example); changes: doctest prompts removed; each value the session echoes is printed with print(repr(...)); socket.gethostbyname (DNS) replaced by a stand-in that sleeps 0.1 s and returns a fixed address
import gevent
from gevent import socket

def gethostbyname(name):
    gevent.sleep(0.1)
    return {'www.google.com': '142.250.74.36', 'www.example.com': '93.184.215.14', 'www.python.org': '151.101.0.223'}[name]

urls = ['www.google.com', 'www.example.com', 'www.python.org']
jobs = [gevent.spawn(gethostbyname, url) for url in urls]
_ = gevent.joinall(jobs, timeout=2)
print(repr([job.value for job in jobs]))
