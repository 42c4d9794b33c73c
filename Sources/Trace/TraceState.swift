/// A task's situation at some event.
public struct TaskStatus: Hashable, Sendable {
    /// What it waits for (`.none` unless waiting or blocked).
    public var reason: WaitReason
    public var state: TaskState
    /// The source position it is at (its last `taskLine`, else where it was created).
    public var location: TraceLocation
    /// Its current name.
    public var name: StringID
    var sinceEvent: UInt32

    /// Index of the event that put it in its current state.
    public var since: Int { Int(sinceEvent) }
}

/// A resource's situation at some event.
public struct ResourceStatus: Equatable, Sendable {
    /// The last `resourceValue` (0 until the first one).
    public var value: Int64 = 0
    var holderList = FIFOList<TaskID>()
    var waiterList = FIFOList<TaskID>()

    /// Tasks holding the resource, in the order they acquired it.
    public var holders: [TaskID] { Array(holderList.elements) }
    /// Tasks waiting for it, first served first.
    public var waiters: [TaskID] { Array(waiterList.elements) }
    public var holderCount: Int { holderList.count }
    public var waiterCount: Int { waiterList.count }
}

/// An entry of the ready queue: a task's next step or a plain callback.
public enum ReadyEntry: Hashable, Sendable {
    case task(TaskID)
    case callback(handle: UInt32)

    var encoded: UInt64 {
        switch self {
        case .task(let t): return UInt64(t.rawValue)
        case .callback(let h): return 1 << 32 | UInt64(h)
        }
    }

    init(encoded: UInt64) {
        self = encoded >> 32 == 0 ? .task(TaskID(UInt32(encoded))) : .callback(handle: UInt32(truncatingIfNeeded: encoded))
    }
}

/// Everything the view shows about the program as of one point of the trace: the state
/// after the first `appliedCount` events. Built by replaying events (`apply`); obtained for
/// any event through `StateIndex` or `TraceCursor`. Printed text is in `OutputLog`.
public struct TraceState: Equatable, Sendable {
    /// Number of events applied (the state is after events `0 ..< appliedCount`).
    public internal(set) var appliedCount = 0
    /// Time, step and tick of the last applied event (0 before any).
    public internal(set) var time: Int64 = 0
    public internal(set) var step = 0
    public internal(set) var tick = 0
    /// The task in state `running`, if any.
    public internal(set) var running: TaskID?
    /// The handle of the current step (from the last `stepBegan`).
    public internal(set) var currentHandle: UInt32?
    /// Every task's status, indexed by `TaskID.index`.
    public internal(set) var tasks: [TaskStatus] = []
    /// Every resource's status, indexed by `ResourceID.index`.
    public internal(set) var resources: [ResourceStatus] = []
    /// Number of tasks in each state, indexed by `TaskState.rawValue`.
    public internal(set) var stateCounts = [Int](repeating: 0, count: TaskState.allCases.count)
    /// Timers set and neither fired nor cancelled.
    public internal(set) var pendingTimers = 0
    public internal(set) var warningCount = 0
    public internal(set) var errorCount = 0
    /// The last error's text, if any.
    public internal(set) var lastError: StringID?
    /// Set once a deadlock was reported.
    public internal(set) var deadlock: StringID?
    var ready = FIFOList<UInt64>()
    /// Holders plus waiters of all resources (for the size estimate).
    var members = 0

    /// The empty state before the first event.
    public init() {}

    /// The ready queue, first to run first: tasks whose state is `ready` in the order they
    /// became ready, and scheduled callbacks, interleaved as they were queued.
    public var readyQueue: [ReadyEntry] { ready.elements.map(ReadyEntry.init(encoded:)) }
    public var readyCount: Int { ready.count }

    /// Tasks in state `waiting` or `blocked`, by ID.
    public var waitingTasks: [TaskID] {
        tasks.indices.filter { tasks[$0].state == .waiting || tasks[$0].state == .blocked }
            .map { TaskID(UInt32($0)) }
    }

    public func status(of task: TaskID) -> TaskStatus { tasks[task.index] }
    public func status(of resource: ResourceID) -> ResourceStatus { resources[resource.index] }
    public func count(of state: TaskState) -> Int { stateCounts[Int(state.rawValue)] }

    /// A measure of the state's size, which sets the checkpoint spacing.
    var sizeUnits: Int { tasks.count * 2 + ready.count + resources.count * 4 + members }

    /// Applies event number `index` (which must be `appliedCount`).
    mutating func apply(_ event: TraceEvent, index: Int, time: Int64, step: Int, tick: Int) {
        precondition(index == appliedCount, "events must be applied in order")
        appliedCount += 1
        self.time = time
        self.step = step
        self.tick = tick
        switch event {
        case .tickBegan, .output, .libraryInternal:
            break
        case .stepBegan(let handle, _):
            currentHandle = handle
        case .taskCreated(let t, let name, _, _, let location):
            precondition(t.index == tasks.count, "task IDs are dense")
            tasks.append(TaskStatus(reason: .none, state: .created, location: location, name: name,
                                    sinceEvent: UInt32(index)))
            stateCounts[Int(TaskState.created.rawValue)] += 1
        case .taskRenamed(let t, let name):
            tasks[t.index].name = name
        case .stateChanged(let t, let state, let reason):
            setState(t, state, reason, index: index)
        case .taskLine(let t, let location):
            tasks[t.index].location = location
        case .callbackScheduled(let h, _, _):
            ready.append(ReadyEntry.callback(handle: h).encoded)
        case .callbackRun(let h), .callbackCancelled(let h):
            ready.remove(ReadyEntry.callback(handle: h).encoded)
        case .timerSet:
            pendingTimers += 1
        case .timerFired, .timerCancelled:
            pendingTimers -= 1
        case .resourceCreated(let r, _, _, _):
            precondition(r.index == resources.count, "resource IDs are dense")
            resources.append(ResourceStatus())
        case .resourceValue(let r, let value):
            resources[r.index].value = value
        case .holderAdded(let r, let t):
            resources[r.index].holderList.append(t)
            members += 1
        case .holderRemoved(let r, let t):
            if resources[r.index].holderList.remove(t) { members -= 1 }
        case .waiterAdded(let r, let t):
            resources[r.index].waiterList.append(t)
            members += 1
        case .waiterRemoved(let r, let t):
            if resources[r.index].waiterList.remove(t) { members -= 1 }
        case .warning:
            warningCount += 1
        case .error(let text, _):
            errorCount += 1
            lastError = text
        case .deadlock(let text):
            deadlock = text
        }
    }

    private mutating func setState(_ t: TaskID, _ state: TaskState, _ reason: WaitReason, index: Int) {
        let old = tasks[t.index]
        if old.state.isFinished { return }  // final: later changes are ignored
        if state == .running { running = t }  // running again after a nested call returned
        if old.state == state && old.reason == reason { return }
        if old.state == .ready && state != .ready { ready.remove(UInt64(t.rawValue)) }
        if state == .ready && old.state != .ready { ready.append(UInt64(t.rawValue)) }
        if state == .running {
            running = t
        } else if running == t {
            running = nil
        }
        stateCounts[Int(old.state.rawValue)] -= 1
        stateCounts[Int(state.rawValue)] += 1
        tasks[t.index].state = state
        tasks[t.index].reason = reason
        tasks[t.index].sinceEvent = UInt32(index)
    }
}
