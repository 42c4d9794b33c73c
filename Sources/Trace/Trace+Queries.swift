// Reading the log: events, their time/step/tick, and navigation helpers.

/// What a task was created as. Its current name is in `TraceState` (tasks can be renamed).
public struct TaskInfo: Hashable, Sendable {
    public var id: TaskID
    public var name: StringID
    public var kind: TaskKind
    public var parent: TaskID?
    public var location: TraceLocation
    /// Index of the `taskCreated` event.
    public var createdAt: Int
}

/// What a resource was created as.
public struct ResourceInfo: Hashable, Sendable {
    public var id: ResourceID
    public var kind: ResourceKind
    public var name: StringID
    public var capacity: Int64?
    /// Index of the `resourceCreated` event.
    public var createdAt: Int
}

extension Trace {
    /// The event at index `k`, decoded.
    public func event(at k: Int) -> TraceEvent { decode(raw[k]) }

    /// The kind of the event at `k`, without decoding it.
    public func kind(at k: Int) -> EventKind { EventKind(rawValue: raw[k].kind)! }

    /// The event at `k` with its time, step and tick.
    public func record(at k: Int) -> EventRecord {
        EventRecord(index: k, time: time(ofEvent: k), step: step(ofEvent: k), tick: tick(ofEvent: k),
                    event: event(at: k))
    }

    /// Virtual time (ns) of event `k`. O(log n).
    public func time(ofEvent k: Int) -> Int64 {
        checkIndex(k)
        return timeMarks[upperBound(timeMarks.count) { timeMarks[$0].firstEvent > k } - 1].time
    }

    /// Step of event `k` (steps begun when it happened). O(log n).
    public func step(ofEvent k: Int) -> Int {
        checkIndex(k)
        return upperBound(stepStarts.count) { Int(stepStarts[$0]) > k }
    }

    /// Tick of event `k` (ticks begun when it happened). O(log n).
    public func tick(ofEvent k: Int) -> Int {
        checkIndex(k)
        return upperBound(tickStarts.count) { Int(tickStarts[$0]) > k }
    }

    /// How task `id` was created.
    public func taskInfo(_ id: TaskID) -> TaskInfo {
        let k = Int(taskEvents[id.index])
        guard case let .taskCreated(_, name, kind, parent, location) = event(at: k) else {
            fatalError("corrupt trace: task \(id) has no creation event")
        }
        return TaskInfo(id: id, name: name, kind: kind, parent: parent, location: location, createdAt: k)
    }

    /// How resource `id` was created.
    public func resourceInfo(_ id: ResourceID) -> ResourceInfo {
        let k = Int(resourceEvents[id.index])
        guard case let .resourceCreated(_, kind, name, capacity) = event(at: k) else {
            fatalError("corrupt trace: resource \(id) has no creation event")
        }
        return ResourceInfo(id: id, kind: kind, name: name, capacity: capacity, createdAt: k)
    }

    // MARK: Navigation

    /// Index of the first event of step `s` (its `stepBegan`), or nil if no event has that
    /// step. Step 0 is what happened before the first step.
    public func firstEvent(ofStep s: Int) -> Int? { firstEvent(of: s, starts: stepStarts) }

    /// Index of the first event of tick `t` (its `tickBegan`), or nil.
    public func firstEvent(ofTick t: Int) -> Int? { firstEvent(of: t, starts: tickStarts) }

    /// Index of the last event of step `s` or earlier (-1 if none): where the view stands
    /// when step `s` is complete.
    public func lastEvent(throughStep s: Int) -> Int { lastEvent(through: s, starts: stepStarts) }

    /// Index of the last event of tick `t` or earlier (-1 if none).
    public func lastEvent(throughTick t: Int) -> Int { lastEvent(through: t, starts: tickStarts) }

    /// Index of the first event at or after `time`, or nil if every event is earlier.
    public func firstEvent(atOrAfter time: Int64) -> Int? {
        let i = upperBound(timeMarks.count) { timeMarks[$0].time >= time }
        return i < timeMarks.count ? timeMarks[i].firstEvent : nil
    }

    /// The earliest event time strictly after `time` (where "something happens next").
    public func nextTime(after time: Int64) -> Int64? {
        let i = upperBound(timeMarks.count) { timeMarks[$0].time > time }
        return i < timeMarks.count ? timeMarks[i].time : nil
    }

    /// The latest event time strictly before `time`.
    public func previousTime(before time: Int64) -> Int64? {
        let i = upperBound(timeMarks.count) { timeMarks[$0].time >= time }
        return i > 0 ? timeMarks[i - 1].time : nil
    }

    private func firstEvent(of unit: Int, starts: [UInt32]) -> Int? {
        if unit == 0 { return raw.count > 0 && (starts.first.map { $0 > 0 } ?? true) ? 0 : nil }
        return unit >= 1 && unit <= starts.count ? Int(starts[unit - 1]) : nil
    }

    private func lastEvent(through unit: Int, starts: [UInt32]) -> Int {
        if unit < 0 { return -1 }
        return (unit < starts.count ? Int(starts[unit]) : raw.count) - 1
    }

    func checkIndex(_ k: Int) {
        precondition(k >= 0 && k < raw.count, "event index \(k) out of range 0..<\(raw.count)")
    }

    /// Binary search over `0 ..< n` for a predicate that is false...false true...true:
    /// the first index where it holds, `n` if none.
    func upperBound(_ n: Int, _ predicate: (Int) -> Bool) -> Int {
        var lo = 0, hi = n
        while lo < hi {
            let mid = (lo + hi) / 2
            if predicate(mid) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// Calls `body` for each event in `range` with its time, step and tick, walking the
    /// step, tick and time tables alongside (no search per event). Used by replay, spans
    /// and exports.
    public func forEachEvent(in range: Range<Int>,
                             _ body: (_ index: Int, _ event: TraceEvent, _ time: Int64,
                                      _ step: Int, _ tick: Int) -> Void) {
        forEachRaw(in: range) { k, e, time, step, tick in body(k, decode(e), time, step, tick) }
    }

    /// `forEachEvent` without decoding, for passes that look at few kinds.
    func forEachRaw(in range: Range<Int>,
                    _ body: (_ index: Int, _ event: RawEvent, _ time: Int64, _ step: Int, _ tick: Int) -> Void) {
        guard !range.isEmpty else { return }
        let first = range.lowerBound
        var step = step(ofEvent: first), tick = tick(ofEvent: first)
        var mark = upperBound(timeMarks.count) { timeMarks[$0].firstEvent > first } - 1
        var nextStep = step < stepStarts.count ? Int(stepStarts[step]) : Int.max
        var nextTick = tick < tickStarts.count ? Int(tickStarts[tick]) : Int.max
        var nextMark = mark + 1 < timeMarks.count ? timeMarks[mark + 1].firstEvent : Int.max
        var time = timeMarks[mark].time
        for k in range {
            if k == nextStep {
                step += 1
                nextStep = step < stepStarts.count ? Int(stepStarts[step]) : Int.max
            }
            if k == nextTick {
                tick += 1
                nextTick = tick < tickStarts.count ? Int(tickStarts[tick]) : Int.max
            }
            if k == nextMark {
                mark += 1
                time = timeMarks[mark].time
                nextMark = mark + 1 < timeMarks.count ? timeMarks[mark + 1].firstEvent : Int.max
            }
            body(k, raw[k], time, step, tick)
        }
    }
}
