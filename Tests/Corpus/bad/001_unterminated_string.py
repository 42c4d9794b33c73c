import asyncio

async def greet(name):
    await asyncio.sleep(1)
    print('hello, ' + name)
    print('done)

asyncio.run(greet("world"))
