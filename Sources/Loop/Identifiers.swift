/// Identifies one handle (a scheduled job) in an `EventLoop`'s ready queue.
///
/// IDs are 1-based and assigned in the order handles enter the ready queue: by
/// `callSoon`, or when a due timer is moved to the ready queue at the start of a tick.
/// So the ready queue always holds a contiguous range of IDs, oldest first.
public struct HandleID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The 1-based position of this handle in the loop's history of ready handles.
    public let rawValue: UInt64

    @inlinable
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    @inlinable
    public static func < (a: HandleID, b: HandleID) -> Bool { a.rawValue < b.rawValue }

    public var description: String { "h\(rawValue)" }
}

/// Identifies one timer set by `callAt` / `callLater`.
///
/// `sequence` is 1-based, unique for the loop's lifetime and increases in the order the
/// timers were set; it breaks ties between equal deadlines (first set, first fired) and is
/// the number to show in traces. `slot` locates the timer's storage.
public struct TimerID: Hashable, Sendable, CustomStringConvertible {
    /// The 1-based insertion sequence number of the timer.
    public let sequence: UInt64
    @usableFromInline let slot: UInt32

    @inlinable
    init(sequence: UInt64, slot: UInt32) {
        self.sequence = sequence
        self.slot = slot
    }

    public var description: String { "t\(sequence)" }
}
