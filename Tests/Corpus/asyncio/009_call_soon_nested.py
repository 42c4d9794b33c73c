import asyncio

loop = asyncio.new_event_loop()

def a():
    print("a runs; schedules c")
    loop.call_soon(c)

def b():
    print("b runs")

def c():
    print("c runs (scheduled by a, after b)")
    loop.call_soon(d)

def d():
    print("d runs; stopping")
    loop.stop()

loop.call_soon(a)
loop.call_soon(b)
loop.run_forever()
loop.close()
