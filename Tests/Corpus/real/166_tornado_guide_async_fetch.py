# source: https://github.com/tornadoweb/tornado/blob/master/docs/guide/async.rst (Examples: asynchronous_fetch, async_fetch_gen, async_fetch_manual); changes: AsyncHTTPClient (network) replaced by a stand-in whose fetch resolves after 0.1 s; a main() that runs the three and prints the bodies
from tornado.concurrent import Future
from tornado.ioloop import IOLoop
from tornado import gen

class AsyncHTTPClient:
    # stand-in for tornado.httpclient.AsyncHTTPClient: a fetch takes 0.1 s
    def fetch(self, url):
        future = Future()
        class Response:
            body = ("<html>%s</html>" % url).encode()
        IOLoop.current().call_later(0.1, future.set_result, Response())
        return future


async def asynchronous_fetch(url):
    http_client = AsyncHTTPClient()
    response = await http_client.fetch(url)
    return response.body

@gen.coroutine
def async_fetch_gen(url):
    http_client = AsyncHTTPClient()
    response = yield http_client.fetch(url)
    raise gen.Return(response.body)

def async_fetch_manual(url):
    http_client = AsyncHTTPClient()
    my_future = Future()
    fetch_future = http_client.fetch(url)
    def on_fetch(f):
        my_future.set_result(f.result().body)
    fetch_future.add_done_callback(on_fetch)
    return my_future

async def main():
    print(await asynchronous_fetch("http://example.com/a"))
    print(await async_fetch_gen("http://example.com/b"))
    print(await async_fetch_manual("http://example.com/c"))
    print(round(IOLoop.current().time() - start, 3))

start = IOLoop.current().time()
IOLoop.current().run_sync(main)
