import Foundation
import Runtimes
import Trace
import XCTest
@testable import TUI

/// The repository root (this file is Tests/TUITests/Support.swift).
let repositoryRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// Runs a scenario from Scenarios/ to its end and opens it as the viewer would.
func openScenario(_ name: String, text: String? = nil) throws -> Session {
    let path = "Scenarios/\(name)"
    let source = try text ?? String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
    let engine = try Engine(file: path, source: source)
    let outcome = engine.run()
    let ending: RunEnding
    switch outcome {
    case .finished(let s): ending = .finished(status: s)
    case .exception(let r): ending = .exception(r.split(separator: "\n").last.map(String.init) ?? r)
    case .deadlock(let r): ending = .deadlock(r)
    case .limitReached(let m): ending = .limit(m)
    }
    return Session(scenario: Scenario(path: path, text: source, isFile: true),
                   source: FixedTraceSource(trace: engine.trace, ending: ending))
}

/// A viewer model of a scenario at a size.
func model(_ name: String, width: Int = 80, height: Int = 24, glyphs: Glyphs = .unicode) throws -> Model {
    Model(width: width, height: height, glyphs: glyphs, session: try openScenario(name))
}

extension Model {
    /// Sends keys through `update`, ignoring commands.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Command] {
        var commands: [Command] = []
        for k in keys { commands += update(.key(k)) }
        return commands
    }

    /// Types text into the prompt and submits it.
    mutating func type(_ text: String) {
        for c in text { _ = update(.key(.char(c))) }
        _ = update(.key(.enter))
    }

    /// Moves the cursor to virtual time `t` seconds with the go-to prompt.
    mutating func go(to t: String) {
        press(.char("t"))
        type(t)
    }

    var shown: String { View.render(self).text }
}

/// Compares `text` with Tests/TUITests/Snapshots/<name>.txt. With LOOPSCOPE_RECORD=1 in the
/// environment the file is (re)written instead. On mismatch the failure shows a line diff.
func assertSnapshot(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    let url = repositoryRoot.appendingPathComponent("Tests/TUITests/Snapshots/\(name).txt")
    let actual = text.hasSuffix("\n") ? text : text + "\n"
    if ProcessInfo.processInfo.environment["LOOPSCOPE_RECORD"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("no snapshot \(name).txt: run the tests with LOOPSCOPE_RECORD=1 to record it\n\(actual)", file: file, line: line)
        return
    }
    if expected == actual { return }
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var diff = ""
    for i in 0..<max(e.count, a.count) {
        let el = i < e.count ? String(e[i]) : "<none>"
        let al = i < a.count ? String(a[i]) : "<none>"
        if el != al { diff += "line \(i + 1):\n  - \(el)\n  + \(al)\n" }
    }
    XCTFail("snapshot \(name).txt differs (LOOPSCOPE_RECORD=1 re-records):\n\(diff)\nactual:\n\(actual)", file: file, line: line)
}
