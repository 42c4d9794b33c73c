import Export
import Foundation
import Trace
import XCTest
@testable import TUI

/// The text export and the viewer's timeline give rows to the same tasks, in the same
/// order, under the same names, for every gallery scenario (both hide the libraries' own
/// tasks unless asked).
final class SameRowsTests: XCTestCase {
    /// The row labels of a text export's chart: what stands left of the axis's first `┬`,
    /// between the axis and the blank line.
    static func exportRows(_ text: String) -> [String] {
        var rows: [String] = []
        var labelWidth: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if labelWidth == nil, let tick = line.firstIndex(of: "┬") {
                labelWidth = line.distance(from: line.startIndex, to: tick)
                continue
            }
            guard let width = labelWidth else { continue }
            if line.isEmpty { break }
            let label = String(line.prefix(width)).trimmingCharacters(in: .whitespaces)
            if label != "prints" && label != "callbacks" { rows.append(label) }
        }
        return rows
    }

    /// True when `label` is `name`, or `name` cut short with an ellipsis.
    static func same(_ label: String, _ name: String) -> Bool {
        label == name || (label.hasSuffix("…") && name.hasPrefix(label.dropLast()))
    }

    func testTheExportAndTheViewerShowTheSameRows() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("Scenarios").path)
            .filter { $0.hasSuffix(".py") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 25)
        for name in names {
            let session = try openScenario(name)
            for internals in [false, true] {
                var viewer = ViewerModel(session: session)
                viewer.move(to: session.count - 1, clock: session.trace.time)
                viewer.showsInternals = internals
                let state = viewer.state
                let shown = viewer.visibleTasks(state).map { session.name(of: $0, in: state) }
                let text = TextTimeline.render(trace: session.trace, source: ScenarioSource(file: name, text: session.scenario.text),
                                               options: TextTimelineOptions(width: 200, internals: internals, includeLog: false,
                                                                            includeSummary: false))
                let rows = Self.exportRows(text)
                XCTAssert(rows.count == shown.count && zip(rows, shown).allSatisfy(Self.same),
                          "\(name), internals \(internals ? "shown" : "hidden"): export \(rows), viewer \(shown)")
            }
        }
    }

    func testTheLibrariesOwnTasksAreHiddenUnlessAsked() throws {
        let session = try openScenario("gevent_pool_map.py")
        let source = ScenarioSource(file: "gevent_pool_map.py", text: session.scenario.text)
        let hidden = TextTimeline.render(trace: session.trace, source: source, options: TextTimelineOptions(includeLog: false))
        XCTAssertTrue(hidden.contains("2 library-internal tasks hidden (--internals shows them)"), hidden)
        XCTAssertFalse(Self.exportRows(hidden).contains("_run()"), hidden)
        let all = TextTimeline.render(trace: session.trace, source: source, options: TextTimelineOptions(internals: true, includeLog: false))
        XCTAssertEqual(Self.exportRows(all).filter { $0 == "_run()" }.count, 2, all)
    }
}
