import Runtimes
import XCTest

/// Library modules where CPython's output cannot be recorded: what loopscope refuses, the
/// fixed stand-ins (environment, pid) and the seeded randomness of uuid4/urandom.
final class LibraryModuleTests: XCTestCase {
    private func run(_ source: String, arguments: [String] = []) throws -> (status: Int32?, out: String, err: String) {
        let engine = try Engine(file: "t.py", source: source)
        engine.arguments = arguments
        var out = "", err = ""
        engine.onOutput = { _, stream, text in
            if stream == .stdout { out += text } else { err += text }
        }
        switch engine.run() {
        case .finished(let status): return (status, out, err)
        case .exception: return (1, out, err)
        default: return (nil, out, err)
        }
    }

    private func lastLine(_ text: String) -> String {
        text.split(separator: "\n").last.map(String.init) ?? ""
    }

    func testFileSystemAndProcessFunctionsAreRefusedByName() throws {
        let cases = [
            ("import os\nos.listdir('.')", "OSError: os.listdir() is not supported by loopscope: scenarios cannot use the file system"),
            ("import os\nos.system('ls')", "OSError: os.system() is not supported by loopscope: scenarios cannot start or signal processes"),
            ("import os.path\nos.path.exists('x')", "OSError: os.path.exists() is not supported by loopscope: scenarios cannot use the file system"),
            ("import gevent.subprocess\ngevent.subprocess.check_output(['ls'])",
             "OSError: gevent.subprocess.check_output() is not supported by loopscope: scenarios cannot start or signal processes"),
            ("from gevent import select\nselect.select([1], [], [], 1)",
             "OSError: gevent.select.select() on file descriptors is not supported by loopscope: scenarios have no sockets or files"),
            ("import uuid\nuuid.uuid1()",
             "NotImplementedError: uuid.uuid1() is not supported by loopscope: it reads the host address and the wall clock; use uuid4()"),
            ("import logging\nlogging.basicConfig(filename='x.log')",
             "OSError: logging.basicConfig(filename=...) is not supported by loopscope: scenarios cannot use files"),
            ("import argparse\nargparse.ArgumentParser(prefix_chars='+')",
             "NotImplementedError: argparse: prefix_chars other than '-' are not supported by loopscope"),
        ]
        for (source, message) in cases {
            let result = try run(source)
            XCTAssertEqual(result.status, 1, source)
            XCTAssertEqual(lastLine(result.err), message, source)
            XCTAssertTrue(result.err.contains("File \"t.py\", line 2, in <module>"), source)
        }
    }

    func testEnvironmentAndPidAreFixedStandIns() throws {
        let result = try run("import os\nprint(os.environ['HOME'], os.environ['USER'], os.environ['TZ'], os.getpid())")
        XCTAssertEqual(result.out, "/home/loopscope loopscope UTC 4242\n")
    }

    func testUuid4AndUrandomAreSeededAndIndependentOfRandom() throws {
        let source = """
        import os, random, uuid
        random.seed(1)
        print(uuid.uuid4(), os.urandom(4).hex(), random.random())
        """
        let first = try run(source)
        let second = try run(source.replacingOccurrences(of: "random.seed(1)", with: "random.seed(2)"))
        XCTAssertEqual(first.status, 0, first.err)
        let a = first.out.split(separator: " "), b = second.out.split(separator: " ")
        XCTAssertEqual(a[0], b[0])
        XCTAssertEqual(a[1], b[1])
        XCTAssertNotEqual(a[2], b[2])
        XCTAssertEqual(a[0].count, 36)
        XCTAssertEqual(Array(a[0])[14], "4")
    }

    func testArgumentsAfterTheScriptBecomeSysArgv() throws {
        let source = """
        import argparse, sys
        p = argparse.ArgumentParser()
        p.add_argument('name')
        p.add_argument('--times', type=int, default=1)
        print(sys.argv, p.parse_args())
        """
        let result = try run(source, arguments: ["Ada", "--times", "3"])
        XCTAssertEqual(result.out, "['t.py', 'Ada', '--times', '3'] Namespace(name='Ada', times=3)\n")
        let missing = try run(source)
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.err, "usage: t.py [-h] [--times TIMES] name\nt.py: error: the following arguments are required: name\n")
    }

    func testLoggingWritesLevelNameMessageToStderrByDefault() throws {
        let result = try run("import logging\nlogging.info('hidden')\nlogging.warning('careful %d', 3)\nlogging.getLogger('db').error('down')")
        XCTAssertEqual(result.out, "")
        XCTAssertEqual(result.err, "WARNING:root:careful 3\nERROR:db:down\n")
    }
}
