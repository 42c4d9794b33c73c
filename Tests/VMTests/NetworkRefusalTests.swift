import XCTest

/// Scenarios have no network: `gevent.socket` offers the exception classes programs catch,
/// and every network operation raises an OSError that names it.
final class NetworkRefusalTests: XCTestCase {
    func testGeventSocketRefusesNetworkCallsByName() {
        checkScript("""
        from gevent import socket
        for call in (lambda: socket.gethostbyname('example.com'),
                     lambda: socket.create_connection(('example.com', 80)),
                     lambda: socket.socket()):
            try:
                call()
            except OSError as e:
                print(type(e).__name__, e)
        """, expected: """
        OSError gevent.socket.gethostbyname() is not supported by loopscope: scenarios have no network
        OSError gevent.socket.create_connection() is not supported by loopscope: scenarios have no network
        OSError gevent.socket.socket() is not supported by loopscope: scenarios have no network
        """)
    }

    func testGeventSocketExceptionClassesAreTheSocketModules() {
        checkScript("""
        from gevent import socket
        print(socket.gaierror, socket.herror, socket.error, socket.timeout)
        print(issubclass(socket.gaierror, socket.error), str(socket.gaierror(-2, 'Name or service not known')))
        """, expected: """
        <class 'socket.gaierror'> <class 'socket.herror'> <class 'OSError'> <class 'TimeoutError'>
        True [Errno -2] Name or service not known
        """)
    }
}

/// tornado's HTTP clients exist for the exceptions and requests programs name; fetching is refused.
final class TornadoHTTPClientRefusalTests: XCTestCase {
    func testFetchIsRefusedByName() {
        checkScript("""
        from tornado.httpclient import AsyncHTTPClient, HTTPClient
        for fetch in (AsyncHTTPClient().fetch, HTTPClient().fetch):
            try:
                fetch('http://example.com/')
            except OSError as e:
                print(e)
        """, expected: """
        tornado.httpclient AsyncHTTPClient.fetch() is not supported by loopscope: scenarios have no network
        tornado.httpclient HTTPClient.fetch() is not supported by loopscope: scenarios have no network
        """)
    }
}
