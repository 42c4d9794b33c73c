import Export
import Foundation
import Runtimes
import Trace
import XCTest

/// The repository's root, found from this file's path.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

/// A scenario run to its end: its trace, source and outcome.
struct RunScenario {
    let trace: Trace
    let source: ScenarioSource
    let outcome: Engine.Outcome

    /// Runs `Scenarios/<name>.py`.
    init(scenario name: String) throws {
        let path = repositoryRoot.appendingPathComponent("Scenarios/\(name).py").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try self.init(file: "Scenarios/\(name).py", text: text)
    }

    init(file: String, text: String) throws {
        let engine = try Engine(file: file, source: text)
        outcome = engine.run()
        trace = engine.trace
        source = ScenarioSource(file: file, text: text)
    }
}

/// Compares `actual` with the golden file `name`; with LOOPSCOPE_RECORD=1 in the
/// environment, (re)writes the golden instead. On a mismatch the failure shows a line diff.
func assertGolden(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    let url = goldenDirectory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["LOOPSCOPE_RECORD"] == "1" {
        try? FileManager.default.createDirectory(at: goldenDirectory, withIntermediateDirectories: true)
        do {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            XCTFail("cannot record \(name): \(error)", file: file, line: line)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        XCTFail("no golden file Tests/ExportTests/Golden/\(name); record it with LOOPSCOPE_RECORD=1", file: file, line: line)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != actual {
        XCTFail("\(name) differs from its golden (- golden, + actual; re-record with LOOPSCOPE_RECORD=1):\n"
                + lineDiff(expected, actual), file: file, line: line)
    }
}

/// A line diff: `-` lines only in `a`, `+` lines only in `b`, with two lines of context
/// around each change (LCS for small inputs, first differing region otherwise).
func lineDiff(_ a: String, _ b: String) -> String {
    let x = a.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let y = b.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var ops: [(Character, String)] = []
    if x.count * y.count <= 4_000_000 {
        var lcs = [[Int32]](repeating: [Int32](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                lcs[i][j] = x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if i < x.count && j < y.count && x[i] == y[j] {
                ops.append((" ", x[i])); i += 1; j += 1
            } else if i < x.count && (j == y.count || lcs[i + 1][j] >= lcs[i][j + 1]) {
                ops.append(("-", x[i])); i += 1
            } else {
                ops.append(("+", y[j])); j += 1
            }
        }
    } else {
        var i = 0
        while i < x.count && i < y.count && x[i] == y[i] { ops.append((" ", x[i])); i += 1 }
        for k in i..<min(x.count, i + 20) { ops.append(("-", x[k])) }
        for k in i..<min(y.count, i + 20) { ops.append(("+", y[k])) }
    }
    var out: [String] = []
    var lastShown = -1
    for (n, op) in ops.enumerated() where op.0 != " " {
        let from = max(lastShown + 1, n - 2)
        if from > lastShown + 1 && lastShown >= 0 { out.append("...") }
        for k in from..<n where ops[k].0 == " " { out.append("  " + ops[k].1) }
        out.append("\(op.0) " + op.1)
        lastShown = n
        var k = n + 1
        while k < ops.count && k <= n + 2 && ops[k].0 == " " { out.append("  " + ops[k].1); lastShown = k; k += 1 }
    }
    return out.joined(separator: "\n")
}
