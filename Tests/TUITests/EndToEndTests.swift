import Foundation
import XCTest

/// The real binary in a real terminal: tmux runs loopscope, sends keys, and the tests read
/// the screen with `capture-pane`. Skipped (with a message) where tmux is not installed.
final class EndToEndTests: XCTestCase {
    nonisolated(unsafe) static var counter = 0

    /// A tmux server of our own (its own socket), one session running one command.
    final class Tmux {
        let socket: String
        let tmux: String

        init(tmux: String, width: Int, height: Int, command: [String], directory: String) throws {
            self.tmux = tmux
            EndToEndTests.counter += 1
            socket = "loopscope-e2e-\(getpid())-\(EndToEndTests.counter)"
            // The shell reports the exit status on the pane once loopscope ends (tmux's own
            // pane_dead_status is racy), then keeps the pane open.
            let shellCommand = "env LANG=C.UTF-8 TERM=xterm-256color " + command.map(Tmux.quote).joined(separator: " ")
                + "; echo \"[exit $?]\"; sleep 600"
            try run(["new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)", "-c", directory, shellCommand])
        }

        static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

        @discardableResult
        func run(_ args: [String]) throws -> String {
            // posix_spawn + waitpid: the first command starts the tmux server, a daemon that
            // inherits the client's descriptors, which confuses Foundation's Process.
            let outPath = NSTemporaryDirectory() + "\(socket)-\(UUID().uuidString).out"
            defer { unlink(outPath) }
            let argv = [tmux, "-L", socket, "-f", "/dev/null"] + args
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            var env = ProcessInfo.processInfo.environment
            env["LANG"] = "C.UTF-8"
            env.removeValue(forKey: "TMUX")
            let envp = env.map { "\($0.key)=\($0.value)" }
            var pid: pid_t = 0
            let cArgs = argv.map { strdup($0) } + [nil]
            let cEnv = envp.map { strdup($0) } + [nil]
            defer {
                cArgs.forEach { free($0) }
                cEnv.forEach { free($0) }
            }
            let rc = posix_spawn(&pid, tmux, &actions, nil, cArgs, cEnv)
            guard rc == 0 else { throw NSError(domain: "tmux", code: Int(rc)) }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            return (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        }

        func keys(_ keys: String...) throws {
            for k in keys {
                try run(["send-keys", "-t", "t", k])
                usleep(150_000)
            }
        }

        var screen: String { (try? run(["capture-pane", "-p", "-t", "t"])) ?? "" }

        func value(_ format: String) -> String {
            ((try? run(["display-message", "-p", "-t", "t", format])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }

        /// Waits until the screen contains `text` (up to `seconds`); returns the screen.
        @discardableResult
        func wait(for text: String, seconds: Double = 15, file: StaticString = #filePath, line: UInt = #line) -> String {
            let deadline = Date().addingTimeInterval(seconds)
            var s = screen
            while !s.contains(text) && Date() < deadline {
                usleep(100_000)
                s = screen
            }
            XCTAssertTrue(s.contains(text), "waited for \"\(text)\"; the screen is:\n\(s)", file: file, line: line)
            return s
        }

        /// Waits for loopscope to exit; returns its exit status (nil on timeout).
        func exitStatus(seconds: Double = 10) -> Int? {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                let all = (try? run(["capture-pane", "-p", "-S", "-", "-t", "t"])) ?? ""
                if let r = all.range(of: "[exit ") {
                    return Int(all[r.upperBound...].prefix { $0.isNumber })
                }
                usleep(100_000)
            }
            return nil
        }

        /// The process id of loopscope (the child of the pane's shell).
        var programPID: pid_t? {
            guard let shell = Int32(value("#{pane_pid}")) else { return nil }
            let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            return children.split(separator: " ").first.flatMap { Int32($0) }
        }

        deinit { _ = try? run(["kill-server"]) }
    }

    func tmuxPath() throws -> String {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/tmux"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        throw XCTSkip("tmux is not installed: the end-to-end tests of the terminal viewer are skipped")
    }

    func binaryPath() throws -> String {
        // The test bundle sits next to the executable in the build directory.
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments.first { $0.contains(".xctest") } ?? CommandLine.arguments[0])
            .deletingLastPathComponent()
        var candidates = [bundleDir.appendingPathComponent("loopscope").path]
        if let dirs = try? FileManager.default.contentsOfDirectory(atPath: repositoryRoot.path) {
            for d in dirs where d.hasPrefix(".build") {
                candidates.append(repositoryRoot.appendingPathComponent("\(d)/debug/loopscope").path)
            }
        }
        for c in candidates where FileManager.default.isExecutableFile(atPath: c) { return c }
        throw XCTSkip("the loopscope binary was not found next to the tests (\(candidates[0]))")
    }

    func start(_ args: [String], width: Int = 80, height: Int = 24, directory: String? = nil) throws -> Tmux {
        let dir = directory ?? NSTemporaryDirectory()
        return try Tmux(tmux: try tmuxPath(), width: width, height: height, command: [try binaryPath()] + args, directory: dir)
    }

    var gather: String { repositoryRoot.appendingPathComponent("Scenarios/asyncio_gather.py").path }

    func testStepBackPlayAndQuit() throws {
        let t = try start([gather])
        t.wait(for: "step 0/9")
        t.wait(for: "main  gather(coroutine_1, coroutine_2)")
        try t.keys("Right", "Right")
        t.wait(for: "step 2/9")
        t.wait(for: "0.000  코루틴 2중단... 4초간 대기")
        try t.keys("Left")
        let back = t.wait(for: "step 1/9")
        XCTAssertFalse(back.contains("0.000  코루틴 2 시작"), "stepping back hides what step 2 printed")
        try t.keys("l", "h", "]", "]")
        t.wait(for: "tick 2/8")
        // Play at 100x: the run ends within a second of real time.
        for _ in 0..<7 { try t.keys("+") }
        try t.keys("Space")
        let end = t.wait(for: "5.000  time taken: 5.0", seconds: 10)
        XCTAssertTrue(end.contains("4.000  코루틴 2 재개"))
        try t.keys("q")
        XCTAssertEqual(t.exitStatus(), 0)
        XCTAssertEqual(t.value("#{alternate_on}"), "0", "the terminal left the alternate screen")
    }

    func testGoToTimeShowsCoroutine2ResumingFirst() throws {
        let t = try start([gather])
        t.wait(for: "step 0/9")
        try t.keys("t", "4", "Enter")
        let s = t.wait(for: "t=4.000s")
        XCTAssertTrue(s.contains("coroutine_1  sleep → 5.000 (1.000 left)"), s)
        XCTAssertTrue(s.contains("4.000  코루틴 2 재개"), s)
        XCTAssertFalse(s.contains("5.000  코루틴 1 재개"), s)
        XCTAssertTrue(s.contains("─ TIMELINE"), s)
    }

    func testResize() throws {
        let t = try start([gather])
        t.wait(for: "step 0/9")
        try t.run(["resize-window", "-t", "t", "-x", "60", "-y", "20"])
        t.wait(for: "needs a terminal of at least 80x24")
        try t.run(["resize-window", "-t", "t", "-x", "160", "-y", "48"])
        let big = t.wait(for: "q quit")
        XCTAssertTrue(big.contains("loopscope  asyncio_gather.py"), big)
        XCTAssertEqual(big.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }.count, 48)
        try t.run(["resize-window", "-t", "t", "-x", "80", "-y", "24"])
        t.wait(for: "─ TIMELINE")
        try t.keys("q")
        XCTAssertEqual(t.exitStatus(), 0)
    }

    func testExport() throws {
        let dir = NSTemporaryDirectory() + "loopscope-e2e-export-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let t = try start([gather], directory: dir)
        t.wait(for: "step 0/9")
        try t.keys("e")
        let s = t.wait(for: "timeline exported to")
        let path = dir + "/asyncio_gather.timeline.txt"
        XCTAssertTrue(s.contains("/asyncio_gather.timeline.txt"), s)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains("coroutine_2"), text)
        XCTAssertTrue(text.contains("coroutine_1"), text)
    }

    func testGalleryPickerOpensAScenario() throws {
        let t = try start([])
        t.wait(for: "scenario gallery")
        try t.keys("3")
        t.wait(for: "─ asyncio_gather.py")
        try t.keys("Enter")
        t.wait(for: "step 0/9")
        try t.keys("n")
        t.wait(for: "t=4.000s")
        try t.keys("b")
        t.wait(for: "scenario gallery")
        try t.keys("q")
        XCTAssertEqual(t.exitStatus(), 0)
    }

    func testSigtermRestoresTheTerminal() throws {
        let t = try start([gather])
        t.wait(for: "step 0/9")
        XCTAssertEqual(t.value("#{alternate_on}"), "1")
        let pid = try XCTUnwrap(t.programPID)
        kill(pid, SIGTERM)
        XCTAssertEqual(t.exitStatus(), 143)
        XCTAssertEqual(t.value("#{alternate_on}"), "0", "the terminal left the alternate screen")
        XCTAssertFalse(t.screen.contains("TIMELINE"), "the viewer's screen is gone")
    }

    func testCtrlCQuits() throws {
        let t = try start([gather])
        t.wait(for: "step 0/9")
        try t.keys("C-c")
        XCTAssertEqual(t.exitStatus(), 130, "an interrupted program's status, as the shell reports SIGINT")
        XCTAssertEqual(t.value("#{alternate_on}"), "0")
    }

    func testASCIIAndNoColor() throws {
        let t = try Tmux(tmux: try tmuxPath(), width: 80, height: 24,
                         command: ["env", "NO_COLOR=1", try binaryPath(), "--ascii", gather], directory: NSTemporaryDirectory())
        t.wait(for: "step 0/9")
        try t.keys("t", "5", "Enter")
        let s = t.wait(for: "t=5.000s")
        XCTAssertTrue(s.contains("- TIMELINE"), s)
        XCTAssertTrue(s.contains("coroutine_2 #-"), s)
        for scalar in s.unicodeScalars where scalar.value > 0x7E {
            XCTAssertTrue(scalar.value >= 0xAC00 && scalar.value <= 0xD7A3, "non-ASCII \(scalar) with --ascii")
        }
    }

    func testCompileErrorIsPrintedWithoutTheViewer() throws {
        let dir = NSTemporaryDirectory() + "loopscope-e2e-bad-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "def f(:\n    pass\n".write(toFile: dir + "/bad.py", atomically: true, encoding: .utf8)
        let t = try start([dir + "/bad.py"], directory: dir)
        XCTAssertEqual(t.exitStatus(), 2)
        // (tmux may scroll the first line into its history when the pane dies.)
        let all = try t.run(["capture-pane", "-p", "-S", "-", "-t", "t"])
        XCTAssertTrue(all.contains("bad.py:1:7: error: invalid syntax"), all)
        XCTAssertTrue(all.contains("def f(:"), all)
    }

    func testReloadKeepsTheTime() throws {
        let dir = NSTemporaryDirectory() + "loopscope-e2e-reload-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/g.py"
        let original = try String(contentsOfFile: gather, encoding: .utf8)
        try original.write(toFile: file, atomically: true, encoding: .utf8)
        let t = try start([file], directory: dir)
        t.wait(for: "step 0/9")
        try t.keys("t", "2", "Enter")
        t.wait(for: "sleep → 5.000 (3.000 left)")
        try original.replacingOccurrences(of: "asyncio.sleep(5)", with: "asyncio.sleep(8)")
            .write(toFile: file, atomically: true, encoding: .utf8)
        try t.keys("r")
        let s = t.wait(for: "sleep → 8.000 (6.000 left)")
        XCTAssertTrue(s.contains("t=2.000s"), s)
    }
}
