# A producer fills an asyncio.Queue(maxsize=2) faster than two consumers drain it, so
# put() blocks whenever the queue is full. queue.join() waits until every item got its
# task_done(). In the timeline, watch the producer stall on put and resume as consumers get.
import asyncio
import time


async def producer(queue, start):
    for item in range(1, 7):
        await queue.put(item)
        print(f"{time.time() - start:.1f}s producer: put {item} (queue size {queue.qsize()})")
    print(f"{time.time() - start:.1f}s producer: all items queued")


async def consumer(name, seconds, queue, start):
    while True:
        item = await queue.get()
        print(f"{time.time() - start:.1f}s {name}: got {item}")
        await asyncio.sleep(seconds)
        print(f"{time.time() - start:.1f}s {name}: finished {item}")
        queue.task_done()


async def main():
    start = time.time()
    queue = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer("fast", 0.3, queue, start)),
                 asyncio.create_task(consumer("slow", 0.7, queue, start))]
    await producer(queue, start)
    await queue.join()
    print(f"{time.time() - start:.1f}s main: queue.join() returned, every item is done")
    for task in consumers:
        task.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print("main: consumers cancelled")


asyncio.run(main())
