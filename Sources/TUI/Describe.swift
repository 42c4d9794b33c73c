import Trace

/// Virtual times as text.
public enum TimeText {
    /// Seconds with 3 decimals (`4.000`), more when the time is not a whole millisecond.
    public static func seconds(_ ns: Int64) -> String {
        let negative = ns < 0
        let v = ns.magnitude
        let whole = v / 1_000_000_000
        let frac = v % 1_000_000_000
        var digits: String
        if frac % 1_000_000 == 0 {
            digits = pad(frac / 1_000_000, 3)
        } else if frac % 1_000 == 0 {
            digits = pad(frac / 1_000, 6)
        } else {
            digits = pad(frac, 9)
        }
        if digits.isEmpty { digits = "000" }
        return (negative ? "-" : "") + "\(whole).\(digits)"
    }

    private static func pad(_ v: UInt64, _ n: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, n - s.count)) + s
    }

    /// A short axis label: `0s`, `2.5s`, `250ms`, `40us`.
    public static func axisLabel(_ ns: Int64) -> String {
        if ns == 0 { return "0" }
        if ns % 1_000_000_000 == 0 { return "\(ns / 1_000_000_000)s" }
        if ns >= 1_000_000_000 { return trim(Double(ns) / 1e9) + "s" }
        if ns % 1_000_000 == 0 { return "\(ns / 1_000_000)ms" }
        if ns >= 1_000_000 { return trim(Double(ns) / 1e6) + "ms" }
        if ns % 1_000 == 0 { return "\(ns / 1_000)us" }
        return "\(ns)ns"
    }

    private static func trim(_ d: Double) -> String {
        var s = String(format3(d))
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    private static func format3(_ d: Double) -> String {
        let scaled = Int64((d * 1000).rounded())
        return "\(scaled / 1000).\(pad(UInt64(scaled % 1000), 3))"
    }

    /// Parses a typed time: `4`, `4.5`, `4.5s`, `250ms`, `40us`, `1m`, `1h` (seconds by default).
    public static func parse(_ text: String) -> Int64? {
        var s = Substring(text.filter { $0 != " " }).lowercased()[...]
        if s.hasPrefix("t=") { s = s.dropFirst(2) }
        var unit: Double = 1e9
        for (suffix, scale) in [("ms", 1e6), ("us", 1e3), ("µs", 1e3), ("ns", 1.0), ("s", 1e9), ("m", 60e9), ("h", 3600e9)] {
            if s.hasSuffix(suffix) {
                s = s.dropLast(suffix.count)
                unit = scale
                break
            }
        }
        guard !s.isEmpty, let d = Double(s), d.isFinite, d >= 0 else { return nil }
        let ns = d * unit
        guard ns < 9e18 else { return nil }
        return Int64(ns.rounded())
    }

    /// A nice spacing for axis labels: 1, 2 or 5 times a power of ten, at least `minimum`.
    public static func niceStep(atLeast minimum: Double) -> Int64 {
        guard minimum > 1 else { return 1 }
        var base: Double = 1
        while base * 10 <= minimum { base *= 10 }
        for m in [1.0, 2.0, 5.0, 10.0] where base * m >= minimum { return Int64(base * m) }
        return Int64(base * 10)
    }
}

/// `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`...
public func ordinal(_ n: Int) -> String {
    let tens = n % 100
    if tens >= 11 && tens <= 13 { return "\(n)th" }
    switch n % 10 {
    case 1: return "\(n)st"
    case 2: return "\(n)nd"
    case 3: return "\(n)rd"
    default: return "\(n)th"
    }
}

extension Session {
    /// What a waiting or blocked task waits for, in words: `sleep -> 5.000 (1.000 left)`,
    /// `Semaphore#1 (3rd in line)`, `gather(coroutine_1, coroutine_2)`,
    /// `pool slot Pool#1`, `blocked: time.sleep (thread held)`.
    public func describe(_ task: TaskID, in state: TraceState, clock: Int64, glyphs: Glyphs = .unicode) -> String {
        let status = state.tasks[task.index]
        let text = describe(status.reason, of: task, in: state, clock: clock, glyphs: glyphs)
        if status.state == .blocked {
            if case .sleep = status.reason {
                return "blocked: time.sleep (thread held)" + until(status.reason, clock: clock, glyphs: glyphs)
            }
            return "blocked: " + text + " (thread held)"
        }
        return text
    }

    private func until(_ reason: WaitReason, clock: Int64, glyphs: Glyphs) -> String {
        switch reason {
        case .sleep(let t), .io(let t, _):
            return " \(glyphs.arrow) \(TimeText.seconds(t)) (\(TimeText.seconds(max(0, t - clock))) left)"
        default:
            return ""
        }
    }

    /// A reason in words (without the blocked prefix).
    public func describe(_ reason: WaitReason, of task: TaskID?, in state: TraceState, clock: Int64,
                         glyphs: Glyphs = .unicode) -> String {
        switch reason {
        case .none:
            return ""
        case .sleep:
            return "sleep" + until(reason, clock: clock, glyphs: glyphs)
        case .io(_, let label):
            let l = trace.string(label)
            return "io" + (l.isEmpty ? "" : " \(l)") + until(reason, clock: clock, glyphs: glyphs)
        case .future(let r):
            return object("future", r) + line(r, task, state)
        case .task(let t):
            return "await \(name(of: t, in: state))"
        case .gather(let list):
            return "gather(\(objects(list, state, glyphs)))"
        case .wait(let list):
            return "wait(\(objects(list, state, glyphs)))"
        case .join(let list):
            return "join(\(objects(list, state, glyphs)))"
        case .semaphore(let r):
            return object("semaphore", r) + line(r, task, state)
        case .lock(let r):
            return object("lock", r) + line(r, task, state)
        case .event(let r):
            return object("event", r)
        case .condition(let r):
            return object("condition", r) + line(r, task, state)
        case .queueGet(let r):
            return "get " + object("queue", r) + " (empty)"
        case .queuePut(let r):
            return "put " + object("queue", r) + " (full)"
        case .poolSlot(let r):
            return "pool slot \(label(of: r))" + line(r, task, state)
        case .executor(let r):
            return object("executor", r)
        case .label(let s):
            return trace.string(s)
        }
    }

    /// `Semaphore#1`, or `semaphore sem#1` when the program named it otherwise.
    private func object(_ kind: String, _ r: ResourceID) -> String {
        let l = label(of: r)
        return l.lowercased().contains(kind) ? l : "\(kind) \(l)"
    }

    /// ` (3rd in line)` when the task is in the resource's wait queue.
    private func line(_ r: ResourceID, _ task: TaskID?, _ state: TraceState) -> String {
        guard let task, r.index < state.resources.count else { return "" }
        let waiters = state.resources[r.index].waiters
        guard let i = waiters.firstIndex(of: task) else { return "" }
        return " (\(ordinal(i + 1)) in line)"
    }

    /// `a, b✓, Future#2`: the awaited objects, finished ones ticked; a long list starts
    /// with how many are done (`3/5000 done: a✓, b✓, c✓, d, e, f, … +4994`).
    private func objects(_ list: IDList, _ state: TraceState, _ glyphs: Glyphs) -> String {
        let all = trace.objects(in: list)
        func isDone(_ o: TraceObject) -> Bool {
            switch o {
            case .task(let t): return t.index < state.tasks.count && state.tasks[t.index].state.isFinished
            case .resource(let r): return r.index < state.resources.count && state.resources[r.index].value != 0
            }
        }
        func text(_ o: TraceObject) -> String {
            let n: String
            switch o {
            case .task(let t): n = name(of: t, in: state)
            case .resource(let r): n = label(of: r)
            }
            return n + (isDone(o) ? (glyphs.isASCII ? "(done)" : "✓") : "")
        }
        let limit = 6
        if all.count <= limit { return all.map(text).joined(separator: ", ") }
        let done = all.reduce(0) { $0 + (isDone($1) ? 1 : 0) }
        return "\(done)/\(all.count) done: " + all.prefix(limit).map(text).joined(separator: ", ")
            + ", \(glyphs.ellipsis) +\(all.count - limit)"
    }

    /// The objects a reason names (for highlighting).
    public func objects(of reason: WaitReason) -> [TraceObject] {
        switch reason {
        case .gather(let l), .wait(let l), .join(let l): return trace.objects(in: l)
        case .task(let t): return [.task(t)]
        default: return reason.resource.map { [.resource($0)] } ?? []
        }
    }
}
