import XCTest

/// What loopscope's threads refuse, with a message that says why.
final class ThreadRefusalTests: XCTestCase {
    func testProcessPoolsAndInitializersAreRefused() {
        checkScript("""
        import concurrent.futures
        for make in (lambda: concurrent.futures.ProcessPoolExecutor(),
                     lambda: concurrent.futures.ThreadPoolExecutor(initializer=print)):
            try:
                make()
            except TypeError as e:
                print(e)
        """, expected: """
        ProcessPoolExecutor is not supported by loopscope: scenarios run in one process; use ThreadPoolExecutor
        ThreadPoolExecutor(initializer=...) is not supported by loopscope
        """)
    }

    func testBlockingOnAThreadInsideATaskIsRefused() {
        checkScript("""
        import asyncio, concurrent.futures, time
        async def main():
            pool = concurrent.futures.ThreadPoolExecutor(1)
            f = pool.submit(time.sleep, 1)
            for block in (f.result, pool.shutdown):
                try:
                    block()
                except RuntimeError as e:
                    print(str(e).split(':')[0])
        asyncio.run(main())
        """, expected: """
        waiting for a thread (concurrent.futures) inside an asyncio task or a greenlet is not supported by loopscope
        shutting a thread pool down with wait=True from a worker thread, an asyncio task or a greenlet is not supported by loopscope
        """)
    }

    func testMainThreadSleepLetsWorkersRun() {
        checkScript("""
        import concurrent.futures, time
        pool = concurrent.futures.ThreadPoolExecutor(2)
        f = pool.submit(time.sleep, 0.5)
        time.sleep(1)
        print(f.done(), time.monotonic())
        """, expected: """
        True 1.0
        """)
    }
}
