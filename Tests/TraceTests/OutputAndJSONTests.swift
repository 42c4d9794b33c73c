import XCTest
@testable import Trace

/// Printed text as lines, and the JSON Lines encoding.
final class OutputAndJSONTests: XCTestCase {
    func testOutputKeepsPartialLinesExactlyAndPerStream() {
        let trace = Trace()
        let t = trace.createTask(name: "t", kind: .asyncioTask)       // 0
        trace.output("a", task: t)                                    // 1
        trace.advanceTime(to: 5)
        trace.output("err\n", stream: .stderr, task: t)               // 2
        trace.output("b\nc\n\nd", task: t)                            // 3
        let log = OutputLog(trace: trace)
        let lines = log.lines(through: 3)
        XCTAssertEqual(lines.map(\.text), ["ab", "err", "c", "", "d"])
        XCTAssertEqual(lines.map(\.stream), [.stdout, .stderr, .stdout, .stdout, .stdout])
        XCTAssertEqual(lines.map(\.startTime), [0, 5, 5, 5, 5])
        XCTAssertEqual(lines.map(\.endEvent), [3, 2, 3, 3, nil])
        // As of event 1 only "a" was written, and the line was still open.
        XCTAssertEqual(log.lines(through: 1),
                       [OutputLine(stream: .stdout, text: "a", startEvent: 1, startTime: 0, endEvent: nil)])
        XCTAssertEqual(log.lines(through: 2).map(\.text), ["a", "err"])
        XCTAssertEqual(log.lines(through: 3, last: 2).map(\.text), ["", "d"])
        XCTAssertEqual(log.lines(through: 0), [])
    }

    func testJSONLinesGolden() {
        let trace = Trace()
        let main = trace.createTask(name: "main", kind: .main, location: TraceLocation(line: 1, column: 1))
        let sem = trace.createResource(kind: .semaphore, name: "sem", capacity: 2)
        trace.beginTick(at: 1_500_000_000)
        trace.beginStep(handle: 1, task: main)
        trace.setState(main, .waiting, .gather(trace.makeList([.task(main), .resource(sem)])))
        trace.setState(main, .blocked, .io(until: 7, label: trace.intern("GET /")))
        trace.output("say \"hi\"\t\u{1}é\n", task: nil)
        let expected = """
        {"seq":0,"time_ns":0,"step":0,"tick":0,"kind":"taskCreated","task":0,"name":"main","taskKind":"main","parent":null,"line":1,"col":1}
        {"seq":1,"time_ns":0,"step":0,"tick":0,"kind":"resourceCreated","resource":0,"resourceKind":"semaphore","name":"sem","capacity":2}
        {"seq":2,"time_ns":1500000000,"step":0,"tick":1,"kind":"tickBegan"}
        {"seq":3,"time_ns":1500000000,"step":1,"tick":1,"kind":"stepBegan","handle":1,"task":0}
        {"seq":4,"time_ns":1500000000,"step":1,"tick":1,"kind":"stateChanged","task":0,"state":"waiting","reason":"gather","ids":[{"task":0},{"resource":0}]}
        {"seq":5,"time_ns":1500000000,"step":1,"tick":1,"kind":"stateChanged","task":0,"state":"blocked","reason":"io","label":"GET /","until_ns":7}
        {"seq":6,"time_ns":1500000000,"step":1,"tick":1,"kind":"output","task":null,"stream":"stdout","text":"say \\"hi\\"\\t\\u0001é\\n"}

        """
        XCTAssertEqual(TraceJSONL.encode(trace), expected)
    }

    func testJSONLinesAreByteDeterministic() {
        let a = TraceJSONL.encode(makeSyntheticTrace(tasks: 7, seed: 21))
        let b = TraceJSONL.encode(makeSyntheticTrace(tasks: 7, seed: 21))
        XCTAssertEqual(Array(a.utf8), Array(b.utf8))
        let lines = a.split(separator: "\n")
        XCTAssertEqual(lines.count, makeSyntheticTrace(tasks: 7, seed: 21).count)
        for (k, line) in lines.enumerated() {
            XCTAssertTrue(line.hasPrefix("{\"seq\":\(k),\"time_ns\":"), String(line))
            XCTAssertTrue(line.hasSuffix("}"))
        }
        // Every line is valid JSON.
        for line in lines.prefix(500) {
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(line.utf8)))
        }
    }

    func testJSONLinesOfARangeMatchTheWhole() {
        let trace = makeSyntheticTrace(tasks: 3, seed: 2)
        var parts = ""
        TraceJSONL.encode(trace, range: 0..<10, into: &parts)
        TraceJSONL.encode(trace, range: 10..<trace.count, into: &parts)
        XCTAssertEqual(parts, TraceJSONL.encode(trace))
        var bytes: [UInt8] = []
        var chunks = 0
        TraceJSONL.encodeInChunks(trace, eventsPerChunk: 7) { bytes += $0; chunks += 1 }
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), parts)
        XCTAssertEqual(chunks, (trace.count + 6) / 7)
    }
}
