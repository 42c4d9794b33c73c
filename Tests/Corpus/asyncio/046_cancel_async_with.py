import asyncio

class Connection:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print(self.name, "opening")
        await asyncio.sleep(0.5)
        print(self.name, "open")
        return self
    async def __aexit__(self, exc_type, exc, tb):
        print(self.name, "closing because of", exc_type.__name__ if exc_type else None)
        await asyncio.sleep(0.5)
        print(self.name, "closed")
        return False

async def session():
    async with Connection("db") as conn:
        print("using", conn.name)
        await asyncio.sleep(10)

async def main():
    async with Connection("quick") as c:
        print("quick block body")
    t = asyncio.create_task(session())
    await asyncio.sleep(2)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("session cancelled")

asyncio.run(main())
