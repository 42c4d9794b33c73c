import asyncio

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0.5)
    return "ticked"

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    print(loop.run_until_complete(ticker(3)))
    print("running:", loop.is_running(), "closed:", loop.is_closed())
finally:
    loop.close()
print("closed:", loop.is_closed())
loop2 = asyncio.new_event_loop()
print(loop2.run_until_complete(ticker(1)))
loop2.close()
