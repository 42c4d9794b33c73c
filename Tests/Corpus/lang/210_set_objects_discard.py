# Sets of objects hashed by identity: adding, discarding every other member, membership,
# remove/KeyError, pop until empty and size changes during iteration, at a size where a
# removal that is not O(1) would show.
class Job:
    def __init__(self, i):
        self.i = i


jobs = [Job(i) for i in range(60000)]
live = set()
for j in jobs:
    live.add(j)
for j in jobs[::2]:
    live.discard(j)
print(len(live), sum(j.i for j in live), jobs[1] in live, jobs[0] in live)
for j in jobs[1::4]:
    live.remove(j)
print(len(live), min(j.i for j in live), max(j.i for j in live))
try:
    live.remove(jobs[0])
except KeyError:
    print("KeyError")
few = set(jobs[:10])
few.discard(jobs[3])
print(sorted(j.i for j in few))
try:
    for j in few:
        few.discard(j)
except RuntimeError as e:
    print(e)
popped = 0
while live:
    live.pop()
    popped += 1
print(popped, len(live), live == set())
live.add(jobs[7])
print([j.i for j in live], jobs[7] in live)
mixed = {jobs[0], 1, "a", (2, 3)}
mixed.discard(1)
mixed.discard(jobs[0])
print(len(mixed), sorted(map(str, mixed)))
