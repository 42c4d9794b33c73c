# spawn (a loop callback) versus spawn_later(0, ...) (a zero timer) versus
# sleep(0): the order in which they run after main blocks.
import gevent


def say(word):
    print(word)


gevent.spawn_later(0, say, "spawn_later(0)")
gevent.spawn(say, "spawn")
gevent.spawn_later(0, say, "spawn_later(0) #2")
gevent.spawn(say, "spawn #2")
print("main sleeps 0")
gevent.sleep(0)
print("main after sleep(0)")
gevent.sleep(0.1)
print("main after sleep(0.1)")
