# asyncio: a tree of nested asyncio.gather calls -- 6 levels of 6 children (55,987 tasks);
# every leaf sleeps 1..13 ms and returns a value, every inner node gathers its children.
import asyncio

FANOUT = 6
DEPTH = 6
tasks = 0


async def node(path, depth):
    global tasks
    tasks += 1
    if depth == DEPTH:
        await asyncio.sleep(0.001 * (1 + path % 13))
        return path % 1000
    results = await asyncio.gather(*(node(path * FANOUT + c, depth + 1) for c in range(FANOUT)))
    await asyncio.sleep(0.001 * (depth + 1))
    return sum(results) % 1_000_003


async def main():
    total = await node(0, 0)
    print("gather tree", tasks, "tasks, checksum", total)
    print(round(asyncio.get_running_loop().time(), 3))


asyncio.run(main())
