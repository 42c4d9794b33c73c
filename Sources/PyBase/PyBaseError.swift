/// An error raised by a PyBase algorithm.
///
/// `kind` names the Python exception class CPython 3.11 raises in the same situation and
/// `message` is the exact text of `str(exception)`, so the interpreter can re-raise it as is.
public struct PyBaseError: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The Python exception class.
    public enum Kind: String, Sendable {
        case valueError = "ValueError"
        case typeError = "TypeError"
        case overflowError = "OverflowError"
        case zeroDivisionError = "ZeroDivisionError"
        case indexError = "IndexError"
        case keyError = "KeyError"
        /// A result larger than `TextBudget.maxLength` (CPython could not allocate it either).
        case memoryError = "MemoryError"
        /// Not an exception: the result would be a `complex` number (e.g. `(-8.0) ** 0.5`),
        /// which PyBase does not model. `message` is empty.
        case complexResult = "complex"
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "\(kind.rawValue): \(message)" }

    static func value(_ m: String) -> PyBaseError { PyBaseError(.valueError, m) }
    static func type(_ m: String) -> PyBaseError { PyBaseError(.typeError, m) }
    static func overflow(_ m: String) -> PyBaseError { PyBaseError(.overflowError, m) }
    static func zeroDivision(_ m: String) -> PyBaseError { PyBaseError(.zeroDivisionError, m) }
    static let memory = PyBaseError(.memoryError, "")
}
