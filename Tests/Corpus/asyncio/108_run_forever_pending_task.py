import asyncio

async def background():
    i = 0
    while True:
        print("background", i)
        i += 1
        await asyncio.sleep(1)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
task = loop.create_task(background())
loop.call_later(2.5, loop.stop)
loop.run_forever()
print("stopped; task done?", task.done())
task.cancel()
loop.run_until_complete(asyncio.sleep(0))
print("after cancel, task cancelled?", task.cancelled())
loop.close()
