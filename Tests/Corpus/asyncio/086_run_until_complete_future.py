import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
fut = loop.create_future()
loop.call_later(1.5, fut.set_result, "resolved by a timer")
print(loop.run_until_complete(fut))
task = loop.create_task(asyncio.sleep(1, result="task result"))
print(loop.run_until_complete(task))
print(loop.time())
loop.close()
