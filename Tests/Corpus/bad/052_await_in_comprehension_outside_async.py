import asyncio

def collect(coros):
    return [await c for c in coros]

print(collect([]))
