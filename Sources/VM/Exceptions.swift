import Language

/// One line of a traceback.
public struct TracebackEntry: Sendable, Equatable {
    public var file: String
    public var function: String
    public var line: Int32
    public var column: Int32
}

/// An exception instance (builtin or user subclass).
public final class PyBaseException: PyInstance {
    public var args: [Value]
    public var traceback: [TracebackEntry] = []
    public var cause: PyBaseException?
    public var context: PyBaseException?
    public var suppressContext = false
    /// For StopIteration: the generator's return value.
    public var value: Value { args.first ?? .none }

    public init(type: PyType, args: [Value]) {
        self.args = args
        super.init(type: type)
    }
}

extension VM {
    /// Creates an exception of a builtin type with a message.
    public func exception(_ type: PyType, _ message: String) -> PyError {
        PyError(PyBaseException(type: type, args: [.str(message)]))
    }

    public func typeError(_ m: String) -> PyError { exception(Builtins.typeError, m) }
    public func valueError(_ m: String) -> PyError { exception(Builtins.valueError, m) }
    public func attributeError(_ m: String) -> PyError { exception(Builtins.attributeError, m) }
    public func indexError(_ m: String) -> PyError { exception(Builtins.indexError, m) }
    public func runtimeError(_ m: String) -> PyError { exception(Builtins.runtimeError, m) }
    public func nameError(_ name: String) -> PyError { exception(Builtins.nameError, "name '\(name)' is not defined") }
    public func zeroDivision(_ m: String) -> PyError { exception(Builtins.zeroDivisionError, m) }
    public func overflowError(_ m: String) -> PyError { exception(Builtins.overflowError, m) }

    public func keyError(_ key: Value) -> PyError {
        PyError(PyBaseException(type: Builtins.keyError, args: [key]))
    }

    /// Turns a value raised with `raise X` into an exception instance.
    func makeException(_ v: Value) throws -> PyBaseException {
        if case .object(let o) = v {
            if let e = o as? PyBaseException { return e }
            if let t = o as? PyType, t.isException {
                let inst = try call(v, [])
                if case .object(let io) = inst, let e = io as? PyBaseException { return e }
                throw typeError("calling \(t.name) should have returned an instance of BaseException, not \(inst.typeName)")
            }
        }
        throw typeError("exceptions must derive from BaseException")
    }

    /// `str(exc)`: the message CPython shows after the type name.
    public func exceptionMessage(_ e: PyBaseException) -> String {
        if e.type.isSubtype(of: Builtins.baseExceptionGroup), let msg = e.args.first?.stringValue,
           case .object(let o)? = e.dict["exceptions"], let members = o as? PyTuple {
            let n = members.items.count
            return "\(msg) (\(n) sub-exception\(n == 1 ? "" : "s"))"
        }
        if e.type.isSubtype(of: Builtins.keyError), e.args.count == 1 {
            return (try? repr(e.args[0])) ?? "?"
        }
        if let custom = e.type.lookup("__str__"), e.type.mro.first(where: { $0.dict["__str__"] != nil })?.isBuiltin == false {
            if let s = try? call(custom, [.object(e)]), let text = s.stringValue { return text }
        }
        if e.type.isSubtype(of: Builtins.osError), (2...5).contains(e.args.count), let text = osErrorMessage(e.args) {
            return text
        }
        switch e.args.count {
        case 0: return ""
        case 1: return (try? str(e.args[0])) ?? "?"
        default: return (try? repr(.object(PyTuple(e.args)))) ?? "?"
        }
    }

    /// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: `[Errno 2] text: 'name'`
    /// (CPython's `OSError_str`; other argument counts print like any exception).
    private func osErrorMessage(_ args: [Value]) -> String? {
        guard let errno = try? str(args[0]), let strerror = try? str(args[1]) else { return nil }
        var text = "[Errno \(errno)] \(strerror)"
        if args.count >= 3, !args[2].isNone, let name = try? repr(args[2]) {
            text += ": \(name)"
            if args.count == 5, !args[4].isNone, let name2 = try? repr(args[4]) { text += " -> \(name2)" }
        }
        return text
    }

    /// The last line of a traceback: `ValueError: bad value` (or just the type name).
    public func exceptionSummary(_ e: PyBaseException) -> String {
        let msg = exceptionMessage(e)
        let name = e.type.module == "builtins" || e.type.module == "__main__" ? e.type.qualname : "\(e.type.module).\(e.type.qualname)"
        return msg.isEmpty ? name : "\(name): \(msg)"
    }

    /// A Python-style traceback, including chained causes and contexts and the tree of an
    /// exception group.
    public func formatTraceback(_ e: PyBaseException, file: String, source: String) -> String {
        var printer = TracebackPrinter(vm: self, file: file, source: source)
        printer.format(e)
        return printer.out
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
