import XCTest
@testable import TUI

/// The marker row's per-column answers must equal a scan of every timer at every cursor.
final class TimerMarksTests: XCTestCase {
    func testColumnsMatchAScanOfEveryTimer() {
        // Deadlines 0..<100 over 10 columns; set at events 0..<40, some fired, some
        // cancelled, some still pending at the end, one with a deadline in the past.
        var timers: [TimerRecord] = []
        for i in 0..<40 {
            let deadline = Int64((i * 37) % 100)
            let end: Int? = i % 5 == 4 ? nil : 40 + (i * 13) % 50
            timers.append(TimerRecord(timer: UInt32(i), setEvent: i, deadline: deadline, endEvent: end, fired: i % 3 != 0))
        }
        let window = AxisWindow(start: 0, span: 99)
        func column(_ p: Int64) -> Int? {
            guard p >= 0, p <= 99 else { return nil }
            return min(9, Int(Double(p) * 10 / 99))
        }
        let marks = TimerMarks(TimerMarks.Key(window: window, width: 10, axis: .time, timers: timers.count, ended: 0),
                               timers: timers, column: column, stepOf: { $0 })
        for cursor in -1..<100 {
            for c in 0..<10 {
                let inColumn = timers.filter { column($0.deadline) == c }
                let fired = inColumn.contains { $0.fired && ($0.endEvent.map { $0 <= cursor } ?? false) }
                let pending = inColumn.contains { $0.setEvent <= cursor && ($0.endEvent.map { $0 > cursor } ?? true) }
                XCTAssertEqual(marks.fired(c, cursor: cursor), fired, "fired, column \(c), cursor \(cursor)")
                XCTAssertEqual(marks.pending(c, cursor: cursor), pending, "pending, column \(c), cursor \(cursor)")
            }
        }
    }
}
