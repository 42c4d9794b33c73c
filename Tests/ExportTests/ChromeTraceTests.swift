import Export
import Foundation
import Trace
import XCTest

/// `--format chrome` parses as JSON; every event has the fields Perfetto and
/// chrome://tracing need; slices on a track never overlap and cover the task's life.
final class ChromeTraceTests: XCTestCase {
    func testEveryEventHasTheRequiredFields() throws {
        for (name, trace) in try SpanPropertyTests.traces() {
            let source = ScenarioSource(file: "\(name).py", text: "")
            let text = ChromeTraceExport.render(trace: trace, source: source)
            let doc = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            XCTAssertEqual(doc["displayTimeUnit"] as? String, "ms")
            let events = try XCTUnwrap(doc["traceEvents"] as? [[String: Any]], name)
            var slices: [Int: [(ts: Double, dur: Double)]] = [:]
            var threadNames = Set<Int>()
            for e in events {
                let ph = try XCTUnwrap(e["ph"] as? String, "\(name): \(e)")
                XCTAssertNotNil(e["name"] as? String, "\(name): \(e)")
                XCTAssertNotNil(e["ts"] as? NSNumber, "\(name): \(e)")
                XCTAssertEqual(e["pid"] as? Int, 1, "\(name): \(e)")
                let tid = try XCTUnwrap(e["tid"] as? Int, "\(name): \(e)")
                XCTAssertTrue(["M", "X", "i", "C"].contains(ph), "\(name): \(e)")
                switch ph {
                case "X":
                    let dur = try XCTUnwrap((e["dur"] as? NSNumber)?.doubleValue, "\(name): \(e)")
                    XCTAssertGreaterThanOrEqual(dur, 0)
                    slices[tid, default: []].append(((e["ts"] as! NSNumber).doubleValue, dur))
                    XCTAssertNotNil(e["args"] as? [String: Any])
                case "i":
                    XCTAssertEqual(e["s"] as? String, "t")
                case "M":
                    if e["name"] as? String == "thread_name" { threadNames.insert(tid) }
                default:
                    break
                }
            }
            XCTAssertEqual(threadNames, Set(0...trace.taskCount), "\(name): one named track per task and the loop")
            let spans = Spans(trace: trace)
            for i in 0..<trace.taskCount {
                let list = slices[i + 1] ?? []
                XCTAssertEqual(list.count, spans.spans(of: TaskID(UInt32(i))).count, "\(name) task \(i)")
                for (a, b) in zip(list, list.dropFirst()) {
                    XCTAssertEqual(a.ts + a.dur, b.ts, accuracy: 1e-6, "\(name) task \(i): slices overlap or leave a gap")
                }
            }
        }
    }

    func testTimesAreVirtualMicroseconds() throws {
        let trace = Trace()
        let t = trace.createTask(name: "t", kind: .asyncioTask)
        trace.setState(t, .waiting, .sleep(until: 1_234_567))
        trace.advanceTime(to: 1_234_567)
        trace.setState(t, .done)
        let text = ChromeTraceExport.render(trace: trace, source: ScenarioSource(file: "x.py", text: ""))
        XCTAssertTrue(text.contains("\"name\":\"waiting: sleep\",\"cat\":\"waiting\",\"ph\":\"X\",\"ts\":0,\"dur\":1234.567,"), text)
        XCTAssertTrue(text.contains("\"name\":\"done\",\"cat\":\"task\",\"ph\":\"i\",\"s\":\"t\",\"ts\":1234.567,"), text)
    }
}
