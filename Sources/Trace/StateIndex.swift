/// Answers "what was the state at event k?" for any k by replaying from the nearest
/// checkpoint, so moving backwards costs the same as moving forwards.
///
/// Checkpoints are full `TraceState` copies taken while the index follows the trace. They
/// are at least `interval` events apart, and further apart when the state is large
/// (`sizeFactor` × its size), which keeps their total memory proportional to the trace's
/// rather than to (events × tasks): `state(at:)` replays at most
/// `max(interval, sizeFactor × state size)` events. With the default 256 and a scenario of
/// a few dozen tasks, that is 256 events.
///
/// The trace may grow: queries past what was indexed catch up first (`update()`).
public final class StateIndex {
    public let trace: Trace
    /// Minimum spacing of checkpoints, in events.
    public let interval: Int
    /// Extra spacing per unit of state size; 0 gives a fixed `interval`.
    public let sizeFactor: Int
    /// Checkpoints by increasing `appliedCount`; the first is the initial state.
    private var checkpoints: [TraceState] = [TraceState()]
    /// The state after every event indexed so far.
    private var frontier = TraceState()
    private var spacing: Int

    public init(trace: Trace, interval: Int = 256, sizeFactor: Int = 4) {
        precondition(interval > 0, "interval must be positive")
        self.trace = trace
        self.interval = interval
        self.sizeFactor = sizeFactor
        self.spacing = interval
        update()
    }

    /// Number of events indexed.
    public var indexedCount: Int { frontier.appliedCount }
    /// Number of checkpoints held (the initial state included).
    public var checkpointCount: Int { checkpoints.count }

    /// Indexes events appended to the trace since the last call.
    public func update() {
        let end = trace.count
        guard frontier.appliedCount < end else { return }
        var state = frontier
        frontier = TraceState()  // keep the arrays uniquely referenced while replaying
        var added: [TraceState] = []
        var last = checkpoints[checkpoints.count - 1].appliedCount
        var spacing = self.spacing
        let (interval, sizeFactor) = (self.interval, self.sizeFactor)
        trace.forEachEvent(in: state.appliedCount..<end) { k, event, time, step, tick in
            state.apply(event, index: k, time: time, step: step, tick: tick)
            if state.appliedCount - last >= spacing {
                added.append(state)
                last = state.appliedCount
                spacing = max(interval, sizeFactor * state.sizeUnits)
            }
        }
        checkpoints += added
        self.spacing = spacing
        frontier = state
    }

    /// The state after events `0 ... k` (the state the view shows with the cursor on event
    /// `k`); `k == -1` gives the initial state. `k` must be below `trace.count`.
    public func state(at k: Int) -> TraceState {
        state(afterCount: k + 1)
    }

    /// The state after the first `count` events (`0 ... trace.count`).
    public func state(afterCount count: Int) -> TraceState {
        precondition(count >= 0 && count <= trace.count, "event count \(count) out of range")
        if count > frontier.appliedCount { update() }
        if count == frontier.appliedCount { return frontier }
        var state = checkpoint(atOrBefore: count)
        replay(&state, to: count)
        return state
    }

    /// The latest checkpoint with `appliedCount <= count`.
    func checkpoint(atOrBefore count: Int) -> TraceState {
        var lo = 0, hi = checkpoints.count  // first checkpoint past count
        while lo < hi {
            let mid = (lo + hi) / 2
            if checkpoints[mid].appliedCount > count { hi = mid } else { lo = mid + 1 }
        }
        return checkpoints[lo - 1]
    }

    /// Applies events to `state` until it has applied `count` events.
    func replay(_ state: inout TraceState, to count: Int) {
        var s = state
        state = TraceState()
        trace.forEachEvent(in: s.appliedCount..<count) { k, event, time, step, tick in
            s.apply(event, index: k, time: time, step: step, tick: tick)
        }
        state = s
    }

    /// The state after `count` events computed from scratch, without checkpoints (a
    /// reference for tests).
    public static func replayFromScratch(_ trace: Trace, count: Int) -> TraceState {
        var state = TraceState()
        trace.forEachEvent(in: 0..<count) { k, event, time, step, tick in
            state.apply(event, index: k, time: time, step: step, tick: tick)
        }
        return state
    }
}
