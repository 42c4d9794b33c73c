import Trace

/// How long one task spent in each live state within a time window, and its longest wait.
/// The totals of a task add up to the part of its lifetime (creation to finish, or to the
/// trace's end while it lives) that lies in the window.
public struct StateTotals: Sendable, Equatable {
    /// Nanoseconds per state, indexed by `TaskState.rawValue` (the final states stay 0).
    public var nanoseconds = [Int64](repeating: 0, count: TaskState.allCases.count)
    /// The longest waiting or blocked span (clipped to the window); the earliest on ties.
    public var longestWait: Span?
    /// Its length inside the window.
    public var longestWaitDuration: Int64 = 0

    public init() {}

    /// The totals of `spans` clipped to `from ... to`.
    public init(spans: [Span], from: Int64 = .min, to: Int64 = .max) {
        for span in spans {
            let a = max(span.startTime, from), b = min(span.endTime, to)
            guard a <= b else { continue }
            let d = b - a
            nanoseconds[Int(span.state.rawValue)] += d
            if span.state == .waiting || span.state == .blocked,
               longestWait == nil || d > longestWaitDuration {
                longestWait = span
                longestWaitDuration = d
            }
        }
    }

    public subscript(state: TaskState) -> Int64 { nanoseconds[Int(state.rawValue)] }

    /// The sum over all states.
    public var total: Int64 { nanoseconds.reduce(0, +) }
}
