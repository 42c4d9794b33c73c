# A command loop dispatching on message shape with match inside coroutines.
import asyncio


async def worker(name, inbox, results):
    while True:
        message = await inbox.get()
        match message:
            case {"op": "sleep", "seconds": float(s) | int(s)}:
                await asyncio.sleep(s)
                results.append(f"{name} slept {s}")
            case {"op": "add", "args": [int(a), int(b)]}:
                results.append(f"{name} {a}+{b}={a + b}")
            case {"op": "echo", "text": str(text)} if text:
                results.append(f"{name} echo {text}")
            case {"op": "stop"}:
                inbox.task_done()
                print(f"{name} stopping at {asyncio.get_running_loop().time():.1f}")
                return
            case {"op": op}:
                results.append(f"{name} unknown op {op!r}")
            case _:
                results.append(f"{name} malformed {message!r}")
        inbox.task_done()


async def handle(command):
    match command:
        case "sleep":
            await asyncio.sleep(1)
            return "slept"
        case _:
            return "unknown"


async def main():
    print(await handle("sleep"), await handle("dance"))
    inbox = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", inbox, results)) for i in range(2)]
    for m in [{"op": "sleep", "seconds": 0.5}, {"op": "add", "args": [2, 3]}, {"op": "echo", "text": ""},
              {"op": "echo", "text": "hi"}, {"op": "sleep", "seconds": 1}, {"op": "jump"}, ["op", "add"],
              {"op": "stop"}, {"op": "stop"}]:
        await inbox.put(m)
    await asyncio.gather(*workers)
    for r in results:
        print(r)


asyncio.run(main())
