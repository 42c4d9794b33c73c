import Foundation
import XCTest

/// The command line as a user meets it: the built `loopscope` binary run as a subprocess,
/// checking exit statuses and messages for bad options, unreadable inputs and failed writes.
final class CLITests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("loopscope-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The binary next to the test bundle (`swift test` builds both into one directory).
    static var binary: String {
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundleDirectory.appendingPathComponent("loopscope").path,
                          URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                              .deletingLastPathComponent().appendingPathComponent(".build/debug/loopscope").path]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }

    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs loopscope with `arguments`; `stdoutPath` redirects standard output to a file.
    func loopscope(_ arguments: [String], stdoutPath: String? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        if let stdoutPath {
            process.standardOutput = FileHandle(forWritingAtPath: stdoutPath)
        } else {
            process.standardOutput = out
        }
        process.standardError = err
        try process.run()
        let outData = stdoutPath == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self))
    }

    func write(_ name: String, _ text: String) -> String {
        let path = directory.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    func testTheBinaryIsThere() {
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: Self.binary), Self.binary)
    }

    func testInvalidLimitsAreUsageErrors() throws {
        _ = write("hi.py", "print('hi')\n")
        let cases: [([String], String)] = [
            (["run", "--until", "-1", "hi.py"], "--until must be a time in seconds between 0 and 1e9"),
            (["run", "--until=-1", "hi.py"], "--until must be a time in seconds between 0 and 1e9"),
            (["run", "--until", "nan", "hi.py"], "--until must be a time in seconds between 0 and 1e9"),
            (["run", "--until", "inf", "hi.py"], "--until must be a time in seconds between 0 and 1e9"),
            (["run", "--max-steps=-5", "hi.py"], "--max-steps must be a positive number of steps"),
            (["run", "--max-instructions", "0", "hi.py"], "--max-instructions must be a positive number of instructions"),
            (["run", "--max-compute-time", "nan", "hi.py"], "--max-compute-time must be a time in seconds between 0.001 and 1e9"),
            (["run", "--max-compute-time=0", "hi.py"], "--max-compute-time must be a time in seconds between 0.001 and 1e9"),
            (["run", "--max-tasks", "0", "hi.py"], "--max-tasks must be a positive number of tasks"),
            (["run", "--max-memory", "1", "hi.py"], "--max-memory must be a number of MiB between 16 and"),
            (["export", "--width", "9223372036854775807", "hi.py"], "--width must be between 40 and 10000 columns"),
            (["export", "--from", "0", "--to", "1e10", "hi.py"], "--to must be a time in seconds between 0 and 1e9"),
            (["export", "--from", "1e20", "hi.py"], "--from must be a time in seconds between 0 and 1e9"),
            (["export", "--from", "1e300", "--to", "1e301", "hi.py"], "--from must be a time in seconds between 0 and 1e9"),
            (["export", "--tick", "-2", "hi.py"], "--tick must be a positive number of seconds"),
        ]
        for (arguments, message) in cases {
            let r = try loopscope(arguments)
            XCTAssertEqual(r.status, 64, arguments.joined(separator: " "))
            XCTAssertTrue(r.stderr.contains(message), "\(arguments): \(r.stderr)")
        }
    }

    func testTheLargestAcceptedTimesExport() throws {
        _ = write("sleep.py", "import asyncio\nasync def main():\n    await asyncio.sleep(1e9)\n    print('woke')\nasyncio.run(main())\n")
        let r = try loopscope(["export", "--until", "1e9", "--from", "0", "--to", "1e9", "--width", "10000", "sleep.py"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("1000000000.000 s"), r.stdout)
    }

    func testUnreadableInputsSayWhy() throws {
        let r = try loopscope(["run", directory.path])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, "loopscope: cannot read '\(directory.path)': it is a directory\n")
        let missing = try loopscope(["check", "nope.py"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "loopscope: cannot read 'nope.py': no such file\n")
        FileManager.default.createFile(atPath: directory.appendingPathComponent("latin1.py").path, contents: Data([0x70, 0xE9, 0x0A]))
        let latin1 = try loopscope(["run", "latin1.py"])
        XCTAssertEqual(latin1.status, 2)
        XCTAssertEqual(latin1.stderr, "loopscope: cannot read 'latin1.py': not UTF-8 text\n")
    }

    func testAFullDiskIsReportedOnEveryOutput() throws {
        _ = write("hi.py", "print('hi')\n")
        for arguments in [["run", "hi.py"], ["check", "hi.py"], ["export", "hi.py"]] {
            let r = try loopscope(arguments, stdoutPath: "/dev/full")
            XCTAssertEqual(r.status, 2, arguments.joined(separator: " "))
            XCTAssertEqual(r.stderr, "loopscope: cannot write standard output: No space left on device\n")
        }
        let export = try loopscope(["export", "hi.py", "-o", "/dev/full"])
        XCTAssertEqual(export.status, 2)
        XCTAssertEqual(export.stderr, "loopscope: cannot write '/dev/full': No space left on device\n")
        let trace = try loopscope(["run", "hi.py", "--trace", "/dev/full"])
        XCTAssertEqual(trace.status, 2)
        XCTAssertEqual(trace.stdout, "hi\n")
        XCTAssertEqual(trace.stderr, "loopscope: cannot write trace: cannot write '/dev/full': No space left on device\n")
        var info = stat()
        XCTAssertEqual(stat("/dev/full", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR, "/dev/full was replaced")
    }

    func testOutputsThroughASymlinkAndIntoAFIFO() throws {
        _ = write("hi.py", "print('hi')\n")
        _ = write("real.jsonl", "old\n")
        XCTAssertEqual(symlink("real.jsonl", directory.appendingPathComponent("link.jsonl").path), 0)
        let r = try loopscope(["run", "hi.py", "--trace", "link.jsonl"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let written = try String(contentsOfFile: directory.appendingPathComponent("real.jsonl").path, encoding: .utf8)
        XCTAssertTrue(written.hasPrefix("{"), written)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: directory.appendingPathComponent("link.jsonl").path),
                       "real.jsonl")
        let fifo = directory.appendingPathComponent("pipe").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        let pipe = Pipe()
        reader.standardOutput = pipe
        try reader.run()
        let export = try loopscope(["export", "hi.py", "-o", fifo])
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        reader.waitUntilExit()
        XCTAssertEqual(export.status, 0, export.stderr)
        XCTAssertTrue(text.hasPrefix("loopscope timeline"), text)
        var info = stat()
        XCTAssertEqual(lstat(fifo, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "the FIFO was replaced")
    }

    func testEvalIsRefusedByCheckAndRun() throws {
        _ = write("ev.py", "x = 1\nprint(eval('x + 1'))\n")
        let message = "ev.py:2:7: error: 'eval()' (running code built from strings) is not supported by loopscope\n"
        for command in ["check", "run"] {
            let r = try loopscope([command, "ev.py"])
            XCTAssertEqual(r.status, 2)
            XCTAssertTrue(r.stderr.hasPrefix(message), r.stderr)
            XCTAssertEqual(r.stdout, "")
        }
    }

    func testDeepDataAtExitKeepsTheOutput() throws {
        _ = write("deep.py", "x = []\nfor i in range(100000):\n    x = [x]\nprint('done')\n")
        let r = try loopscope(["run", "deep.py"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "done\n")
    }

    /// By default a computation that never waits stops on real time (1.5 s), status 4.
    func testASpinStopsOnTheComputeTimeBudget() throws {
        _ = write("spin.py", "while True:\n    pass\n")
        let start = Date()
        let r = try loopscope(["run", "spin.py"])
        XCTAssertEqual(r.status, 4)
        XCTAssertLessThan(Date().timeIntervalSince(start), 3.0)
        XCTAssertTrue(r.stderr.hasPrefix("loopscope: stopped after 1.500 s of real time computing at line "), r.stderr)
        XCTAssertTrue(r.stderr.contains("a wall-clock budget, so where it stops may vary"), r.stderr)
    }

    func testTheMemoryBudgetStopsGrowth() throws {
        _ = write("grow.py", "xs = []\nwhile True:\n    xs.append('x' * 10000)\n")
        // An instruction budget, not the default compute time: the debug build may be slow.
        let r = try loopscope(["run", "--max-memory", "64", "--max-instructions", "2000000000", "grow.py"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.hasSuffix("MemoryError: loopscope memory budget of 64 MiB exhausted (raise it with --max-memory)\n"),
                      r.stderr)
    }
}
