/// A position in the trace and the state there; what the TUI moves with step / back /
/// jump keys. Moving forward a little replays from the current state; moving back, or far,
/// restarts from the nearest checkpoint of the `StateIndex`.
public final class TraceCursor {
    public let index: StateIndex
    /// The event the cursor is on; -1 before the first event.
    public private(set) var position: Int = -1
    /// The state after the event at `position`.
    public private(set) var state = TraceState()

    public init(index: StateIndex) { self.index = index }

    private var trace: Trace { index.trace }

    /// Moves to event `k`, clamped to `-1 ..< trace.count`.
    public func move(to k: Int) {
        let target = min(max(k, -1), trace.count - 1)
        let count = target + 1
        if count < state.appliedCount {
            state = index.state(afterCount: count)
        } else if count > state.appliedCount {
            if count > index.indexedCount { index.update() }
            let nearest = index.checkpoint(atOrBefore: count)
            if nearest.appliedCount > state.appliedCount { state = nearest }
            index.replay(&state, to: count)
        }
        position = target
    }

    /// Moves `n` events forward (negative: back).
    public func forward(by n: Int = 1) { move(to: position + n) }
    /// Moves `n` events back.
    public func back(by n: Int = 1) { move(to: position - n) }

    /// Moves to the last event of step `s` or earlier: step `s` complete.
    public func moveToEnd(ofStep s: Int) { move(to: trace.lastEvent(throughStep: s)) }

    /// Moves to the last event of tick `t` or earlier: tick `t` complete.
    public func moveToEnd(ofTick t: Int) { move(to: trace.lastEvent(throughTick: t)) }

    /// Moves to the last event at or before `time`.
    public func moveToTime(_ time: Int64) {
        move(to: (trace.firstEvent(atOrAfter: time &+ 1) ?? trace.count) - 1)
    }

    /// Completes the current step, or the next one if the current one is complete.
    public func stepForward() { advance(unit: trace.lastEvent(throughStep:), current: trace.step(ofEvent:)) }
    /// Goes back to the end of the previous step.
    public func stepBack() { retreat(unit: trace.lastEvent(throughStep:), current: trace.step(ofEvent:)) }
    /// Completes the current tick, or the next one.
    public func tickForward() { advance(unit: trace.lastEvent(throughTick:), current: trace.tick(ofEvent:)) }
    /// Goes back to the end of the previous tick.
    public func tickBack() { retreat(unit: trace.lastEvent(throughTick:), current: trace.tick(ofEvent:)) }

    private func advance(unit end: (Int) -> Int, current: (Int) -> Int) {
        let u = position < 0 ? 0 : current(position)
        let target = end(u)
        move(to: target > position ? target : end(u + 1))
    }

    private func retreat(unit end: (Int) -> Int, current: (Int) -> Int) {
        guard position >= 0 else { return }
        let u = current(position)
        // At the end of unit u, or inside it: go to the end of u - 1.
        move(to: u > 0 ? end(u - 1) : -1)
    }
}
