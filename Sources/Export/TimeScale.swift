/// The chart's horizontal axis: which virtual time each column shows and where the time
/// labels go.
///
/// Column `c` covers the times `start + c × step ..< start + (c + 1) × step`; `columns`
/// time columns reach the window's end, and one more column after them holds the marks
/// of tasks that finish in the last one. A step chosen automatically is a "nice" number
/// (1, 2 or 5 × a power of ten nanoseconds), so labels fall on round times.
struct TimeScale {
    /// Time at column 0: the window's start, rounded down to a multiple of `step`.
    let start: Int64
    /// Last time shown (inclusive).
    let end: Int64
    /// Nanoseconds per column.
    let step: Int64
    /// Number of time columns: `(end - start) / step + 1`.
    let columns: Int

    init(from: Int64, to: Int64, step: Int64) {
        precondition(step > 0 && to >= from)
        self.step = step
        start = from >= 0 ? from / step * step : -((-from + step - 1) / step * step)
        end = to
        let span = (to - start) / step
        columns = span >= Int64(Int.max / 2) ? Int.max / 2 : Int(span) + 1
    }

    /// The smallest nice step that fits the window in `room` columns (the extra finish
    /// column included).
    static func fitting(from: Int64, to: Int64, room: Int) -> TimeScale {
        if to == from { return TimeScale(from: from, to: to, step: 1_000_000_000) }
        for step in niceSteps {
            let scale = TimeScale(from: from, to: to, step: step)
            if scale.columns + 1 <= room { return scale }
        }
        return TimeScale(from: from, to: to, step: niceSteps.last!)
    }

    /// 1, 2, 5, 10, 20, 50 ... nanoseconds, up to 5 × 10^17.
    static let niceSteps: [Int64] = {
        var steps: [Int64] = []
        var p: Int64 = 1
        for _ in 0..<18 {
            steps += [p, 2 * p, 5 * p]
            p *= 10
        }
        return steps
    }()

    /// The column of time `t` (may be outside `0 ..< columns`).
    func column(of t: Int64) -> Int {
        let d = t - start
        return d >= 0 ? Int(d / step) : -Int((-d + step - 1) / step)
    }

    /// The time at the start of column `c`.
    func time(ofColumn c: Int) -> Int64 { start + Int64(c) * step }

    /// Columns between labels, and the label interval in nanoseconds: the smallest nice
    /// multiple of the step whose labels (`12.5s`) have room, with two spaces between.
    func labelInterval(widestLabel: (Int64) -> Int) -> Int64 {
        for interval in TimeScale.niceSteps where interval >= step && interval % step == 0 {
            let every = interval / step
            let widest = max(widestLabel(interval), 1)
            if every >= Int64(widest + 2) { return interval }
        }
        return step * Int64(max(columns, 1))
    }

    /// The label text at a time that is a multiple of `interval`: seconds with just the
    /// decimals the interval needs, and a unit (`0s`, `2.5s`, `0.001s`).
    static func label(_ t: Int64, interval: Int64) -> String {
        var decimals = 0
        var unit: Int64 = 1_000_000_000
        while decimals < 9 && interval % unit != 0 {
            decimals += 1
            unit /= 10
        }
        return TimeText.seconds(t, decimals: decimals) + "s"
    }
}
