import asyncio

async def handle(command):
    match command:
        case "sleep":
            await asyncio.sleep(1)
        case _:
            print("unknown")

asyncio.run(handle("sleep"))
