@testable import Export
import Foundation
import Trace
import XCTest

/// The text timeline's layout rules, on every trace the property tests use.
final class TextTimelineTests: XCTestCase {
    func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    func testNoLineIsWiderThanTheWidth() throws {
        for (name, trace) in try SpanPropertyTests.traces() {
            for width in [40, 57, 80, 100, 140] {
                for ascii in [false, true] {
                    let options = TextTimelineOptions(width: width, ascii: ascii)
                    let text = TextTimeline.render(trace: trace, source: ScenarioSource(file: "\(name).py", text: ""),
                                                   options: options)
                    for line in lines(text) {
                        XCTAssertLessThanOrEqual(DisplayWidth.of(String(line)), width, "\(name) at \(width): \(line)")
                    }
                }
            }
        }
        // A fixed tick splits the chart into bands instead of widening it.
        let (trace, source) = makeTourTrace()
        let text = TextTimeline.render(trace: trace, source: source,
                                       options: TextTimelineOptions(width: 60, nanosecondsPerColumn: 10_000_000))
        XCTAssertTrue(text.contains("part 1 of "), text)
        for line in lines(text) { XCTAssertLessThanOrEqual(DisplayWidth.of(String(line)), 60, String(line)) }
    }

    func testASCIIIsPureASCII() throws {
        var all = try SpanPropertyTests.traces().map { ($0.0, $0.1, ScenarioSource(file: "\($0.0).py", text: "")) }
        let (tour, source) = makeTourTrace()
        all.append(("tour", tour, source))
        for (name, trace, source) in all {
            let text = TextTimeline.render(trace: trace, source: source, options: TextTimelineOptions(ascii: true))
            // Names and printed text are the program's own; everything drawn must be ASCII.
            let labels = TraceNames(trace: trace, source: source).tasks.sorted { $0.count > $1.count }
            for line in lines(text) {
                var drawn = String(line)
                if let printed = drawn.range(of: "prints: ") ?? drawn.range(of: "stderr: ") {
                    drawn = String(drawn[..<printed.lowerBound])
                }
                for label in labels where !label.allSatisfy(\.isASCII) {
                    drawn = drawn.replacingOccurrences(of: label, with: "")
                }
                XCTAssertTrue(drawn.unicodeScalars.allSatisfy(\.isASCII), "\(name): \(line)")
            }
        }
    }

    func testTheSameTraceGivesTheSameBytes() throws {
        for seed in UInt64(1)...5 {
            let a = makeRandomTrace(seed: seed), b = makeRandomTrace(seed: seed)
            for format in ExportFormat.allCases {
                let source = ScenarioSource(file: "r.py", text: "")
                XCTAssertEqual(format.render(trace: a, source: source), format.render(trace: b, source: source))
            }
        }
        let first = try RunScenario(scenario: "asyncio_gather"), second = try RunScenario(scenario: "asyncio_gather")
        for format in ExportFormat.allCases {
            XCTAssertEqual(format.render(trace: first.trace, source: first.source),
                           format.render(trace: second.trace, source: second.source))
        }
    }

    func testWideNamesLineUpByDisplayWidth() {
        let (trace, source) = makeTourTrace()
        let text = TextTimeline.render(trace: trace, source: source)
        // Chart rows and log lines put the bars and the event text in the same column
        // whatever the name's script.
        func column(of marker: String, in line: Substring) -> Int {
            DisplayWidth.of(String(line[..<line.range(of: marker)!.lowerBound]))
        }
        let rows = lines(text).filter { ($0.hasPrefix("작업자") || $0.hasPrefix("fetch#1 ")) && $0.contains("█") }
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(Set(rows.map { column(of: "█", in: $0) }), [24], "\(rows)")
        let log = lines(text).filter { ($0.hasPrefix("0.000  작업자") || $0.hasPrefix("0.000  fetch#1 ")) && $0.hasSuffix("starts") }
        XCTAssertEqual(log.count, 2)
        XCTAssertEqual(Set(log.map { column(of: "starts", in: $0) }), [31], "\(log)")
    }

    func testEventLogSpeaksInUserTerms() throws {
        let run = try RunScenario(scenario: "asyncio_gather")
        let text = TextTimeline.render(trace: run.trace, source: run.source)
        for expected in [
            "0.000  coroutine_1  waits: sleep until 5.000 (line 12)",
            "4.000  coroutine_2  resumed (sleep done)",
            "4.000  coroutine_2  prints: 코루틴 2 재개",
            "5.000  main         resumed (gather done)",
            "5.000  main         prints: time taken: 5.0",
        ] {
            XCTAssertTrue(text.contains("\n" + expected + "\n"), "missing: \(expected)\n\(text)")
        }
        XCTAssertFalse(TextTimeline.render(trace: run.trace, source: run.source,
                                           options: TextTimelineOptions(includeLog: false)).contains("EVENT LOG"))
    }

    func testTaskFilterAndWindow() throws {
        let run = try RunScenario(scenario: "asyncio_gather")
        let text = TextTimeline.render(trace: run.trace, source: run.source,
                                       options: TextTimelineOptions(from: 4_500_000_000, tasks: "*_1"))
        let rows = lines(text).filter { $0.hasPrefix("coroutine_") || $0.hasPrefix("main ") }
        XCTAssertEqual(rows.map { String($0.prefix(11)) }, ["coroutine_1", "coroutine_1"])  // chart + summary
        XCTAssertFalse(text.contains("coroutine_2"))
        XCTAssertFalse(text.contains("callbacks "))
        XCTAssertTrue(text.contains("window 4.500 s → 5.000 s (of 5.000 s)"))
        XCTAssertTrue(text.contains("\n5.000  coroutine_1  resumed (sleep done)\n"))
        XCTAssertFalse(lines(text).contains { $0.hasPrefix("0.000  ") }, "events before the window are left out")
        XCTAssertTrue(text.contains("total virtual time 0.500 s"))
        let none = TextTimeline.render(trace: run.trace, source: run.source, options: TextTimelineOptions(tasks: "nope"))
        XCTAssertTrue(none.contains("(no task matches \"nope\")"))
    }

    func testScaleAndColumns() {
        // A 5 s run in 100 columns: 0.1 s per column, labels every second.
        let scale = TimeScale.fitting(from: 0, to: 5_000_000_000, room: 85)
        XCTAssertEqual(scale.step, 100_000_000)
        XCTAssertEqual(scale.columns, 51)
        XCTAssertEqual(scale.labelInterval { TimeScale.label(5_000_000_000, interval: $0).count }, 1_000_000_000)
        XCTAssertEqual(TimeScale.label(2_500_000_000, interval: 500_000_000), "2.5s")
        XCTAssertEqual(TimeScale.label(3_000_000_000, interval: 1_000_000_000), "3s")
        XCTAssertEqual(scale.column(of: 4_000_000_000), 40)
        XCTAssertEqual(scale.column(of: 3_999_999_999), 39)
        XCTAssertEqual(TimeScale(from: 350, to: 1000, step: 100).start, 300)
    }

    func testTheChartShowsTheMostActiveStateOfEachColumn() {
        let trace = Trace()
        let t = trace.createTask(name: "t", kind: .asyncioTask)
        trace.setState(t, .ready)
        trace.setState(t, .running)
        trace.setState(t, .waiting, .sleep(until: 1_000_000_000))
        trace.advanceTime(to: 1_000_000_000)
        trace.setState(t, .ready)
        trace.advanceTime(to: 1_500_000_000)
        trace.setState(t, .running)
        trace.setState(t, .blocked, .sleep(until: 2_000_000_000))
        trace.advanceTime(to: 2_000_000_000)
        trace.setState(t, .running)
        trace.setState(t, .failed)
        let text = TextTimeline.render(trace: trace, source: ScenarioSource(file: "t.py", text: ""),
                                       options: TextTimelineOptions(nanosecondsPerColumn: 250_000_000))
        XCTAssertTrue(text.contains("\nt          █───▒▒█▓█✗\n"), text)
    }
}
