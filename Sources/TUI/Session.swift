import Trace

/// A timer as the timeline shows it.
public struct TimerRecord: Hashable, Sendable {
    public var timer: UInt32
    public var setEvent: Int
    public var deadline: Int64
    /// The event that fired or cancelled it; nil while pending.
    public var endEvent: Int?
    public var fired: Bool
}

/// A callback run (a plain handle, not a task step).
public struct CallbackRun: Hashable, Sendable {
    public var event: Int
    public var time: Int64
    public var step: Int
    public var handle: UInt32
}

/// One opened scenario and everything derived from its trace: state at any event (through
/// checkpoints), spans, output lines, display names, callbacks and timers. It follows the
/// trace as it grows (`update()`); the model holds it by reference, and every query is a
/// function of the trace, so the view stays a function of the model.
public final class Session {
    public let scenario: Scenario
    public let source: TraceSource
    public let index: StateIndex
    public let spans: Spans
    public let output: OutputLog
    /// The source text, one entry per line, tabs expanded.
    public let sourceLines: [String]
    /// "asyncio", "gevent", "tornado" or "sync".
    public let runtime: String
    private let cursor: TraceCursor

    public private(set) var callbacks: [UInt32: (label: StringID, location: TraceLocation)] = [:]
    public private(set) var callbackRuns: [CallbackRun] = []
    public private(set) var timers: [TimerRecord] = []
    private var timerSlot: [UInt32: Int] = [:]
    /// Timers fired or cancelled so far (part of the marker cache's key).
    private var timersEnded = 0
    private var timerMarkCache: TimerMarks?
    private var functionNames: [String?] = []
    private var functionOrdinal: [Int] = []
    private var functionCount: [String: Int] = [:]
    private var nameCache: [(runtime: String, sharers: Int, display: String)?] = []
    private var resourceLabels: [String] = []
    private var resourceNameCount: [String: Int] = [:]
    private var processed = 0

    public init(scenario: Scenario, source: TraceSource) {
        self.scenario = scenario
        self.source = source
        index = StateIndex(trace: source.trace)
        spans = Spans(trace: source.trace)
        output = OutputLog(trace: source.trace)
        cursor = TraceCursor(index: index)
        sourceLines = scenario.text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
            .map { String($0).replacingCR().expandingTabs() }
        runtime = Session.detectRuntime(scenario.text)
        update()
    }

    public var trace: Trace { source.trace }
    /// Number of events known.
    public var count: Int { trace.count }
    public var isComplete: Bool { source.isComplete }

    /// Follows events appended since the last call.
    public func update() {
        let end = trace.count
        guard processed < end else { return }
        trace.forEachEvent(in: processed..<end) { k, event, time, step, _ in
            switch event {
            case .taskCreated(_, let name, let kind, _, let location):
                // The main program keeps its own name, which a task running `main()` must
                // not take: that one becomes `main#1`.
                let f = kind == .main ? nil : functionName(at: location)
                functionNames.append(f)
                if kind == .main { functionCount[trace.string(name), default: 0] += 1 }
                if let f {
                    functionCount[f, default: 0] += 1
                    functionOrdinal.append(functionCount[f]!)
                } else {
                    functionOrdinal.append(0)
                }
            case .resourceCreated(_, _, let name, _):
                let n = trace.string(name)
                resourceNameCount[n, default: 0] += 1
                resourceLabels.append("\(n)#\(resourceNameCount[n]!)")
            case .callbackScheduled(let h, let label, let location):
                callbacks[h] = (label, location)
            case .callbackRun(let h):
                callbackRuns.append(CallbackRun(event: k, time: time, step: step, handle: h))
            case .timerSet(let timer, let deadline):
                timerSlot[timer] = timers.count
                timers.append(TimerRecord(timer: timer, setEvent: k, deadline: deadline, endEvent: nil, fired: false))
            case .timerFired(let timer), .timerCancelled(let timer):
                if let i = timerSlot[timer], timers[i].endEvent == nil {
                    timersEnded += 1
                    timers[i].endEvent = k
                    if case .timerFired = event { timers[i].fired = true }
                }
            default:
                break
            }
        }
        processed = end
        // The derived indexes follow chunk by chunk too, so that no key press later has to
        // catch up on millions of events at once (the first G after a long run-ahead).
        index.update()
        spans.update()
        output.update()
    }

    /// The state after event `k` (-1: before any event).
    public func state(at k: Int) -> TraceState {
        update()
        if k < 0 { return TraceState() }
        cursor.move(to: k)
        return cursor.state
    }

    /// The timer marker row's columns for a window of the axis (kept while the window and
    /// the timers stay the same).
    func timerMarks(window: AxisWindow, width: Int, axis: Axis, column: (Int64) -> Int?) -> TimerMarks {
        update()
        let key = TimerMarks.Key(window: window, width: width, axis: axis, timers: timers.count, ended: timersEnded)
        if let cached = timerMarkCache, cached.key == key { return cached }
        let marks = TimerMarks(key, timers: timers, column: column, stepOf: { self.trace.step(ofEvent: $0) })
        timerMarkCache = marks
        return marks
    }

    // MARK: Names

    /// What the views call a task: its own name when it was given one; for tasks with a
    /// generic runtime name (`Task-1`, `Greenlet-3`) the function it runs, numbered when
    /// several tasks run the same function.
    public func name(of task: TaskID, in state: TraceState) -> String {
        let runtimeName = task.index < state.tasks.count
            ? trace.string(state.tasks[task.index].name) : trace.string(trace.taskInfo(task).name)
        return displayName(task, runtimeName: runtimeName)
    }

    /// The display name with the task's name at creation.
    public func name(of task: TaskID) -> String {
        displayName(task, runtimeName: trace.string(trace.taskInfo(task).name))
    }

    private func displayName(_ task: TaskID, runtimeName: String) -> String {
        update()
        guard task.index < functionNames.count, let f = functionNames[task.index] else { return runtimeName }
        // Views ask for the same names on every frame: the last answer per task is kept,
        // valid while the task keeps its runtime name and no later task shares its function.
        let sharers = functionCount[f, default: 0]
        if task.index < nameCache.count, let c = nameCache[task.index], c.runtime == runtimeName, c.sharers == sharers {
            return c.display
        }
        var display = runtimeName
        if Session.isGeneric(runtimeName) {
            if sharers > 1 {
                let digits = runtimeName.reversed().prefix { $0.isNumber }
                display = "\(f)#\(digits.isEmpty ? String(functionOrdinal[task.index]) : String(digits.reversed()))"
            } else {
                display = f
            }
        }
        if nameCache.count <= task.index { nameCache += Array(repeating: nil, count: task.index + 1 - nameCache.count) }
        nameCache[task.index] = (runtimeName, sharers, display)
        return display
    }

    /// The runtime's name of a task (`Task-1`), as of `state`.
    public func runtimeName(of task: TaskID, in state: TraceState) -> String {
        task.index < state.tasks.count ? trace.string(state.tasks[task.index].name) : trace.string(trace.taskInfo(task).name)
    }

    /// The function a task runs, if its creation site is a `def`.
    public func functionName(of task: TaskID) -> String? {
        update()
        return task.index < functionNames.count ? functionNames[task.index] : nil
    }

    static func isGeneric(_ name: String) -> Bool {
        var s = Substring(name)
        while let c = s.last, c.isNumber { s = s.dropLast() }
        guard s.count < name.count else { return false }
        while let c = s.last, c == "-" || c == "_" || c == " " { s = s.dropLast() }
        return ["Task", "Greenlet", "Thread", "Coroutine", "Runner", "Dummy"].contains(String(s))
            || s.hasPrefix("ThreadPoolExecutor")
    }

    /// `Semaphore#1`: the resource's type name and its number among resources of that name.
    public func label(of resource: ResourceID) -> String {
        update()
        return resource.index < resourceLabels.count ? resourceLabels[resource.index] : "resource\(resource.rawValue)"
    }

    /// A callback's label (`gather.<locals>._done_callback`), by handle.
    public func callbackLabel(_ handle: UInt32) -> String {
        update()
        guard let c = callbacks[handle] else { return "callback" }
        let label = trace.string(c.label)
        return label.isEmpty ? "callback" : label
    }

    /// The function defined at `location` (`def name` / `async def name`), if any.
    func functionName(at location: TraceLocation) -> String? {
        let line = Int(location.line)
        guard line >= 1, line <= sourceLines.count else { return nil }
        var s = Substring(sourceLines[line - 1]).drop { $0 == " " }
        if s.hasPrefix("async ") { s = s.dropFirst(6).drop { $0 == " " } }
        guard s.hasPrefix("def ") else { return nil }
        let name = s.dropFirst(4).drop { $0 == " " }.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }

    /// The source line `n` (1-based), or "".
    public func sourceLine(_ n: Int) -> String {
        n >= 1 && n <= sourceLines.count ? sourceLines[n - 1] : ""
    }

    // MARK: Steps

    /// The task resumed by step `s` (nil for a callback or step 0).
    public func task(ofStep s: Int) -> TaskID? {
        guard s >= 1, let k = trace.firstEvent(ofStep: s), case let .stepBegan(_, task) = trace.event(at: k) else {
            return nil
        }
        return task
    }

    /// The handle run by step `s`.
    public func handle(ofStep s: Int) -> UInt32? {
        guard s >= 1, let k = trace.firstEvent(ofStep: s), case let .stepBegan(handle, _) = trace.event(at: k) else {
            return nil
        }
        return handle
    }

    /// The library the scenario uses, from its imports.
    static func detectRuntime(_ text: String) -> String {
        var found: [String] = []
        for line in text.split(separator: "\n") {
            let s = line.drop { $0 == " " }
            guard s.hasPrefix("import ") || s.hasPrefix("from ") else { continue }
            for lib in ["tornado", "gevent", "asyncio"] where s.contains(lib) && !found.contains(lib) {
                found.append(lib)
            }
            if s.contains("grequests") && !found.contains("gevent") { found.append("gevent") }
        }
        for lib in ["tornado", "gevent", "asyncio"] where found.contains(lib) { return lib }
        return "sync"
    }
}

extension String {
    func replacingCR() -> String {
        contains("\r") ? String(filter { $0 != "\r" }) : self
    }
}
