# BoundedSemaphore raises ValueError when released too many times.
from tornado import locks

sem = locks.BoundedSemaphore(1)
print("acquire:", sem.acquire().done())
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
plain = locks.Semaphore(1)
plain.release()
print("plain semaphore after an extra release, two acquires done at once:",
      plain.acquire().done(), plain.acquire().done(), "third:", plain.acquire().done())
