/// A task: asyncio task, greenlet, tornado coroutine, callback, thread or the main program.
///
/// Task IDs are dense (0, 1, 2, ... in creation order) because `Trace.createTask` assigns
/// them; consumers index arrays with `index`.
public struct TaskID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: UInt32
    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }
    /// `rawValue` as an array index.
    @inlinable public var index: Int { Int(rawValue) }
    @inlinable public static func < (a: TaskID, b: TaskID) -> Bool { a.rawValue < b.rawValue }
    public var description: String { "task\(rawValue)" }
}

/// A resource: semaphore, lock, event, condition, queue, pool, future or executor.
/// Dense like `TaskID`, assigned by `Trace.createResource`.
public struct ResourceID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: UInt32
    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }
    @inlinable public var index: Int { Int(rawValue) }
    @inlinable public static func < (a: ResourceID, b: ResourceID) -> Bool { a.rawValue < b.rawValue }
    public var description: String { "resource\(rawValue)" }
}

/// An interned string in a `StringTable`. `StringID.empty` is always "".
public struct StringID: Hashable, Sendable {
    public let rawValue: UInt32
    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }
    /// The empty string, interned by every table at creation.
    public static let empty = StringID(0)
}

/// A list of awaited objects (for `gather`, `wait`, `join` reasons), stored once in the
/// trace's side array; read it with `Trace.objects(in:)`.
public struct IDList: Hashable, Sendable {
    /// Offset of the list in the trace's side array.
    public let rawValue: UInt32
    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }
}

/// Something a task can wait for: another task or a resource (e.g. a future).
public enum TraceObject: Hashable, Sendable {
    case task(TaskID)
    case resource(ResourceID)

    /// One-word form: resources have the top bit set.
    @inlinable var encoded: UInt32 {
        switch self {
        case .task(let t): return t.rawValue & 0x7FFF_FFFF
        case .resource(let r): return r.rawValue | 0x8000_0000
        }
    }

    @inlinable init(encoded: UInt32) {
        self = encoded & 0x8000_0000 == 0
            ? .task(TaskID(encoded)) : .resource(ResourceID(encoded & 0x7FFF_FFFF))
    }
}

/// A position in the scenario's source: 1-based line and column; (0, 0) when unknown.
/// (Trace does not import Language; runtimes convert its `SourceLocation`.)
public struct TraceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int32
    public var column: Int32

    @inlinable
    public init(line: Int32, column: Int32 = 0) {
        self.line = line
        self.column = column
    }

    public static let unknown = TraceLocation(line: 0, column: 0)

    @inlinable public static func < (a: TraceLocation, b: TraceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    public var description: String { "\(line):\(column)" }

    /// Both numbers in one `Int64` (line in the high half).
    @inlinable var packed: Int64 {
        Int64(line) << 32 | Int64(UInt32(bitPattern: column))
    }

    @inlinable init(packed: Int64) {
        line = Int32(truncatingIfNeeded: packed >> 32)
        column = Int32(truncatingIfNeeded: packed)
    }
}
