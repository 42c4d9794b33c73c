import BigInt

/// Argument checking for methods of builtin types, with the messages CPython's different
/// calling conventions produce. In every `Arguments` passed to a method, `positional[0]` is
/// `self`; the counts below exclude it.
extension Arguments {
    /// The arguments after `self`.
    var rest: ArraySlice<Value> { positional.dropFirst() }
    var restCount: Int { Swift.max(0, positional.count - 1) }

    /// Any keyword for a method that takes none: "str.find() takes no keyword arguments".
    func noKeywordArguments(_ qualname: String) throws {
        if !keywords.isEmpty { throw Arguments.typeError("\(qualname)() takes no keyword arguments") }
    }

    /// METH_NOARGS: "str.upper() takes no arguments (1 given)".
    func noArguments(_ qualname: String) throws {
        try noKeywordArguments(qualname)
        if restCount != 0 { throw Arguments.typeError("\(qualname)() takes no arguments (\(restCount) given)") }
    }

    /// METH_O: "list.append() takes exactly one argument (0 given)".
    func oneArgument(_ qualname: String) throws -> Value {
        try noKeywordArguments(qualname)
        if restCount != 1 { throw Arguments.typeError("\(qualname)() takes exactly one argument (\(restCount) given)") }
        return positional[1]
    }

    /// Argument Clinic positional-only: "insert expected 2 arguments, got 1".
    func clinic(_ name: String, _ qualname: String, _ min: Int, _ max: Int) throws {
        try noKeywordArguments(qualname)
        let n = restCount
        if n < min {
            let what = min == max ? "" : "at least "
            throw Arguments.typeError("\(name) expected \(what)\(min) argument\(min == 1 ? "" : "s"), got \(n)")
        }
        if n > max {
            let what = min == max ? "" : "at most "
            throw Arguments.typeError("\(name) expected \(what)\(max) argument\(max == 1 ? "" : "s"), got \(n)")
        }
    }

    /// `PyArg_ParseTuple` style: "find() takes at least 1 argument (0 given)".
    func parseTuple(_ name: String, _ qualname: String, _ min: Int, _ max: Int) throws {
        try noKeywordArguments(qualname)
        let n = restCount
        if n < min || n > max {
            let what = min == max ? "exactly" : (n < min ? "at least" : "at most")
            let count = n < min ? min : max
            throw Arguments.typeError("\(name)() takes \(what) \(count) argument\(count == 1 ? "" : "s") (\(n) given)")
        }
    }

    /// Argument Clinic with keywords: binds positional and keyword arguments to `names`
    /// (all optional after `required`), with CPython's messages.
    func bind(_ name: String, _ names: [String], required: Int = 0) throws -> [Value?] {
        var out = [Value?](repeating: nil, count: names.count)
        let n = restCount
        if n > names.count {
            throw Arguments.typeError("\(name)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(n) given)")
        }
        for (i, v) in rest.enumerated() { out[i] = v }
        if !keywords.isEmpty && n + keywords.count > names.count {
            let total = n + keywords.count
            if n == 0 {
                throw Arguments.typeError("\(name)() takes at most \(names.count) keyword argument\(names.count == 1 ? "" : "s") (\(total) given)")
            }
            throw Arguments.typeError("\(name)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(total) given)")
        }
        for (k, v) in keywords {
            guard let i = names.firstIndex(of: k) else {
                throw Arguments.typeError("'\(k)' is an invalid keyword argument for \(name)()")
            }
            if out[i] != nil {
                throw Arguments.typeError("argument for \(name)() given by name ('\(k)') and position (\(i + 1))")
            }
            out[i] = v
        }
        for i in 0..<required where out[i] == nil {
            throw Arguments.typeError("\(name)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return out
    }

    static func typeError(_ m: String) -> PyError {
        PyError(PyBaseException(type: Builtins.typeError, args: [.str(m)]))
    }
}

extension VM {
    /// `self` of a method of a builtin type, checked: "descriptor 'upper' for 'str' objects
    /// doesn't apply to a 'int' object".
    func receiver<T: PyObject>(_ a: Arguments, _ type: T.Type, _ typeName: String, _ method: String) throws -> T {
        guard let first = a.positional.first else {
            throw typeError("unbound method \(typeName).\(method)() needs an argument")
        }
        guard let o = first.asObject as? T else {
            throw typeError("descriptor '\(method)' for '\(typeName)' objects doesn't apply to a '\(first.typeName)' object")
        }
        return o
    }

    /// A start/end argument of `find`, `count`, `index`...: None or an index, clamped like
    /// `_PyEval_SliceIndex`.
    func sliceBound(_ v: Value?, noneAllowed: Bool = true) throws -> Int? {
        guard let v else { return nil }
        switch v {
        case .none where noneAllowed: return nil
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if let b = o as? PyBigInt { return b.value.sign == .minus ? Int.min : Int.max }
        default: break
        }
        throw typeError(noneAllowed ? "slice indices must be integers or None or have an __index__ method"
                                    : "slice indices must be integers or have an __index__ method")
    }

    /// Identity, then `==` (how containers compare items).
    func sameOrEqual(_ a: Value, _ b: Value) throws -> Bool {
        if a.isSame(b) { return true }
        return try equals(a, b)
    }

    /// An integer argument with `__index__` semantics (`PyNumber_AsSsize_t`).
    func indexArgument(_ v: Value) throws -> Int {
        if case .object(let o) = v, o is PyBigInt { throw overflowError("Python int too large to convert to C ssize_t") }
        if case .object(let o) = v, !o.type.isBuiltin, let m = o.type.lookup("__index__") {
            return try indexArgument(try call(bind(m, to: v, type: o.type), []))
        }
        return try index(v)
    }
}

/// A result of `n` bytes beyond the memory budget: MemoryError, as CPython's allocator.
func checkAllocation(_ vm: VM, _ n: Int) throws {
    try vm.reserveBytes(n, size: 1)
}

/// CPython's `ADJUST_INDICES`: start/end against a length.
func adjustIndices(_ start: Int?, _ end: Int?, _ count: Int) -> (Int, Int) {
    var s = start ?? 0, e = end ?? Int.max
    if e > count { e = count } else if e < 0 { e += count; if e < 0 { e = 0 } }
    if s < 0 { s += count; if s < 0 { s = 0 } }
    return (s, e)
}
