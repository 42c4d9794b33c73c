import DequeModule

/// One entry of the ready queue: the job to run and, for a handle that came from a fired
/// timer, the timer's storage slot (released when the handle leaves the queue).
@usableFromInline
struct ReadyEntry<Job> {
    @usableFromInline var job: Job
    @usableFromInline var timerSlot: UInt32

    @usableFromInline static var noTimer: UInt32 { .max }

    @inlinable
    init(job: Job, timerSlot: UInt32) {
        self.job = job
        self.timerSlot = timerSlot
    }
}

/// The FIFO of handles ready to run (CPython's `loop._ready`).
///
/// Handles get consecutive IDs as they are appended, so the queue holds exactly the IDs
/// `frontID ..< nextID`; whether a handle is still pending is a range check. Cancelling a
/// pending handle only records its ID (like CPython's `Handle._cancelled`); the entry is
/// skipped when it reaches the front. The set is empty on the hot path.
@usableFromInline
struct ReadyQueue<Job> {
    @usableFromInline var entries = Deque<ReadyEntry<Job>>()
    /// The ID of `entries.first`, or of the next appended handle if empty.
    @usableFromInline var frontID: UInt64 = 1
    /// IDs of pending handles that were cancelled.
    @usableFromInline var cancelled = Set<UInt64>()

    @inlinable
    init() {}

    /// The ID the next appended handle will get.
    @inlinable
    var nextID: UInt64 { frontID &+ UInt64(entries.count) }

    /// Entries in the queue, cancelled ones included.
    @inlinable
    var count: Int { entries.count }

    /// Entries that will run (not cancelled).
    @inlinable
    var liveCount: Int { entries.count - cancelled.count }

    @inlinable
    func isPending(_ id: UInt64) -> Bool { id >= frontID && id < nextID }

    @inlinable
    mutating func append(_ job: Job, timerSlot: UInt32 = ReadyEntry<Job>.noTimer) -> UInt64 {
        let id = nextID
        entries.append(ReadyEntry(job: job, timerSlot: timerSlot))
        return id
    }

    /// Removes the front entry. `live` is false if it had been cancelled.
    @inlinable
    mutating func popFirst() -> (id: UInt64, entry: ReadyEntry<Job>, live: Bool) {
        let entry = entries.removeFirst()
        let id = frontID
        frontID &+= 1
        let live = cancelled.isEmpty || cancelled.remove(id) == nil
        return (id, entry, live)
    }

    /// Marks a pending handle cancelled; false if it is not pending or already cancelled.
    @inlinable
    mutating func cancel(_ id: UInt64) -> Bool {
        guard isPending(id) else { return false }
        return cancelled.insert(id).inserted
    }

    @inlinable
    func isCancelled(_ id: UInt64) -> Bool { !cancelled.isEmpty && cancelled.contains(id) }
}
