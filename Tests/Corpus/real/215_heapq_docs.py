# source: https://docs.python.org/3.11/library/heapq.html (Basic Examples: heapsort; priority queue with tuples); changes: doctest prompts removed; each value the session echoes is printed with print(repr(...))
from heapq import heappush, heappop
import heapq

def heapsort(iterable):
    h = []
    for value in iterable:
        heappush(h, value)
    return [heappop(h) for i in range(len(h))]

print(repr(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0])))

h = []
heappush(h, (5, 'write code'))
heappush(h, (7, 'release product'))
heappush(h, (1, 'write spec'))
heappush(h, (3, 'create tests'))
print(repr(heappop(h)))
print(repr(heapq.nlargest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2])))
print(repr(heapq.nsmallest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2])))
print(repr(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25]))))
