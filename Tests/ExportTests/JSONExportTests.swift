import Export
import Foundation
import Trace
import XCTest

/// `--format json` decodes with Foundation and holds what docs/TRACE_FORMAT.md
/// ("Timeline JSON") promises: the header fields, every task with its spans and totals,
/// resources, printed lines and every event as the JSON Lines encoding writes it.
final class JSONExportTests: XCTestCase {
    func decode(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try XCTUnwrap(object as? [String: Any], file: file, line: line)
    }

    func testRoundTripsThroughTheDocumentedSchema() throws {
        for (name, trace) in try SpanPropertyTests.traces() {
            let source = ScenarioSource(file: "dir/\(name).py", text: "")
            let doc = try decode(JSONExport.render(trace: trace, source: source))
            XCTAssertEqual(doc["format"] as? String, "loopscope-timeline")
            XCTAssertEqual(doc["version"] as? Int, JSONExport.version)
            XCTAssertEqual(doc["trace_version"] as? Int, TraceJSONL.version)
            XCTAssertEqual(doc["scenario"] as? String, "\(name).py")
            XCTAssertTrue(["asyncio", "gevent", "tornado", "sync"].contains(doc["runtime"] as? String ?? ""))
            XCTAssertEqual(doc["start_ns"] as? Int, 0)
            XCTAssertEqual((doc["end_ns"] as? NSNumber)?.int64Value, trace.time)
            let counts = try XCTUnwrap(doc["counts"] as? [String: Int])
            XCTAssertEqual(counts["events"], trace.count)
            XCTAssertEqual(counts["tasks"], trace.taskCount)
            XCTAssertEqual(counts["resources"], trace.resourceCount)
            XCTAssertEqual(counts["steps"], trace.step)
            XCTAssertEqual(counts["ticks"], trace.tick)

            let spans = Spans(trace: trace)
            let tasks = try XCTUnwrap(doc["tasks"] as? [[String: Any]])
            XCTAssertEqual(tasks.count, trace.taskCount, name)
            for (i, task) in tasks.enumerated() {
                let t = TaskID(UInt32(i))
                let info = trace.taskInfo(t)
                XCTAssertEqual(task["id"] as? Int, i)
                XCTAssertNotNil(task["name"] as? String)
                XCTAssertNotNil(task["label"] as? String)
                XCTAssertEqual(task["kind"] as? String, info.kind.name)
                XCTAssertEqual(task["parent"] as? Int, info.parent.map { Int($0.rawValue) })
                XCTAssertEqual(task["line"] as? Int, Int(info.location.line))
                XCTAssertEqual(task["col"] as? Int, Int(info.location.column))
                XCTAssertEqual(task["created_event"] as? Int, info.createdAt)
                XCTAssertEqual((task["created_ns"] as? NSNumber)?.int64Value, trace.time(ofEvent: info.createdAt))
                XCTAssertEqual(task["final"] as? String, spans.finalState(of: t)?.name)
                XCTAssertEqual((task["end_ns"] as? NSNumber)?.int64Value, spans.finish(of: t)?.time)
                XCTAssertEqual(task["end_event"] as? Int, spans.finish(of: t)?.event)
                if spans.finish(of: t) == nil {
                    XCTAssertTrue(task["end_ns"] is NSNull && task["final"] is NSNull, "\(name) task \(i): null while alive")
                }
                let expected = spans.spans(of: t)
                let list = try XCTUnwrap(task["spans"] as? [[String: Any]])
                XCTAssertEqual(list.count, expected.count)
                for (s, e) in zip(list, expected) {
                    XCTAssertEqual(s["state"] as? String, e.state.name)
                    XCTAssertEqual(s["reason"] as? String, e.reason.name)
                    XCTAssertEqual((s["start_ns"] as? NSNumber)?.int64Value, e.startTime)
                    XCTAssertEqual((s["end_ns"] as? NSNumber)?.int64Value, e.endTime)
                    XCTAssertEqual(s["start_event"] as? Int, e.startEvent)
                    XCTAssertEqual(s["end_event"] as? Int, e.endEvent)
                    if case .sleep(let until) = e.reason { XCTAssertEqual((s["until_ns"] as? NSNumber)?.int64Value, until) }
                    if case .semaphore(let r) = e.reason { XCTAssertEqual(s["resource"] as? Int, r.index) }
                }
                let totals = try XCTUnwrap(task["totals_ns"] as? [String: NSNumber])
                XCTAssertEqual(Set(totals.keys), ["created", "ready", "running", "waiting", "blocked"])
                let lifetime = (spans.finish(of: t)?.time ?? trace.time) - trace.time(ofEvent: info.createdAt)
                XCTAssertEqual(totals.values.map(\.int64Value).reduce(0, +), lifetime, "\(name) task \(i)")
            }

            let resources = try XCTUnwrap(doc["resources"] as? [[String: Any]])
            XCTAssertEqual(resources.count, trace.resourceCount)
            for (i, r) in resources.enumerated() {
                let info = trace.resourceInfo(ResourceID(UInt32(i)))
                XCTAssertEqual(r["id"] as? Int, i)
                XCTAssertEqual(r["kind"] as? String, info.kind.name)
                XCTAssertEqual(r["name"] as? String, trace.string(info.name))
                XCTAssertNotNil(r["label"] as? String)
                XCTAssertEqual((r["capacity"] as? NSNumber)?.int64Value, info.capacity)
                XCTAssertEqual(r["created_event"] as? Int, info.createdAt)
            }

            let output = try XCTUnwrap(doc["output"] as? [[String: Any]])
            let log = OutputLog(trace: trace)
            XCTAssertEqual(output.count, log.count)
            XCTAssertEqual(counts["output_lines"], log.count)
            for (i, o) in output.enumerated() {
                let line = log.line(i, through: trace.count - 1)
                XCTAssertEqual(o["text"] as? String, line.text)
                XCTAssertEqual(o["stream"] as? String, line.stream.name)
                XCTAssertEqual((o["time_ns"] as? NSNumber)?.int64Value, line.startTime)
                XCTAssertEqual(o["start_event"] as? Int, line.startEvent)
                XCTAssertEqual(o["end_event"] as? Int, line.endEvent)
            }

            // Events: exactly the JSON Lines objects.
            let events = try XCTUnwrap(doc["events"] as? [[String: Any]])
            let lines = TraceJSONL.encode(trace).split(separator: "\n")
            XCTAssertEqual(events.count, trace.count)
            for (k, (event, line)) in zip(events, lines).enumerated() {
                XCTAssertEqual(event["seq"] as? Int, k)
                let expected = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? NSDictionary)
                XCTAssertEqual(event as NSDictionary, expected, "\(name) event \(k)")
            }
        }
    }

    func testEventsKeepTheJSONLinesBytes() {
        let (trace, source) = makeTourTrace()
        let json = JSONExport.render(trace: trace, source: source)
        let events = json.components(separatedBy: "\"events\":[\n")[1]
        let expected = TraceJSONL.encode(trace).split(separator: "\n").joined(separator: ",\n") + "\n]}\n"
        XCTAssertEqual(events, expected)
    }
}
