/// A stretch of a task's life in one state, for timeline bars and exports:
/// events `startEvent ..< endEvent`, times `startTime ... endTime`.
public struct Span: Hashable, Sendable {
    public var reason: WaitReason
    public var state: TaskState
    var start: UInt32
    var end: UInt32
    public var startTime: Int64
    public var endTime: Int64

    /// The event that put the task in this state.
    public var startEvent: Int { Int(start) }
    /// The event that ended it (the next state change), or the trace's end for the
    /// current state of a live task.
    public var endEvent: Int { Int(end) }
    public var duration: Int64 { endTime - startTime }
}

/// Per-task spans covering each task's lifetime without gaps or overlaps: from its
/// `taskCreated` event to the event that finished it (done, failed or cancelled; the
/// finishing state is `finalState`, not a span) or, while it lives, to the trace's end.
/// Consecutive identical (state, reason) changes extend one span.
///
/// Computed in one pass over the events (`update()` continues it as the trace grows), which
/// keeps only the index of the event that starts each span (4 bytes a span); `spans(of:)`
/// rebuilds the full `Span`s of one task from those events.
public final class Spans {
    public let trace: Trace
    /// For each task, the events that changed its state: its `taskCreated`, then each
    /// `stateChanged` that differed from the one before, the last one possibly final.
    private var starts: [[UInt32]] = []
    private var processed = 0

    public init(trace: Trace) {
        self.trace = trace
        update()
    }

    /// Number of tasks seen.
    public var taskCount: Int { starts.count }

    /// Consumes events appended since the last call.
    public func update() {
        let end = trace.count
        guard processed < end else { return }
        var starts = self.starts  // uniquely referenced while the pass runs
        self.starts = []
        let trace = self.trace
        trace.forEachRaw(in: processed..<end) { k, e, _, _, _ in
            switch e.kind {
            case EventKind.taskCreated.rawValue:
                starts.append([UInt32(k)])
            case EventKind.stateChanged.rawValue:
                let t = Int(e.a)
                let last = trace.raw[Int(starts[t][starts[t].count - 1])]
                if last.kind == EventKind.stateChanged.rawValue {
                    if TaskState(rawValue: last.x)!.isFinished { return }  // finished: ignore
                    if last.x == e.x && last.y == e.y
                        && (last.b == e.b || (e.y == ReasonCode.io.rawValue
                            && trace.decodeReason(code: e.y, argument: e.b)
                               == trace.decodeReason(code: last.y, argument: last.b))) {
                        return  // same state and reason: the span goes on
                    }
                } else if e.x == TaskState.created.rawValue && e.y == 0 {
                    return  // still created
                }
                starts[t].append(UInt32(k))
            default:
                break
            }
        }
        self.starts = starts
        processed = end
    }

    /// The spans of `task` in order. A live task's last span ends at the trace's end
    /// (`trace.count`, `trace.time`).
    public func spans(of task: TaskID) -> [Span] {
        update()
        let list = starts[task.index]
        var result: [Span] = []
        result.reserveCapacity(list.count)
        for (i, start) in list.enumerated() {
            let (state, reason) = stateChange(at: Int(start))
            if state.isFinished { break }
            let end = i + 1 < list.count ? Int(list[i + 1]) : trace.count
            result.append(Span(reason: reason, state: state, start: start, end: UInt32(end),
                               startTime: trace.time(ofEvent: Int(start)),
                               endTime: end < trace.count ? trace.time(ofEvent: end) : trace.time))
        }
        return result
    }

    /// How the task finished (done, failed, cancelled), or nil while it lives.
    public func finalState(of task: TaskID) -> TaskState? {
        update()
        let state = stateChange(at: Int(starts[task.index].last!)).state
        return state.isFinished ? state : nil
    }

    /// The event and time at which the task finished, or nil while it lives.
    public func finish(of task: TaskID) -> (event: Int, time: Int64)? {
        guard finalState(of: task) != nil else { return nil }
        let k = Int(starts[task.index].last!)
        return (k, trace.time(ofEvent: k))
    }

    /// The state and reason a span-starting event sets.
    private func stateChange(at k: Int) -> (state: TaskState, reason: WaitReason) {
        if case let .stateChanged(_, state, reason) = trace.event(at: k) { return (state, reason) }
        return (.created, .none)
    }
}
