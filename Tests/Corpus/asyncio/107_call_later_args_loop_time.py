import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    log = []
    def tick(n, step):
        log.append((n, loop.time()))
        print(f"tick {n} at {loop.time():.2f}")
        if n < 4:
            loop.call_later(step, tick, n + 1, step * 2)
        else:
            done.set_result(len(log))
    loop.call_later(0.25, tick, 1, 0.25)
    print("ticks:", await done)
    print("last at", log[-1][1])

asyncio.run(main())
