# asyncio: many timers with distinct deadlines -- 100,000 loop.call_later callbacks
# (deadlines 0.1 ms apart over 10 s, scheduled in a scrambled order, every 10th cancelled)
# plus 2,000 tasks each sleeping 10 times with scattered delays.
import asyncio

CALLBACKS = 100_000
SLEEPERS = 2_000
fired = []


def on_timer(i):
    fired.append(i)


async def sleeper(i):
    n = 0
    for k in range(10):
        await asyncio.sleep(0.0001 * ((i * 13 + k * 7) % 997 + 1))
        n += 1
    return n


async def main():
    loop = asyncio.get_running_loop()
    handles = []
    for i in range(CALLBACKS):
        delay = 0.0001 * ((i * 7919) % CALLBACKS)
        handles.append(loop.call_later(delay, on_timer, i))
    for i in range(0, CALLBACKS, 10):
        handles[i].cancel()
    done = await asyncio.gather(*(sleeper(i) for i in range(SLEEPERS)))
    await asyncio.sleep(10.5)
    checksum = 0
    for i in fired:
        checksum = (checksum * 31 + i) % 1_000_003
    print("timers", len(fired), "fired, sleeps", sum(done), "order checksum", checksum)
    print(round(loop.time(), 3))


asyncio.run(main())
