import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("first")
    for action in ("set_result", "set_exception"):
        try:
            if action == "set_result":
                fut.set_result("second")
            else:
                fut.set_exception(RuntimeError("late"))
        except asyncio.InvalidStateError as e:
            print(action, "-> InvalidStateError:", e)
    print("result still:", fut.result())
    t = asyncio.create_task(asyncio.sleep(1))
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("Task.set_result -> RuntimeError:", e)
    await t
    print(isinstance(asyncio.InvalidStateError(), Exception))

asyncio.run(main())
