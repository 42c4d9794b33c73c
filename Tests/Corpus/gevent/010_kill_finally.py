# kill() delivers GreenletExit at the blocking point; finally blocks run.
import gevent


def sleeper():
    print("sleeper: going to sleep")
    try:
        gevent.sleep(10)
        print("never printed")
    finally:
        print("sleeper: cleanup")


g = gevent.spawn(sleeper)
gevent.sleep(0.5)
print("main: killing")
g.kill()
print("main: kill returned, dead =", g.dead)
print("value is GreenletExit:", isinstance(g.value, gevent.GreenletExit))
print("exception:", g.exception)
