/// What a waiting or blocked task waits for. Every reason names its object.
///
/// Payloads are at most 12 bytes, so a reason is stored inline (13 bytes) in states and
/// spans; lists of objects are `IDList`s into the trace.
public enum WaitReason: Hashable, Sendable {
    /// No reason (created, ready, running, finished states).
    case none
    /// `asyncio.sleep` / `gevent.sleep` / timers: until this virtual time.
    case sleep(until: Int64)
    /// Awaiting a future.
    case future(ResourceID)
    /// Awaiting another task.
    case task(TaskID)
    /// `asyncio.gather` / tornado `yield [a, b]`: all of these, in argument order.
    case gather(IDList)
    /// `asyncio.wait` / `gevent.wait`: these objects.
    case wait(IDList)
    case semaphore(ResourceID)
    case lock(ResourceID)
    case event(ResourceID)
    case condition(ResourceID)
    /// `queue.get()` on an empty queue.
    case queueGet(ResourceID)
    /// `queue.put()` on a full queue.
    case queuePut(ResourceID)
    /// `Pool.spawn` while the pool is full.
    case poolSlot(ResourceID)
    /// `gevent.joinall` / `greenlet.join`: these greenlets.
    case join(IDList)
    /// `run_in_executor` / thread pool work.
    case executor(ResourceID)
    /// Modelled I/O (a socket read, an HTTP fetch) finishing at `until`.
    case io(until: Int64, label: StringID)
    /// Anything else, described in words.
    case label(StringID)

    /// The reason's name used in JSON and exports (`nil` for `.none`).
    public var name: String? {
        switch self {
        case .none: return nil
        case .sleep: return "sleep"
        case .future: return "future"
        case .task: return "task"
        case .gather: return "gather"
        case .wait: return "wait"
        case .semaphore: return "semaphore"
        case .lock: return "lock"
        case .event: return "event"
        case .condition: return "condition"
        case .queueGet: return "queueGet"
        case .queuePut: return "queuePut"
        case .poolSlot: return "poolSlot"
        case .join: return "join"
        case .executor: return "executor"
        case .io: return "io"
        case .label: return "label"
        }
    }

    /// The resource this reason waits on, if it names one.
    public var resource: ResourceID? {
        switch self {
        case .future(let r), .semaphore(let r), .lock(let r), .event(let r), .condition(let r),
             .queueGet(let r), .queuePut(let r), .poolSlot(let r), .executor(let r):
            return r
        default:
            return nil
        }
    }
}
