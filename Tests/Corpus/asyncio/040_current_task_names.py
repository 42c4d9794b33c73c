import asyncio

async def show(label):
    t = asyncio.current_task()
    print(label, "running in", t.get_name())
    await asyncio.sleep(0.1)

async def main():
    print("main is", asyncio.current_task().get_name())
    await show("direct await")
    await asyncio.gather(show("gathered a"), show("gathered b"))
    t = asyncio.create_task(show("created"))
    await t
    named = asyncio.create_task(show("named"), name="custom-name")
    await named

asyncio.run(main())
