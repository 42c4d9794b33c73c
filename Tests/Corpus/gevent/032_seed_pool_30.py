# gevent Pool(30): ten tasks each gevent.sleep(1); the pool never fills, so all ten
# run at once and the whole program takes 1 second (last line: 1.0 Seconds).
import time, gevent
from gevent.pool import Pool


def task(i):
    print("Task ", i, " Start")
    gevent.sleep(1)
    print("Task ", i, " Finish")


if __name__ == "__main__":

    start = time.time()

    pool = Pool(30)
    for i in range(0, 10):
        if pool.full():
            pool.join()
        pool.spawn(task, i)

    pool.join()

    end = time.time() - start

    print(end, "Seconds")
