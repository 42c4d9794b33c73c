import asyncio

async def runner(name, start_gun, delay):
    await start_gun.wait()
    print(name, "off")
    await asyncio.sleep(delay)
    print(name, "finished")

async def main():
    gun = asyncio.Event()
    tasks = [asyncio.create_task(runner(f"r{i}", gun, d)) for i, d in enumerate([3, 1, 2])]
    await asyncio.sleep(1)
    print("ready... go!")
    gun.set()
    await asyncio.gather(*tasks)

asyncio.run(main())
