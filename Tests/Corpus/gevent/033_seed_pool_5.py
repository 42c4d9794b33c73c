# gevent Pool(5): ten tasks each gevent.sleep(1); when the pool is full the loop
# calls pool.join(), so the tasks run in two waves of five: 2 seconds (2.0 Seconds).
import time, gevent
from gevent.pool import Pool


def task(i):
    print("Task ", i, " Start")
    gevent.sleep(1)
    print("Task ", i, " Finish")


if __name__ == "__main__":

    start = time.time()

    pool = Pool(5)
    for i in range(0, 10):
        if pool.full():
            pool.join()
        pool.spawn(task, i)

    pool.join()

    end = time.time() - start

    print(end, "Seconds")
