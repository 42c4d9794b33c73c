# Two coroutines that await asyncio.sleep(5) and asyncio.sleep(4), run together with gather:
# the waits overlap, coroutine 2 resumes first, and the program takes 5 seconds, not 9.
# From the seed article's asyncio example (its code kept exactly).
import asyncio
import time


async def coroutine_1():
    print('코루틴 1 시작')
    print('코루틴 1 중단... 5초간 대기')

    await asyncio.sleep(5)
    print('코루틴 1 재개')


async def coroutine_2():
    print('코루틴 2 시작')
    print('코루틴 2중단... 4초간 대기')
    await asyncio.sleep(4)
    print('코루틴 2 재개')

if __name__ == "__main__":
    loop = asyncio.get_event_loop()

    start = time.time()

    loop.run_until_complete(asyncio.gather(coroutine_1(), coroutine_2()))
    end = time.time()

    print(f'time taken: {end-start}')
