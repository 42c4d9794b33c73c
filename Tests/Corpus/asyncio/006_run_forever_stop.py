import asyncio

def say(msg):
    print("callback:", msg)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.call_soon(say, "soon")
loop.call_later(1, say, "after 1s")
loop.call_later(2, loop.stop)
loop.call_later(3, say, "never: loop stopped before")
print("starting run_forever")
loop.run_forever()
print("run_forever returned")
loop.call_soon(say, "second run")
loop.call_soon(loop.stop)
loop.run_forever()
print("second run_forever returned")
loop.close()
