/// The stored form of an event: 16 bytes, no references.
///
/// Time, step and tick are not stored per event: the trace keeps the index of each step's
/// and each tick's first event, and a `TimeMark` where the time changes. What does not fit in `x`, `y`, `a`,
/// `b` goes to the trace's side array of words, and `b` holds its offset. Layout per kind:
///
///     kind               x          y       a          b
///     tickBegan          -          -       -          -
///     stepBegan          -          -       handle     task or -1
///     taskCreated        TaskKind   -       task       words: name, parent+1, line, column
///     taskRenamed        -          -       task       name
///     stateChanged       TaskState  reason  task       reason argument (see WaitReason codes)
///     taskLine           -          -       task       packed location
///     output             stream     -       task+1     text
///     callbackScheduled  -          -       handle     words: label, line, column
///     callbackRun/Cancelled -       -       handle     -
///     timerSet           -          -       timer      deadline
///     timerFired/Cancelled -        -       timer      -
///     resourceCreated    kind       has cap resource   words: name, capacity lo, hi
///     resourceValue      -          -       resource   value
///     holder/waiter +/-  -          -       resource   task
///     warning, error     -          -       text       packed location
///     deadlock           -          -       text       -
///     libraryInternal    -          -       object     -      (TraceObject's one-word form)
@usableFromInline
struct RawEvent {
    @usableFromInline var kind: UInt8
    @usableFromInline var x: UInt8
    @usableFromInline var y: UInt16
    @usableFromInline var a: UInt32
    @usableFromInline var b: Int64

    @inlinable
    init(_ kind: EventKind, x: UInt8 = 0, y: UInt16 = 0, a: UInt32 = 0, b: Int64 = 0) {
        self.kind = kind.rawValue
        self.x = x
        self.y = y
        self.a = a
        self.b = b
    }
}

/// The time of events from `firstEvent` on, until the next mark.
@usableFromInline
struct TimeMark {
    @usableFromInline var firstEvent: Int
    @usableFromInline var time: Int64

    @inlinable
    init(firstEvent: Int, time: Int64) {
        self.firstEvent = firstEvent
        self.time = time
    }
}

/// Stored codes of `WaitReason` cases (the `y` field of `stateChanged`).
enum ReasonCode: UInt16 {
    case none = 0, sleep, future, task, gather, wait, semaphore, lock, event, condition
    case queueGet, queuePut, poolSlot, join, executor, io, label
}

extension Trace {
    /// Encodes a reason as (code, argument), spilling `io` to the side array.
    func encode(_ reason: WaitReason) -> (UInt16, Int64) {
        func r(_ code: ReasonCode, _ v: UInt32) -> (UInt16, Int64) { (code.rawValue, Int64(v)) }
        switch reason {
        case .none: return (ReasonCode.none.rawValue, 0)
        case .sleep(let until): return (ReasonCode.sleep.rawValue, until)
        case .future(let id): return r(.future, id.rawValue)
        case .task(let id): return r(.task, id.rawValue)
        case .gather(let l): return r(.gather, l.rawValue)
        case .wait(let l): return r(.wait, l.rawValue)
        case .semaphore(let id): return r(.semaphore, id.rawValue)
        case .lock(let id): return r(.lock, id.rawValue)
        case .event(let id): return r(.event, id.rawValue)
        case .condition(let id): return r(.condition, id.rawValue)
        case .queueGet(let id): return r(.queueGet, id.rawValue)
        case .queuePut(let id): return r(.queuePut, id.rawValue)
        case .poolSlot(let id): return r(.poolSlot, id.rawValue)
        case .join(let l): return r(.join, l.rawValue)
        case .executor(let id): return r(.executor, id.rawValue)
        case .io(let until, let label):
            return (ReasonCode.io.rawValue, storeWords([label.rawValue] + split(until)))
        case .label(let s): return r(.label, s.rawValue)
        }
    }

    func decodeReason(code: UInt16, argument b: Int64) -> WaitReason {
        let v = UInt32(truncatingIfNeeded: b)
        switch ReasonCode(rawValue: code) ?? .none {
        case .none: return .none
        case .sleep: return .sleep(until: b)
        case .future: return .future(ResourceID(v))
        case .task: return .task(TaskID(v))
        case .gather: return .gather(IDList(v))
        case .wait: return .wait(IDList(v))
        case .semaphore: return .semaphore(ResourceID(v))
        case .lock: return .lock(ResourceID(v))
        case .event: return .event(ResourceID(v))
        case .condition: return .condition(ResourceID(v))
        case .queueGet: return .queueGet(ResourceID(v))
        case .queuePut: return .queuePut(ResourceID(v))
        case .poolSlot: return .poolSlot(ResourceID(v))
        case .join: return .join(IDList(v))
        case .executor: return .executor(ResourceID(v))
        case .io:
            let o = Int(b)
            return .io(until: join(words[o + 1], words[o + 2]), label: StringID(words[o]))
        case .label: return .label(StringID(v))
        }
    }

    func split(_ v: Int64) -> [UInt32] {
        [UInt32(truncatingIfNeeded: v), UInt32(truncatingIfNeeded: v >> 32)]
    }

    func join(_ lo: UInt32, _ hi: UInt32) -> Int64 {
        Int64(bitPattern: UInt64(hi) << 32 | UInt64(lo))
    }

    /// Decodes a stored event.
    func decode(_ e: RawEvent) -> TraceEvent {
        let a = e.a, b = e.b
        let task = TaskID(a), resource = ResourceID(a)
        switch EventKind(rawValue: e.kind)! {
        case .tickBegan: return .tickBegan
        case .stepBegan: return .stepBegan(handle: a, task: b < 0 ? nil : TaskID(UInt32(b)))
        case .taskCreated:
            let o = Int(b)
            let parent = words[o + 1]
            return .taskCreated(task, name: StringID(words[o]), kind: TaskKind(rawValue: e.x)!,
                                parent: parent == 0 ? nil : TaskID(parent - 1),
                                location: TraceLocation(line: Int32(bitPattern: words[o + 2]),
                                                        column: Int32(bitPattern: words[o + 3])))
        case .taskRenamed: return .taskRenamed(task, name: StringID(UInt32(b)))
        case .stateChanged:
            return .stateChanged(task, TaskState(rawValue: e.x)!, decodeReason(code: e.y, argument: b))
        case .taskLine: return .taskLine(task, TraceLocation(packed: b))
        case .output:
            return .output(task: a == 0 ? nil : TaskID(a - 1), stream: OutputStream(rawValue: e.x)!,
                           text: StringID(UInt32(b)))
        case .callbackScheduled:
            let o = Int(b)
            return .callbackScheduled(handle: a, label: StringID(words[o]),
                                      location: TraceLocation(line: Int32(bitPattern: words[o + 1]),
                                                              column: Int32(bitPattern: words[o + 2])))
        case .callbackRun: return .callbackRun(handle: a)
        case .callbackCancelled: return .callbackCancelled(handle: a)
        case .timerSet: return .timerSet(timer: a, deadline: b)
        case .timerFired: return .timerFired(timer: a)
        case .timerCancelled: return .timerCancelled(timer: a)
        case .resourceCreated:
            let o = Int(b)
            return .resourceCreated(resource, kind: ResourceKind(rawValue: e.x)!, name: StringID(words[o]),
                                    capacity: e.y == 0 ? nil : join(words[o + 1], words[o + 2]))
        case .resourceValue: return .resourceValue(resource, value: b)
        case .holderAdded: return .holderAdded(resource, TaskID(UInt32(b)))
        case .holderRemoved: return .holderRemoved(resource, TaskID(UInt32(b)))
        case .waiterAdded: return .waiterAdded(resource, TaskID(UInt32(b)))
        case .waiterRemoved: return .waiterRemoved(resource, TaskID(UInt32(b)))
        case .warning: return .warning(text: StringID(a), location: TraceLocation(packed: b))
        case .error: return .error(text: StringID(a), location: TraceLocation(packed: b))
        case .deadlock: return .deadlock(text: StringID(a))
        case .libraryInternal: return .libraryInternal(TraceObject(encoded: a))
        }
    }
}
