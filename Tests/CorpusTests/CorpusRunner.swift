import Foundation
import Loop
import Runtimes
import XCTest

/// Runs the recorded corpus programs (Tests/Corpus/<family>/NNN_name.py) and compares them
/// with what CPython printed: `.out` (stdout), `.times` (stdout lines stamped with virtual
/// time) and `.status` (exit status and last stderr line, for failing programs).
enum CorpusRunner {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpus")

    struct Result {
        var stdout = ""
        var times = ""
        var stderr = ""
        var status: Int32 = 0
    }

    static func programs(in family: String) -> [URL] {
        let dir = root.appendingPathComponent(family)
        let files = (try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "py" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Runs one program on a large native stack, as the command line does.
    static func run(_ url: URL) -> Result {
        var result = Result()
        try? LargeStack.run { result = runHere(url) }
        return result
    }

    private static func runHere(_ url: URL) -> Result {
        var r = Result()
        guard let source = try? String(contentsOf: url, encoding: .utf8) else {
            r.status = -1
            return r
        }
        let engine: Engine
        do {
            engine = try Engine(file: url.lastPathComponent, source: source)
        } catch {
            r.stderr = error.render(file: url.lastPathComponent, source: source)
            r.status = 2
            return r
        }
        var pending = ""
        engine.onOutput = { time, stream, text in
            if stream == .stderr {
                r.stderr += text
                return
            }
            r.stdout += text
            pending += text
            while let nl = pending.firstIndex(of: "\n") {
                r.times += "\(VirtualTime.format(time))\t\(pending[..<nl])\n"
                pending = String(pending[pending.index(after: nl)...])
            }
        }
        switch engine.run() {
        case .finished(let status): r.status = status
        case .exception: r.status = 1
        case .deadlock(let report):
            r.stderr += report
            r.status = 3
        case .limitReached(let m):
            r.stderr += m
            r.status = 4
        }
        if !pending.isEmpty { r.times += "\(VirtualTime.format(engine.now))\t\(pending)\n" }
        return r
    }

    /// Checks every program of a family; returns one message per mismatch.
    static func check(family: String, compareTimes: Bool = true) -> (count: Int, failures: [String]) {
        let files = programs(in: family)
        return (files.count, check(files.map { ($0, $0.deletingPathExtension()) }, compareTimes: compareTimes))
    }

    /// The bundled gallery scenarios (Scenarios/NAME.py) against Tests/Corpus/scenarios/NAME.*.
    static func checkScenarios(_ names: [String]) -> [String] {
        let gallery = root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios")
        return check(names.map { (gallery.appendingPathComponent("\($0).py"), root.appendingPathComponent("scenarios/\($0)")) },
                     compareTimes: true)
    }

    static func check(_ programs: [(URL, URL)], compareTimes: Bool) -> [String] {
        var failures: [String] = []
        for (url, base) in programs {
            let name = url.lastPathComponent
            let r = run(url)
            let expectedOut = recorded(base, "out") ?? ""
            if r.stdout != expectedOut {
                failures.append("\(name): stdout differs\n" + diff(expected: expectedOut, actual: r.stdout) + (r.stderr.isEmpty ? "" : "stderr:\n\(r.stderr)"))
                continue
            }
            if compareTimes, let times = recorded(base, "times"), r.times != times {
                failures.append("\(name): timestamps differ\n" + diff(expected: times, actual: r.times))
                continue
            }
            var expectedStatus: Int32 = 0
            var expectedLast = ""
            if let status = recorded(base, "status") {
                let lines = status.split(separator: "\n", omittingEmptySubsequences: false)
                expectedStatus = Int32(lines[0]) ?? -1
                expectedLast = lines.count > 1 ? String(lines[1]) : ""
            }
            if r.status != expectedStatus {
                failures.append("\(name): exit status \(r.status), expected \(expectedStatus)\nstderr:\n\(r.stderr)")
                continue
            }
            if expectedStatus != 0, !expectedLast.isEmpty {
                let last = r.stderr.split(separator: "\n").last.map(String.init) ?? ""
                if last != expectedLast {
                    failures.append("\(name): last stderr line\n  expected: \(expectedLast)\n  actual:   \(last)")
                }
            }
        }
        return failures
    }

    /// A recording with the program's directory put back: the recorders write the absolute
    /// directory the program ran from as `<PROGRAM_DIR>`; loopscope runs the program by file
    /// name, so it shows the working directory (CPython makes a script's path absolute).
    static func recorded(_ base: URL, _ ext: String) -> String? {
        guard let text = try? String(contentsOf: base.appendingPathExtension(ext), encoding: .utf8) else { return nil }
        return text.replacingOccurrences(of: "<PROGRAM_DIR>", with: FileManager.default.currentDirectoryPath)
    }

    /// The first differing line, with context.
    static func diff(expected: String, actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(e.count, a.count) {
            let x = i < e.count ? String(e[i]) : "<missing>"
            let y = i < a.count ? String(a[i]) : "<missing>"
            if x != y { return "  line \(i + 1)\n  expected: \(x)\n  actual:   \(y)\n" }
        }
        return ""
    }
}
