# link() can start the next stage when a greenlet finishes.
import gevent


def stage(n):
    gevent.sleep(0.1)
    print("stage", n, "done")
    return n


def on_done(g):
    print("link sees", g.value)
    if g.value < 3:
        nxt = gevent.spawn(stage, g.value + 1)
        nxt.link(on_done)
        holder.append(nxt)


holder = [gevent.spawn(stage, 1)]
holder[0].link(on_done)
gevent.sleep(1)
print("stages run:", len(holder))
