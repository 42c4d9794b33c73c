# source: https://docs.python.org/3.11/library/asyncio-eventloop.html (Executing code in thread or process pools); changes: blocking_io reads no file (returns 100 zero bytes after time.sleep(0.1)); the process-pool option removed (processes)
import asyncio
import concurrent.futures
import time

def blocking_io():
    # File operations (such as logging) can block the
    # event loop: run them in a thread pool.
    time.sleep(0.1)
    return bytes(100)

async def main():
    loop = asyncio.get_running_loop()

    ## Options:

    # 1. Run in the default loop's executor:
    result = await loop.run_in_executor(
        None, blocking_io)
    print('default thread pool', result)

    # 2. Run in a custom thread pool:
    with concurrent.futures.ThreadPoolExecutor() as pool:
        result = await loop.run_in_executor(
            pool, blocking_io)
        print('custom thread pool', result)

if __name__ == '__main__':
    asyncio.run(main())
