import asyncio

async def waiter(event, name):
    print(name, "waiting for event")
    await event.wait()
    print(name, "saw the event")

async def setter(event):
    await asyncio.sleep(2)
    print("setting event")
    event.set()
    print("set() returned, is_set:", event.is_set())

async def main():
    event = asyncio.Event()
    await asyncio.gather(waiter(event, "w1"), waiter(event, "w2"), setter(event))
    await event.wait()
    print("waiting on a set event returns at once")

asyncio.run(main())
