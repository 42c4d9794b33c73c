import BigInt

/// A Python value. Small immutable values are stored inline; everything else is an object.
public enum Value {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case object(PyObject)

    @inline(__always) public static func str(_ s: String) -> Value { .object(PyStr(s)) }

    /// An integer result that may not fit in 64 bits.
    public static func int(_ b: BigInt) -> Value {
        if let small = Int(exactly: b) { return .int(small) }
        return .object(PyBigInt(b))
    }

    @inline(__always) public var asObject: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    public var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// The object's Python type.
    public var type: PyType {
        switch self {
        case .none: return Builtins.noneType
        case .bool: return Builtins.boolType
        case .int: return Builtins.intType
        case .float: return Builtins.floatType
        case .object(let o): return o.type
        }
    }

    public var typeName: String { type.tpName }

    /// Identity comparison (`is`).
    public func isSame(_ other: Value) -> Bool {
        switch (self, other) {
        case (.none, .none): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.object(let a), .object(let b)): return a === b
        default: return false
        }
    }

    /// The Swift string of a `str` value, or nil.
    public var stringValue: String? {
        (asObject as? PyStr)?.value
    }

    /// An int (or bool) as BigInt, or nil.
    public var bigIntValue: BigInt? {
        switch self {
        case .int(let i): return BigInt(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o): return (o as? PyBigInt)?.value
        default: return nil
        }
    }
}

/// The base class of every heap-allocated Python object.
open class PyObject {
    /// Never nil after start-up (`type` and `object` are created before their metatype).
    public final var type: PyType!

    public init(type: PyType?) {
        self.type = type
    }

    /// Attributes stored on the instance, for objects that have a `__dict__`.
    open var attributes: PyAttributeDict? { nil }
}

/// A Python exception travelling through Swift code as a thrown error.
public struct PyError: Error, @unchecked Sendable {
    public let exception: PyBaseException
    public init(_ exception: PyBaseException) { self.exception = exception }
}

/// Errors that stop the program outright (not catchable by Python code).
public enum VMFatal: Error, Sendable {
    case stepBudgetExceeded(line: Int32)
    /// The compute-time budget (wall clock) of one resumption ran out.
    case timeBudgetExceeded(line: Int32, nanoseconds: UInt64)
    case internalError(String)
}
