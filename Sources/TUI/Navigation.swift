import Trace

// Where the cursor can stop. A *stop* is the end of a step (the state once a task has
// suspended or a callback has returned) or the last event before the clock moves (so a
// synchronous program, which has no loop steps, still stops at every blocking call).

extension Session {
    /// The first stop after event `k`, or nil at the end of the known trace.
    public func stopAfter(_ k: Int) -> Int? {
        let next = k + 1
        guard next >= 0, next < trace.count else { return nil }
        let endOfStep = trace.lastEvent(throughStep: trace.step(ofEvent: next))
        let endOfInstant = lastEvent(atOrBefore: trace.time(ofEvent: next)) ?? next
        return min(endOfStep, endOfInstant)
    }

    /// The last stop before event `k`, or -1 (the start) when there is none.
    public func stopBefore(_ k: Int) -> Int {
        guard k >= 0 else { return -1 }
        let k = min(k, trace.count)
        guard k < trace.count else { return trace.count - 1 }
        let endOfPreviousStep = trace.lastEvent(throughStep: trace.step(ofEvent: k) - 1)
        let endOfPreviousInstant = (trace.firstEvent(atOrAfter: trace.time(ofEvent: k)) ?? k) - 1
        return max(endOfPreviousStep, endOfPreviousInstant, -1)
    }

    /// The end of the current tick, or of the next one if the current is complete.
    public func tickAfter(_ k: Int) -> Int? {
        let n = trace.count
        guard k < n - 1 else { return nil }
        let t = k < 0 ? 0 : trace.tick(ofEvent: k)
        let end = trace.lastEvent(throughTick: t)
        return end > k ? end : trace.lastEvent(throughTick: t + 1)
    }

    /// The end of the previous tick (-1 at the start).
    public func tickBefore(_ k: Int) -> Int {
        guard k >= 0 else { return -1 }
        let t = trace.tick(ofEvent: k)
        return t > 0 ? trace.lastEvent(throughTick: t - 1) : -1
    }

    /// The last event at or before `time` (nil when every event is later).
    public func lastEvent(atOrBefore time: Int64) -> Int? {
        let k = (trace.firstEvent(atOrAfter: time &+ 1) ?? trace.count) - 1
        return k >= 0 ? k : nil
    }

    /// The last event of step `s`, or nil if that step has not run.
    public func endOfStep(_ s: Int) -> Int? {
        guard s >= 0, s <= trace.step, trace.count > 0 else { return nil }
        return trace.lastEvent(throughStep: s)
    }

    /// The time of event `k` (0 before the first).
    public func time(ofEvent k: Int) -> Int64 {
        k >= 0 && k < trace.count ? trace.time(ofEvent: k) : 0
    }

    /// The position of event `k` on an axis.
    public func axisPosition(ofEvent k: Int, _ axis: Axis) -> Int64 {
        switch axis {
        case .time: return time(ofEvent: k)
        case .steps: return k >= 0 && k < trace.count ? Int64(trace.step(ofEvent: k)) : 0
        }
    }

    /// The end of the run on an axis (what "fit" shows).
    public func axisEnd(_ axis: Axis, clock: Int64) -> Int64 {
        switch axis {
        case .time: return max(trace.time, clock, 1)
        case .steps: return max(Int64(trace.step), 1)
        }
    }
}
