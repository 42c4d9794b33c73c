/// The kind of an event: its stored tag. Raw values are part of the format; append, never
/// renumber.
public enum EventKind: UInt8, CaseIterable, Sendable {
    case tickBegan = 0
    case stepBegan = 1
    case taskCreated = 2
    case taskRenamed = 3
    case stateChanged = 4
    case taskLine = 5
    case output = 6
    case callbackScheduled = 7
    case callbackRun = 8
    case callbackCancelled = 9
    case timerSet = 10
    case timerFired = 11
    case timerCancelled = 12
    case resourceCreated = 13
    case resourceValue = 14
    case holderAdded = 15
    case holderRemoved = 16
    case waiterAdded = 17
    case waiterRemoved = 18
    case warning = 19
    case error = 20
    case deadlock = 21
    case libraryInternal = 22

    /// The name used in JSON (`"kind"`), identical to the case name.
    public var name: String { EventKind.names[Int(rawValue)] }

    private static let names: [String] = allCases.map { "\($0)" }
}

/// One event of the trace, decoded. (Stored compactly; see `Trace.event(at:)`.)
///
/// Handles and timers are the loop's IDs (`HandleID.rawValue`, `TimerID.sequence`)
/// truncated to 32 bits.
public enum TraceEvent: Hashable, Sendable {
    /// A loop iteration began (the trace's `tick` was incremented).
    case tickBegan
    /// A handle began to run (the trace's `step` was incremented); `task` is the task it
    /// resumes, nil for a plain callback.
    case stepBegan(handle: UInt32, task: TaskID?)
    /// A task came to exist, in state `created`. `location` is where it was created (or
    /// its function's definition).
    case taskCreated(TaskID, name: StringID, kind: TaskKind, parent: TaskID?, location: TraceLocation)
    /// `task.set_name()` and the like.
    case taskRenamed(TaskID, name: StringID)
    /// The task entered `state`, waiting for `reason` (`.none` unless waiting/blocked).
    case stateChanged(TaskID, TaskState, WaitReason)
    /// The task is at this source position (emitted when it suspends, and when it starts).
    case taskLine(TaskID, TraceLocation)
    /// Text written to stdout/stderr, exactly as written (partial lines included), by
    /// `task` (nil: the main program outside any task).
    case output(task: TaskID?, stream: OutputStream, text: StringID)
    /// A plain callback entered the ready queue (`call_soon`, a done-callback...).
    case callbackScheduled(handle: UInt32, label: StringID, location: TraceLocation)
    /// That callback ran (left the ready queue).
    case callbackRun(handle: UInt32)
    /// That callback was cancelled (left the ready queue without running).
    case callbackCancelled(handle: UInt32)
    case timerSet(timer: UInt32, deadline: Int64)
    case timerFired(timer: UInt32)
    case timerCancelled(timer: UInt32)
    /// A resource came to exist. `capacity`: a semaphore's initial value, a queue's maxsize,
    /// a pool's size; nil when unbounded or meaningless.
    case resourceCreated(ResourceID, kind: ResourceKind, name: StringID, capacity: Int64?)
    /// The resource's value changed: a semaphore's counter, a queue's size, a lock's or an
    /// event's 0/1, a future's done flag, a pool's free slots.
    case resourceValue(ResourceID, value: Int64)
    /// A task acquired the resource (lock owner, semaphore/pool holder).
    case holderAdded(ResourceID, TaskID)
    case holderRemoved(ResourceID, TaskID)
    /// A task joined the end of the resource's wait queue.
    case waiterAdded(ResourceID, TaskID)
    /// A task left the wait queue (served, cancelled or timed out).
    case waiterRemoved(ResourceID, TaskID)
    /// A lint-like remark about the run (e.g. "coroutine was never awaited").
    case warning(text: StringID, location: TraceLocation)
    /// An uncaught exception or runtime error.
    case error(text: StringID, location: TraceLocation)
    /// Nothing can ever run again while tasks still wait.
    case deadlock(text: StringID)
    /// The task or resource (just created) is the library's own: a task running library
    /// code (a `Pool.map` driver), a resource a library function made for itself (the
    /// queue of `Pool.imap`, the event of a gather). Viewers hide these unless asked.
    case libraryInternal(TraceObject)

    /// The event's kind.
    public var kind: EventKind {
        switch self {
        case .tickBegan: return .tickBegan
        case .stepBegan: return .stepBegan
        case .taskCreated: return .taskCreated
        case .taskRenamed: return .taskRenamed
        case .stateChanged: return .stateChanged
        case .taskLine: return .taskLine
        case .output: return .output
        case .callbackScheduled: return .callbackScheduled
        case .callbackRun: return .callbackRun
        case .callbackCancelled: return .callbackCancelled
        case .timerSet: return .timerSet
        case .timerFired: return .timerFired
        case .timerCancelled: return .timerCancelled
        case .resourceCreated: return .resourceCreated
        case .resourceValue: return .resourceValue
        case .holderAdded: return .holderAdded
        case .holderRemoved: return .holderRemoved
        case .waiterAdded: return .waiterAdded
        case .waiterRemoved: return .waiterRemoved
        case .warning: return .warning
        case .error: return .error
        case .deadlock: return .deadlock
        case .libraryInternal: return .libraryInternal
        }
    }
}

/// An event with its place in the trace.
public struct EventRecord: Hashable, Sendable {
    /// The event's sequence number: its index in the trace.
    public var index: Int
    /// Virtual time in nanoseconds when it happened.
    public var time: Int64
    /// Number of steps begun when it happened (0: before the first step).
    public var step: Int
    /// Number of ticks begun when it happened (0: before the first tick).
    public var tick: Int
    public var event: TraceEvent
}

extension EventKind {
    /// Kinds kept even when a trace does not record activity (see `Trace.recordsActivity`).
    @usableFromInline
    static func definesRun(_ raw: UInt8) -> Bool {
        switch EventKind(rawValue: raw) {
        case .taskCreated, .taskRenamed, .resourceCreated, .output, .warning, .error, .deadlock, .libraryInternal:
            return true
        default: return false
        }
    }
}
