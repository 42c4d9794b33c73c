import asyncio

async def sleeper(d):
    await asyncio.sleep(d)

async def main():
    tasks = [asyncio.create_task(sleeper(i), name=f"sleeper-{i}") for i in range(1, 4)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.sleep(1.5)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task() in asyncio.all_tasks())

asyncio.run(main(), debug=False)
