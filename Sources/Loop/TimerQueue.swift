/// A timer's position in the heap: ordered by deadline, then by the sequence in which the
/// timers were set, so equal deadlines fire first-set-first (a total order, as in SimPy).
@usableFromInline
struct TimerKey: Comparable {
    @usableFromInline var deadline: Int64
    @usableFromInline var sequence: UInt64
    @usableFromInline var slot: UInt32

    @inlinable
    init(deadline: Int64, sequence: UInt64, slot: UInt32) {
        self.deadline = deadline
        self.sequence = sequence
        self.slot = slot
    }

    @inlinable
    static func < (a: TimerKey, b: TimerKey) -> Bool {
        a.deadline < b.deadline || (a.deadline == b.deadline && a.sequence < b.sequence)
    }

    @inlinable
    static func == (a: TimerKey, b: TimerKey) -> Bool {
        a.deadline == b.deadline && a.sequence == b.sequence
    }
}

/// Storage for one timer. Slots are reused through a free list, so memory follows the
/// number of timers alive at once, not the number ever set.
@usableFromInline
struct TimerSlot<Job> {
    /// Sequence of the timer occupying the slot; 0 when the slot is free.
    @usableFromInline var sequence: UInt64
    /// 0 while the timer is in the heap; once fired, the ID of its handle in the ready queue.
    @usableFromInline var handle: UInt64
    @usableFromInline var job: Job?

    @inlinable
    init(sequence: UInt64, handle: UInt64, job: Job?) {
        self.sequence = sequence
        self.handle = handle
        self.job = job
    }
}

/// What `TimerQueue.cancel` found.
@usableFromInline
enum TimerCancellation {
    /// The timer was still in the heap and is now cancelled.
    case cancelled
    /// The timer had fired: its handle is in the ready queue and has not run yet.
    case fired(handle: UInt64)
    /// The timer already ran or was already cancelled.
    case notPending
}

/// The timer heap (CPython's `loop._scheduled`) with lazy deletion.
///
/// Cancelling frees the slot at once (releasing the job); the heap key stays behind as a
/// stale entry, recognised because its sequence no longer matches its slot, and is dropped
/// when it reaches the top or when stale keys outnumber live ones (then the heap is rebuilt,
/// as CPython does past 50% cancelled).
@usableFromInline
struct TimerQueue<Job> {
    @usableFromInline var heap = TimerHeap()
    @usableFromInline var slots: [TimerSlot<Job>] = []
    @usableFromInline var freeSlots: [UInt32] = []
    @usableFromInline var lastSequence: UInt64 = 0
    /// Timers in the heap that are not cancelled.
    @usableFromInline var liveCount = 0
    /// Heap keys whose timer was cancelled.
    @usableFromInline var staleCount = 0

    @inlinable
    init() {}

    @inlinable
    mutating func schedule(_ job: Job, at deadline: Int64) -> TimerID {
        lastSequence &+= 1
        let sequence = lastSequence
        let slot: UInt32
        if let free = freeSlots.popLast() {
            slot = free
            slots[Int(free)] = TimerSlot(sequence: sequence, handle: 0, job: job)
        } else {
            slot = UInt32(slots.count)
            slots.append(TimerSlot(sequence: sequence, handle: 0, job: job))
        }
        heap.insert(TimerKey(deadline: deadline, sequence: sequence, slot: slot))
        liveCount += 1
        return TimerID(sequence: sequence, slot: slot)
    }

    @inlinable
    func isLive(_ key: TimerKey) -> Bool {
        let s = slots[Int(key.slot)]
        return s.sequence == key.sequence && s.handle == 0
    }

    /// Drops stale keys from the top of the heap and returns the earliest live deadline.
    @inlinable
    mutating func nextDeadline() -> Int64? {
        while let top = heap.min {
            if isLive(top) { return top.deadline }
            heap.removeMin()
            staleCount -= 1
        }
        return nil
    }

    /// Pops the earliest live timer if its deadline is `<= now`, recording that it becomes
    /// ready-queue handle `handle`; the slot stays reserved until `release(slot:)`.
    @inlinable
    mutating func popDue(now: Int64, handle: UInt64) -> (id: TimerID, job: Job, slot: UInt32)? {
        while let top = heap.min, top.deadline <= now {
            heap.removeMin()
            let i = Int(top.slot)
            guard slots[i].sequence == top.sequence, slots[i].handle == 0 else {
                staleCount -= 1
                continue
            }
            slots[i].handle = handle
            let job = slots[i].job.unsafelyUnwrapped
            slots[i].job = nil
            liveCount -= 1
            return (TimerID(sequence: top.sequence, slot: top.slot), job, top.slot)
        }
        return nil
    }

    /// Frees a slot whose fired handle left the ready queue.
    @inlinable
    mutating func release(slot: UInt32) {
        slots[Int(slot)] = TimerSlot(sequence: 0, handle: 0, job: nil)
        freeSlots.append(slot)
    }

    @inlinable
    mutating func cancel(_ id: TimerID) -> TimerCancellation {
        let i = Int(id.slot)
        guard i < slots.count, slots[i].sequence == id.sequence, id.sequence != 0 else {
            return .notPending
        }
        if slots[i].handle != 0 { return .fired(handle: slots[i].handle) }
        release(slot: id.slot)
        liveCount -= 1
        staleCount += 1
        if staleCount > 64 && staleCount * 2 > heap.count { purge() }
        return .cancelled
    }

    /// Rebuilds the heap without stale keys.
    @usableFromInline
    mutating func purge() {
        heap = TimerHeap(heap.keys.filter { isLive($0) })
        staleCount = 0
    }
}
