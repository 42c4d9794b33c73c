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
