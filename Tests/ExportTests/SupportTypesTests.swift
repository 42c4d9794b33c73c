@testable import Export
import Foundation
import Trace
import XCTest

final class SupportTypesTests: XCTestCase {
    func testDisplayWidth() {
        XCTAssertEqual(DisplayWidth.of("abc"), 3)
        XCTAssertEqual(DisplayWidth.of("코루틴 2 재개"), 13)
        XCTAssertEqual(DisplayWidth.of("日本"), 4)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)  // combining accent
        XCTAssertEqual(DisplayWidth.of("█─▒┤"), 4)
        XCTAssertEqual(DisplayWidth.of("🙂"), 2)
        XCTAssertEqual(DisplayWidth.truncate("코루틴 2 재개", to: 7, ellipsis: "…"), "코루틴…")
        XCTAssertEqual(DisplayWidth.truncate("abcdef", to: 4, ellipsis: "~"), "abc~")
        XCTAssertEqual(DisplayWidth.truncate("abc", to: 3, ellipsis: "~"), "abc")
        XCTAssertEqual(DisplayWidth.padRight("작업", to: 6), "작업  ")
        XCTAssertEqual(DisplayWidth.padLeft("1.5", to: 5), "  1.5")
        XCTAssertEqual(DisplayWidth.visible("a\tb\u{1b}"), "a\\tb\\x1b")
    }

    func testTimeText() {
        XCTAssertEqual(TimeText.seconds(4_000_000_000), "4.000")
        XCTAssertEqual(TimeText.seconds(1_234_500_000), "1.235")
        XCTAssertEqual(TimeText.seconds(1_234_567_891, decimals: 9), "1.234567891")
        XCTAssertEqual(TimeText.compactSeconds(100_000_000), "0.1")
        XCTAssertEqual(TimeText.compactSeconds(5_000_000_000), "5")
        XCTAssertEqual(TimeText.compactSeconds(1_500), "0.0000015")
        XCTAssertEqual(TimeText.microseconds(4_000_000_000), "4000000")
        XCTAssertEqual(TimeText.microseconds(1_500), "1.5")
        XCTAssertEqual(TimeText.microseconds(7), "0.007")
        XCTAssertEqual(TimeText.nanoseconds(fromSeconds: 0.1), 100_000_000)
    }

    func testTaskFilter() {
        let f = TaskFilter("co*_1,work?")!
        XCTAssertTrue(f.matches(label: "coroutine_1", name: "Task-1"))
        XCTAssertFalse(f.matches(label: "coroutine_2", name: "Task-2"))
        XCTAssertTrue(f.matches(label: "workA", name: "x"))
        XCTAssertFalse(f.matches(label: "workAB", name: "x"))
        let sub = TaskFilter("Task-2")!
        XCTAssertTrue(sub.matches(label: "coroutine_2", name: "Task-2"))  // by trace name
        XCTAssertTrue(TaskFilter("rout")!.matches(label: "coroutine_2", name: "Task-2"))  // substring
        XCTAssertNil(TaskFilter(""))
        XCTAssertNil(TaskFilter(nil))
    }

    func testTaskNames() {
        let (trace, source) = makeTourTrace()
        let names = TraceNames(trace: trace, source: source)
        XCTAssertEqual(names.tasks, ["main", "fetch#1", "fetch#2", "fetch_all", "작업자", "Greenlet-1", "ThreadPoolExecutor-0_0"])
        XCTAssertEqual(names.traceNames[4], "작업자")
        XCTAssertEqual(names.resources, ["Semaphore", "Lock", "Event", "Condition", "Queue", "Pool", "Future#1", "Future#2",
                                         "ThreadPoolExecutor-0"])
        XCTAssertEqual(names.runtime, "gevent")
        XCTAssertEqual(TraceNames.definedFunction(in: "    async def coroutine_1():"), "coroutine_1")
        XCTAssertEqual(TraceNames.definedFunction(in: "def 작업(n):"), "작업")
        XCTAssertNil(TraceNames.definedFunction(in: "default = 3"))
        XCTAssertNil(TraceNames.definedFunction(in: "asyncio.run(main())"))
        XCTAssertTrue(TraceNames.isGenerated("Task-12"))
        XCTAssertFalse(TraceNames.isGenerated("my-task"))
        XCTAssertFalse(TraceNames.isGenerated("ThreadPoolExecutor-0_0"))
        // A task running `main` next to the main program gets a number.
        let t = Trace()
        t.createTask(name: "main", kind: .main, location: TraceLocation(line: 1))
        t.createTask(name: "Task-1", kind: .asyncioTask, location: TraceLocation(line: 1))
        XCTAssertEqual(TraceNames(trace: t, source: ScenarioSource(file: "m.py", text: "async def main(): pass")).tasks,
                       ["main", "main#1"])
        XCTAssertEqual(TraceNames.runtime(of: [.main]), "sync")
        XCTAssertEqual(TraceNames.runtime(imports: ["import time", "from tornado import gen", "import asyncio"]), "tornado")
        XCTAssertEqual(TraceNames.runtime(imports: ["import time, gevent"]), "gevent")
        XCTAssertNil(TraceNames.runtime(imports: ["import time", "# import asyncio"]))
        XCTAssertEqual(TraceNames.runtime(of: [.main, .asyncioTask, .tornadoCoroutine]), "tornado")
    }

    func testTextSinkStreamsInChunks() throws {
        var chunks: [[UInt8]] = []
        let sink = TextSink(threshold: 10) { chunks.append($0) }
        for _ in 0..<5 { sink.line("12345") }
        try sink.finish()
        XCTAssertEqual(String(decoding: chunks.joined(), as: UTF8.self), String(repeating: "12345\n", count: 5))
        XCTAssertGreaterThan(chunks.count, 1)
        struct Boom: Error {}
        let failing = TextSink(threshold: 1) { _ in throw Boom() }
        failing.line("x")
        XCTAssertThrowsError(try failing.finish())
    }

    func testGoldenLineDiff() {
        let diff = lineDiff("a\nb\nc\nd\ne\nf\ng", "a\nb\nc\nX\ne\nf\ng")
        XCTAssertEqual(diff, "  b\n  c\n- d\n+ X\n  e\n  f")
    }

    func testAnEmptyTraceExportsInEveryFormat() throws {
        let source = ScenarioSource(file: "empty.py", text: "")
        for format in ExportFormat.allCases {
            let text = format.render(trace: Trace(), source: source)
            XCTAssertFalse(text.isEmpty, "\(format)")
            if format == .json || format == .chrome {
                XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(text.utf8)), "\(format)")
            }
        }
    }
}
