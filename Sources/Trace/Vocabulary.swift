// The shared vocabulary of the engine, the TUI and the exports (DESIGN.md, "Task states
// and wait reasons"). Raw values are the stored encoding: append cases, never renumber.

/// What kind of schedulable unit a task is.
public enum TaskKind: UInt8, CaseIterable, Sendable {
    case asyncioTask = 0
    case greenlet = 1
    case tornadoCoroutine = 2
    case callback = 3
    case thread = 4
    case main = 5

    /// The name used in JSON and exports.
    public var name: String {
        switch self {
        case .asyncioTask: return "asyncioTask"
        case .greenlet: return "greenlet"
        case .tornadoCoroutine: return "tornadoCoroutine"
        case .callback: return "callback"
        case .thread: return "thread"
        case .main: return "main"
        }
    }
}

/// The life cycle of a task:
/// created → ready → running → (waiting(reason) | blocked(reason)) → ready … → done | failed | cancelled.
///
/// `waiting` means the task is suspended and the loop runs others; `blocked` means the
/// thread itself is held (e.g. `time.sleep` in unpatched code): nothing else can run.
public enum TaskState: UInt8, CaseIterable, Sendable {
    case created = 0
    case ready = 1
    case running = 2
    case waiting = 3
    case blocked = 4
    case done = 5
    case failed = 6
    case cancelled = 7

    /// True for done, failed and cancelled: the task will not change state again.
    @inlinable public var isFinished: Bool { rawValue >= TaskState.done.rawValue }

    /// The name used in JSON and exports.
    public var name: String {
        switch self {
        case .created: return "created"
        case .ready: return "ready"
        case .running: return "running"
        case .waiting: return "waiting"
        case .blocked: return "blocked"
        case .done: return "done"
        case .failed: return "failed"
        case .cancelled: return "cancelled"
        }
    }
}

/// What kind of synchronisation object a resource is.
public enum ResourceKind: UInt8, CaseIterable, Sendable {
    case semaphore = 0
    case boundedSemaphore = 1
    case lock = 2
    case event = 3
    case condition = 4
    case queue = 5
    case pool = 6
    case future = 7
    case executor = 8

    /// The name used in JSON and exports.
    public var name: String {
        switch self {
        case .semaphore: return "semaphore"
        case .boundedSemaphore: return "boundedSemaphore"
        case .lock: return "lock"
        case .event: return "event"
        case .condition: return "condition"
        case .queue: return "queue"
        case .pool: return "pool"
        case .future: return "future"
        case .executor: return "executor"
        }
    }
}

/// Where printed text went.
public enum OutputStream: UInt8, CaseIterable, Sendable {
    case stdout = 0
    case stderr = 1

    public var name: String { self == .stdout ? "stdout" : "stderr" }
}
