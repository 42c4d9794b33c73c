import Export
import Foundation
import Trace
import XCTest

/// `--format csv`: one row per span, fields quoted by RFC 4180, times in seconds.
final class CSVExportTests: XCTestCase {
    /// A small RFC 4180 reader.
    func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\n" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.append(c)
            }
        }
        return rows
    }

    func testOneRowPerSpan() throws {
        for (name, trace) in try SpanPropertyTests.traces() {
            let rows = parse(CSVExport.render(trace: trace, source: ScenarioSource(file: "x.py", text: "")))
            XCTAssertEqual(rows.first, CSVExport.header.split(separator: ",").map(String.init))
            let spans = Spans(trace: trace)
            var expected: [(Int, Span)] = []
            for i in 0..<trace.taskCount {
                for s in spans.spans(of: TaskID(UInt32(i))) { expected.append((i, s)) }
            }
            XCTAssertEqual(rows.count - 1, expected.count, name)
            for (row, (task, span)) in zip(rows.dropFirst(), expected) {
                XCTAssertEqual(row.count, 8, "\(name): \(row)")
                XCTAssertEqual(Int(row[0]), task)
                XCTAssertEqual(row[2], span.state.name)
                XCTAssertEqual(row[3], span.reason.name ?? "")
                XCTAssertEqual(Int64(row[5].replacingOccurrences(of: ".", with: "")), span.startTime)
                XCTAssertEqual(Int64(row[6].replacingOccurrences(of: ".", with: "")), span.endTime)
                XCTAssertEqual(Int64(row[7].replacingOccurrences(of: ".", with: "")), span.duration)
            }
        }
    }

    func testQuoting() {
        let trace = Trace()
        let t = trace.createTask(name: "a \"quoted\", name", kind: .asyncioTask)
        trace.setState(t, .waiting, .label(trace.intern("line\nbreak")))
        let text = CSVExport.render(trace: trace, source: ScenarioSource(file: "x.py", text: ""))
        XCTAssertEqual(text, """
            \(CSVExport.header)
            0,"a ""quoted"", name",created,,,0.000000000,0.000000000,0.000000000
            0,"a ""quoted"", name",waiting,label,"line
            break",0.000000000,0.000000000,0.000000000

            """)
        XCTAssertEqual(parse(text)[2][4], "line\nbreak")
    }
}
