# joinall / wait / iwait over thousands of greenlets: results come back in completion
# order (the many equal deadlines in libev heap order), count and timeout stop early, and
# the greenlets left running finish later.
import gevent

N = 3000


def job(i):
    gevent.sleep(0.1 * (i % 7))
    return i


def checksum(values):
    return sum(k * v for k, v in enumerate(values)) % 1000003


gs = [gevent.spawn(job, i) for i in range(N)]
done = gevent.joinall(gs)
order = [g.value for g in done]
print("joinall", len(done), all(g.successful() for g in gs))
print("first", order[:6], "last", order[-6:], "checksum", checksum(order))

gs = [gevent.spawn(job, i) for i in range(N)]
early = [g.value for g in gevent.iwait(gs, timeout=0.35)]
print("iwait timeout", len(early), early[:4], early[-4:], checksum(early))
some = gevent.wait(gs, count=1500)
print("wait count", len(some), checksum([g.value for g in some]))
rest = gevent.wait(gs)
print("wait rest", len(rest), sum(1 for g in gs if g.dead))

gs = [gevent.spawn(job, i) for i in range(N)]
seen = 0
for g in gevent.iwait(gs):
    seen += 1
    if seen % 1000 == 0:
        print("iwait", seen, g.value)
print("done", seen)
