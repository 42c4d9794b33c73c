/// The append-only event log: what the engine writes and everything else reads.
///
/// Events are stored in 16 bytes each (`RawEvent`) with interned strings; their time, step
/// and tick come from the trace's context (`time`, `step`, `tick`) at the moment they are
/// appended, and are stored only where they change (a few bytes per step). Read events
/// with `event(at:)` or `record(at:)`; an event's index is its sequence number.
///
/// The engine keeps the context in step with the loop: `beginTick(at:)` at each loop tick,
/// `beginStep(handle:task:)` before each handle runs, `advanceTime(to:)` when the clock
/// moves inside a step. A class, because the engine appends while the TUI reads: one log,
/// never copied. Single-threaded, like the loop.
public final class Trace {
    // Appends are the engine's hottest path: stored state skips dynamic exclusivity checks.
    // No method calls out while mutating it, so accesses cannot overlap.
    @usableFromInline @exclusivity(unchecked) var raw = ChunkedStore<RawEvent>()
    /// `stepStarts[i]`: index of the first event (the `stepBegan`) of step `i + 1`.
    @usableFromInline @exclusivity(unchecked) var stepStarts: [UInt32] = []
    /// `tickStarts[i]`: index of the first event (the `tickBegan`) of tick `i + 1`.
    @usableFromInline @exclusivity(unchecked) var tickStarts: [UInt32] = []
    /// Where the time changes, by increasing event index and time.
    @usableFromInline @exclusivity(unchecked) var timeMarks: [TimeMark] = []
    /// Side array for payloads that do not fit an event, and for `IDList`s.
    @exclusivity(unchecked) var words: [UInt32] = []
    @exclusivity(unchecked) var table = StringTable()
    /// Index of each task's `taskCreated` event, by `TaskID`.
    @exclusivity(unchecked) var taskEvents: [UInt32] = []
    /// Index of each resource's `resourceCreated` event, by `ResourceID`.
    @exclusivity(unchecked) var resourceEvents: [UInt32] = []
    /// Tasks and resources marked `libraryInternal`.
    @exclusivity(unchecked) var internals: Set<TraceObject> = []
    @usableFromInline @exclusivity(unchecked) var _time: Int64 = 0

    /// When false, only the events that define the run are kept (tasks and resources
    /// created and renamed, output, warnings, errors, deadlocks); states, lines, steps,
    /// ticks, timers, callbacks and resource activity are dropped. A headless run that
    /// writes no trace needs no more, and then uses a few bytes per task instead of
    /// sixteen per event.
    public var recordsActivity = true

    /// An empty trace at time 0, step 0, tick 0.
    public init() {}

    /// Number of events.
    @inlinable public var count: Int { raw.count }
    /// Number of tasks created.
    public var taskCount: Int { taskEvents.count }
    /// Number of times a task entered a finished state (done, failed, cancelled): the
    /// engine's count of live tasks is `taskCount - finishedTaskCount`.
    public private(set) var finishedTaskCount = 0
    /// Number of resources created.
    public var resourceCount: Int { resourceEvents.count }
    /// True for a task or resource the library made for itself (`libraryInternal`).
    public func isLibraryInternal(_ object: TraceObject) -> Bool { !internals.isEmpty && internals.contains(object) }
    /// The interned strings.
    public var strings: StringTable { table }

    // MARK: Context

    /// Current virtual time (ns): the time of the next appended event.
    @inlinable public var time: Int64 { _time }
    /// Steps begun so far: the step of the next appended event.
    @inlinable public var step: Int { stepStarts.count }
    /// Ticks begun so far: the tick of the next appended event.
    @inlinable public var tick: Int { tickStarts.count }

    /// Moves the trace's clock forward; earlier times are ignored (time never goes back).
    @inlinable
    public func advanceTime(to time: Int64) {
        if time > _time { _time = time }
    }

    /// Starts the next tick (at `time`, if given and later) and appends `tickBegan`.
    @discardableResult
    public func beginTick(at time: Int64? = nil) -> Int {
        if let time { advanceTime(to: time) }
        guard recordsActivity else { return raw.count }
        tickStarts.append(UInt32(raw.count))
        return append(RawEvent(.tickBegan))
    }

    /// Starts the next step and appends `stepBegan`: `handle` runs, resuming `task` (nil for
    /// a plain callback).
    @inlinable
    @discardableResult
    public func beginStep(handle: UInt32, task: TaskID?) -> Int {
        guard recordsActivity else { return raw.count }
        stepStarts.append(UInt32(raw.count))
        return append(RawEvent(.stepBegan, a: handle, b: task.map { Int64($0.rawValue) } ?? -1))
    }

    // MARK: Strings and lists

    /// Interns `string` (equal strings share one ID).
    public func intern(_ string: String) -> StringID { table.intern(string) }

    /// The string with this ID.
    public func string(_ id: StringID) -> String { table[id] }

    /// Stores a list of awaited objects once, for `gather`/`wait`/`join` reasons.
    public func makeList(_ objects: [TraceObject]) -> IDList {
        IDList(UInt32(storeWords([UInt32(objects.count)] + objects.map(\.encoded))))
    }

    /// Stores a list of tasks once.
    public func makeList(_ tasks: [TaskID]) -> IDList { makeList(tasks.map(TraceObject.task)) }

    /// The objects of a list, in order.
    public func objects(in list: IDList) -> [TraceObject] {
        let o = Int(list.rawValue)
        let n = Int(words[o])
        return words[(o + 1)..<(o + 1 + n)].map(TraceObject.init(encoded:))
    }

    func storeWords(_ w: [UInt32]) -> Int64 {
        let o = words.count
        words.append(contentsOf: w)
        return Int64(o)
    }

    // MARK: Appending

    @inlinable
    @discardableResult
    func append(_ e: RawEvent) -> Int {
        let k = raw.count
        if !recordsActivity && !EventKind.definesRun(e.kind) { return k }
        if timeMarks.isEmpty || timeMarks[timeMarks.count - 1].time != _time {
            timeMarks.append(TimeMark(firstEvent: k, time: _time))
        }
        raw.append(e)
        return k
    }

    /// Creates a task (state `created`) and returns its ID, the next dense ID.
    @discardableResult
    public func createTask(name: String, kind: TaskKind, parent: TaskID? = nil,
                           location: TraceLocation = .unknown) -> TaskID {
        let id = TaskID(UInt32(taskEvents.count))
        append(.taskCreated(id, name: intern(name), kind: kind, parent: parent, location: location))
        return id
    }

    /// Creates a resource and returns its ID, the next dense ID.
    @discardableResult
    public func createResource(kind: ResourceKind, name: String, capacity: Int64? = nil) -> ResourceID {
        let id = ResourceID(UInt32(resourceEvents.count))
        append(.resourceCreated(id, kind: kind, name: intern(name), capacity: capacity))
        return id
    }

    /// Appends `stateChanged` (the most frequent event).
    @discardableResult
    public func setState(_ task: TaskID, _ state: TaskState, _ reason: WaitReason = .none) -> Int {
        if state.isFinished { finishedTaskCount += 1 }
        let (code, arg) = encode(reason)
        return append(RawEvent(.stateChanged, x: state.rawValue, y: code, a: task.rawValue, b: arg))
    }

    /// Appends `taskLine`.
    @discardableResult
    public func setLine(_ task: TaskID, _ location: TraceLocation) -> Int {
        append(RawEvent(.taskLine, a: task.rawValue, b: location.packed))
    }

    /// Appends `output`.
    @discardableResult
    public func output(_ text: String, stream: OutputStream = .stdout, task: TaskID?) -> Int {
        append(.output(task: task, stream: stream, text: intern(text)))
    }

    /// Appends any event. `taskCreated` and `resourceCreated` must use the next dense ID
    /// (prefer `createTask` / `createResource`).
    @discardableResult
    public func append(_ event: TraceEvent) -> Int {
        switch event {
        case .tickBegan:
            return beginTick()
        case .stepBegan(let handle, let task):
            return beginStep(handle: handle, task: task)
        case .taskCreated(let t, let name, let kind, let parent, let loc):
            precondition(t.index == taskEvents.count, "task IDs are dense: expected \(taskEvents.count)")
            taskEvents.append(UInt32(raw.count))
            let w = storeWords([name.rawValue, parent.map { $0.rawValue + 1 } ?? 0,
                                UInt32(bitPattern: loc.line), UInt32(bitPattern: loc.column)])
            return append(RawEvent(.taskCreated, x: kind.rawValue, a: t.rawValue, b: w))
        case .taskRenamed(let t, let name):
            return append(RawEvent(.taskRenamed, a: t.rawValue, b: Int64(name.rawValue)))
        case .stateChanged(let t, let state, let reason):
            return setState(t, state, reason)
        case .taskLine(let t, let loc):
            return setLine(t, loc)
        case .output(let t, let stream, let text):
            return append(RawEvent(.output, x: stream.rawValue, a: t.map { $0.rawValue + 1 } ?? 0,
                                   b: Int64(text.rawValue)))
        case .callbackScheduled(let h, let label, let loc):
            let w = storeWords([label.rawValue, UInt32(bitPattern: loc.line), UInt32(bitPattern: loc.column)])
            return append(RawEvent(.callbackScheduled, a: h, b: w))
        case .callbackRun(let h): return append(RawEvent(.callbackRun, a: h))
        case .callbackCancelled(let h): return append(RawEvent(.callbackCancelled, a: h))
        case .timerSet(let t, let deadline): return append(RawEvent(.timerSet, a: t, b: deadline))
        case .timerFired(let t): return append(RawEvent(.timerFired, a: t))
        case .timerCancelled(let t): return append(RawEvent(.timerCancelled, a: t))
        case .resourceCreated(let r, let kind, let name, let capacity):
            precondition(r.index == resourceEvents.count,
                         "resource IDs are dense: expected \(resourceEvents.count)")
            resourceEvents.append(UInt32(raw.count))
            let w = storeWords([name.rawValue] + split(capacity ?? 0))
            return append(RawEvent(.resourceCreated, x: kind.rawValue, y: capacity == nil ? 0 : 1,
                                   a: r.rawValue, b: w))
        case .resourceValue(let r, let v): return append(RawEvent(.resourceValue, a: r.rawValue, b: v))
        case .holderAdded(let r, let t): return append(RawEvent(.holderAdded, a: r.rawValue, b: Int64(t.rawValue)))
        case .holderRemoved(let r, let t): return append(RawEvent(.holderRemoved, a: r.rawValue, b: Int64(t.rawValue)))
        case .waiterAdded(let r, let t): return append(RawEvent(.waiterAdded, a: r.rawValue, b: Int64(t.rawValue)))
        case .waiterRemoved(let r, let t): return append(RawEvent(.waiterRemoved, a: r.rawValue, b: Int64(t.rawValue)))
        case .warning(let text, let loc): return append(RawEvent(.warning, a: text.rawValue, b: loc.packed))
        case .error(let text, let loc): return append(RawEvent(.error, a: text.rawValue, b: loc.packed))
        case .deadlock(let text): return append(RawEvent(.deadlock, a: text.rawValue))
        case .libraryInternal(let object):
            internals.insert(object)
            return append(RawEvent(.libraryInternal, a: object.encoded))
        }
    }
}
