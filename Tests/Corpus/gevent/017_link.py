# link callbacks run after the greenlet finishes, in registration order;
# link_value only on success, link_exception only on failure.
import gevent


def ok():
    gevent.sleep(0.1)
    return "fine"


def bad():
    gevent.sleep(0.2)
    raise RuntimeError("broken")


a = gevent.spawn(ok)
b = gevent.spawn(bad)
for g, tag in ((a, "a"), (b, "b")):
    g.link(lambda gl, tag=tag: print(tag, "link: successful =", gl.successful()))
    g.link_value(lambda gl, tag=tag: print(tag, "link_value:", gl.value))
    g.link_exception(lambda gl, tag=tag: print(tag, "link_exception:", repr(gl.exception)))
gevent.joinall([a, b])
print("joined")
gevent.sleep(0)
print("end")
