# Ten tasks that each block for one second with time.sleep, run in a plain loop:
# nothing overlaps, so the total is 10 seconds.
# From the seed article's "ordinary code" example.
import time


def task(i):
    print("Task ", i, " Start")
    time.sleep(1)


if __name__ == "__main__":

    start = time.time()
    for i in range(0, 10):
        task(i)

    end = time.time() - start

    print(end, "Seconds")
