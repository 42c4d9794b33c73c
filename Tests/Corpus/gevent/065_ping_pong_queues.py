# Two greenlets hand a ball back and forth through two queues.
import gevent
from gevent.queue import Queue

ping, pong = Queue(), Queue()


def play(name, inq, outq, rounds):
    for _ in range(rounds):
        ball = inq.get()
        print(name, "hits", ball)
        gevent.sleep(0.1)
        outq.put(ball + 1)


ping.put(0)
gevent.joinall([gevent.spawn(play, "ping", ping, pong, 3), gevent.spawn(play, "pong", pong, ping, 3)])
print("final ball:", ping.get())
