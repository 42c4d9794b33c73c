/// Where the timeline's marker row draws timers, column by column, for one window of the
/// axis: built once per window (and again when the trace has new timers), it answers each
/// column for any cursor position by a lookup and a binary search, so moving the cursor over
/// a run with a million timers does not rescan them all on every frame.
final class TimerMarks {
    struct Key: Equatable {
        var window: AxisWindow
        var width: Int
        var axis: Axis
        var timers: Int
        var ended: Int
    }

    let key: Key
    /// Per column: the first event that fires a timer drawn in this column (Int.max: none).
    private var firstFired: [Int]
    /// Per column (time axis only): the event ranges during which some timer whose deadline
    /// falls in this column is pending (set, neither fired nor cancelled), disjoint and
    /// sorted.
    private var pending: [[Range<Int>]]

    init(_ key: Key, timers: [TimerRecord], column: (Int64) -> Int?, stepOf: (Int) -> Int) {
        self.key = key
        firstFired = Array(repeating: Int.max, count: key.width)
        pending = Array(repeating: [], count: key.width)
        for timer in timers {
            if let end = timer.endEvent, timer.fired {
                let p = key.axis == .time ? timer.deadline : Int64(stepOf(end))
                if let c = column(p) { firstFired[c] = min(firstFired[c], end) }
            }
            if key.axis == .time, let c = column(timer.deadline) {
                let range = timer.setEvent..<(timer.endEvent ?? Int.max)
                if range.isEmpty { continue }
                // Timers come in the order they were set, so each column's ranges arrive
                // sorted by start: merge with the last one when they overlap.
                if let last = pending[c].last, range.lowerBound <= last.upperBound {
                    pending[c][pending[c].count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
                } else {
                    pending[c].append(range)
                }
            }
        }
    }

    /// Whether column `c` shows a timer that has fired by event `cursor`.
    func fired(_ c: Int, cursor: Int) -> Bool { firstFired[c] <= cursor }

    /// Whether column `c` shows a timer pending at event `cursor`.
    func pending(_ c: Int, cursor: Int) -> Bool {
        let ranges = pending[c]
        var lo = 0, hi = ranges.count  // first range starting after cursor
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].lowerBound <= cursor { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && ranges[lo - 1].contains(cursor)
    }
}
