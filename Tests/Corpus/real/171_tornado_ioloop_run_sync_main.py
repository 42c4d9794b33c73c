# source: https://github.com/tornadoweb/tornado/blob/master/tornado/ioloop.py (IOLoop.run_sync docstring); changes: 'do stuff' filled in with a sleep and a print
from tornado import gen
from tornado.ioloop import IOLoop

async def main():
    # do stuff...
    await gen.sleep(1)
    print("did stuff at", round(IOLoop.current().time() - start, 3))

if __name__ == '__main__':
    start = IOLoop.current().time()
    IOLoop.current().run_sync(main)
