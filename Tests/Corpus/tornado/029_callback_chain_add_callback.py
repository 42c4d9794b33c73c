# A callback chain: each function schedules the next with add_callback,
# interleaved with a second chain.
from tornado.ioloop import IOLoop

loop = IOLoop.current()


def chain(name, n):
    print(name, n)
    if n < 3:
        loop.add_callback(chain, name, n + 1)
    elif name == "B":
        loop.add_callback(loop.stop)


loop.add_callback(chain, "A", 1)
loop.add_callback(chain, "B", 1)
loop.start()
print("chains over")
