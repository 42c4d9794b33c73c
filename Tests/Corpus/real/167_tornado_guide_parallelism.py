# source: https://github.com/tornadoweb/tornado/blob/master/docs/guide/coroutines.rst (Coroutine patterns: Parallelism); changes: http_client (network) replaced by a stand-in whose fetch resolves after 0.1 s; the functions return what they fetched and a main() runs them
from tornado.concurrent import Future
from tornado.ioloop import IOLoop
from tornado import gen
from tornado.gen import multi

class AsyncHTTPClient:
    # stand-in for tornado.httpclient.AsyncHTTPClient: a fetch takes 0.1 s
    def fetch(self, url):
        future = Future()
        class Response:
            body = ("<html>%s</html>" % url).encode()
        IOLoop.current().call_later(0.1, future.set_result, Response())
        return future

http_client = AsyncHTTPClient()

async def parallel_fetch(url1, url2):
    resp1, resp2 = await multi([http_client.fetch(url1),
                                http_client.fetch(url2)])
    return resp1.body, resp2.body

async def parallel_fetch_many(urls):
    responses = await multi ([http_client.fetch(url) for url in urls])
    # responses is a list of HTTPResponses in the same order
    return [r.body for r in responses]

async def parallel_fetch_dict(urls):
    responses = await multi({url: http_client.fetch(url)
                             for url in urls})
    # responses is a dict {url: HTTPResponse}
    return {url: r.body for url, r in responses.items()}

@gen.coroutine
def parallel_fetch_decorated(url1, url2):
    resp1, resp2 = yield [http_client.fetch(url1),
                          http_client.fetch(url2)]
    return resp1.body, resp2.body

async def main():
    print(await parallel_fetch("a", "b"))
    print(await parallel_fetch_many(["c", "d", "e"]))
    print(await parallel_fetch_dict(["f", "g"]))
    print(await parallel_fetch_decorated("h", "i"))

IOLoop.current().run_sync(main)
