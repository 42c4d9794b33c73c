/// ExceptionGroup and BaseExceptionGroup: `split`, `subgroup`, `derive`, and the two
/// operations behind `except*` (CHECK_EG_MATCH and PREP_RERAISE_STAR), with CPython
/// 3.11's rules: derived groups keep the original's traceback, cause, context and notes,
/// and an exception raised again from an `except*` body is recognised by that metadata.
extension Builtins {
    static func installExceptionGroupMethods() {
        method(baseExceptionGroup, "split") { vm, a in
            try a.expect("split", 2)
            let (match, rest) = try vm.split(try vm.group(a[0]), try vm.matcher(a[1]))
            return .object(PyTuple([match.map { .object($0) } ?? .none, rest.map { .object($0) } ?? .none]))
        }
        method(baseExceptionGroup, "subgroup") { vm, a in
            try a.expect("subgroup", 2)
            let (match, _) = try vm.split(try vm.group(a[0]), try vm.matcher(a[1]))
            return match.map { .object($0) } ?? .none
        }
        method(baseExceptionGroup, "derive") { vm, a in
            try a.expect("derive", 2)
            let eg = try vm.group(a[0])
            return try vm.makeExceptionGroup(baseExceptionGroup, [eg.dict["message"] ?? .str(""), a[1]])
        }
    }
}

/// What `split`/`subgroup`/`except*` match leaves against.
enum ExceptionMatcher {
    case types([PyType])
    case predicate(Value)
}

extension VM {
    fileprivate func group(_ v: Value) throws -> PyBaseException {
        guard case .object(let o) = v, let e = o as? PyBaseException, e.type.isSubtype(of: Builtins.baseExceptionGroup) else {
            throw typeError("descriptor requires a 'BaseExceptionGroup' object but received '\(v.typeName)'")
        }
        return e
    }

    static func members(of e: PyBaseException) -> [PyBaseException]? {
        guard e.type.isSubtype(of: Builtins.baseExceptionGroup), let t = e.dict["exceptions"]?.asObject as? PyTuple else { return nil }
        return t.items.compactMap { $0.asObject as? PyBaseException }
    }

    fileprivate func matcher(_ v: Value) throws -> ExceptionMatcher {
        if let types = exceptionTypes(v) { return .types(types) }
        if case .object(let o) = v, o is PyFunction || o is PyNativeFunction || o is PyBoundMethod || o.type.lookup("__call__") != nil {
            return .predicate(v)
        }
        throw typeError("expected a function, exception type or tuple of exception types")
    }

    /// An exception class or a tuple of them; nil for anything else.
    private func exceptionTypes(_ v: Value) -> [PyType]? {
        if case .object(let o) = v, let t = o as? PyType, t.isException { return [t] }
        guard case .object(let o) = v, let tuple = o as? PyTuple else { return nil }
        var types: [PyType] = []
        for item in tuple.items {
            guard case .object(let io) = item, let t = io as? PyType, t.isException else { return nil }
            types.append(t)
        }
        return types
    }

    private func matches(_ e: PyBaseException, _ matcher: ExceptionMatcher) throws -> Bool {
        switch matcher {
        case .types(let types): return types.contains { e.type.isSubtype(of: $0) }
        case .predicate(let f): return try truthy(try call(f, [.object(e)]))
        }
    }

    /// Splits `e` into the part matching and the rest (either may be nil); groups are
    /// rebuilt with `derive` and keep `e`'s metadata.
    func split(_ e: PyBaseException, _ matcher: ExceptionMatcher) throws -> (PyBaseException?, PyBaseException?) {
        if try matches(e, matcher) { return (e, nil) }
        guard let members = VM.members(of: e) else { return (nil, e) }
        var matched: [PyBaseException] = [], rest: [PyBaseException] = []
        for m in members {
            let (a, b) = try split(m, matcher)
            if let a { matched.append(a) }
            if let b { rest.append(b) }
        }
        return (try derive(e, matched), try derive(e, rest))
    }

    private func derive(_ e: PyBaseException, _ members: [PyBaseException]) throws -> PyBaseException? {
        if members.isEmpty { return nil }
        let derived = try call(try getAttribute(.object(e), "derive"), [.object(PyList(members.map { .object($0) }))])
        guard case .object(let o) = derived, let g = o as? PyBaseException, g.type.isSubtype(of: Builtins.baseExceptionGroup) else {
            throw typeError("derive must return an instance of BaseExceptionGroup")
        }
        g.traceback = e.traceback
        g.cause = e.cause
        g.context = e.context
        g.suppressContext = e.suppressContext
        if let notes = e.dict["__notes__"] { g.dict["__notes__"] = notes }
        return g
    }

    // MARK: except*

    /// CHECK_EG_MATCH: the part of `exc` an `except* type` clause handles and the rest.
    /// A bare exception that matches is wrapped in an ExceptionGroup.
    func exceptStarMatch(_ exc: Value, _ type: Value) throws -> (rest: Value, match: Value) {
        guard let types = exceptionTypes(type) else {
            throw typeError("catching classes that do not inherit from BaseException is not allowed")
        }
        if types.contains(where: { $0.isSubtype(of: Builtins.baseExceptionGroup) }) {
            throw typeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
        }
        guard case .object(let o) = exc, let e = o as? PyBaseException else { return (.none, .none) }
        if types.contains(where: { e.type.isSubtype(of: $0) }) {
            if e.type.isSubtype(of: Builtins.baseExceptionGroup) { return (.none, exc) }
            let wrapped = try makeExceptionGroup(Builtins.baseExceptionGroup, [.str(""), .object(PyTuple([exc]))])
            (wrapped.asObject as? PyBaseException)?.traceback = e.traceback
            return (.none, wrapped)
        }
        guard e.type.isSubtype(of: Builtins.baseExceptionGroup) else { return (exc, .none) }
        let (match, rest) = try split(e, .types(types))
        return (rest.map { .object($0) } ?? .none, match.map { .object($0) } ?? .none)
    }

    /// PREP_RERAISE_STAR: what leaves a `try/except*` statement. `raised` holds what each
    /// handler body raised and, last, the unhandled rest (None entries are ignored).
    /// Parts of the original raised again keep its structure; new exceptions are grouped
    /// with them in a fresh ExceptionGroup.
    func prepareReraiseStar(_ orig: Value, _ raised: [Value]) throws -> Value {
        let excs = raised.compactMap { $0.asObject as? PyBaseException }
        guard case .object(let oo) = orig, let original = oo as? PyBaseException, !excs.isEmpty else { return .none }
        guard original.type.isSubtype(of: Builtins.baseExceptionGroup) else {
            return raised.first ?? .none
        }
        var new: [PyBaseException] = [], reraisedLeaves = Set<ObjectIdentifier>()
        for e in excs {
            if Self.sameMetadata(e, original) {
                Self.collectLeaves(e, into: &reraisedLeaves)
            } else {
                new.append(e)
            }
        }
        var reraised: PyBaseException?
        if !reraisedLeaves.isEmpty {
            reraised = try projection(original, reraisedLeaves)
        }
        if new.isEmpty { return reraised.map { .object($0) } ?? .none }
        if let reraised { new.append(reraised) }
        if new.count == 1 { return .object(new[0]) }
        return try makeExceptionGroup(Builtins.baseExceptionGroup, [.str(""), .object(PyList(new.map { .object($0) }))])
    }

    private static func sameMetadata(_ a: PyBaseException, _ b: PyBaseException) -> Bool {
        a.traceback == b.traceback && a.cause === b.cause && a.context === b.context
            && a.dict["__notes__"].map { $0.asObject } ?? nil === b.dict["__notes__"].map { $0.asObject } ?? nil
    }

    private static func collectLeaves(_ e: PyBaseException, into leaves: inout Set<ObjectIdentifier>) {
        if let members = members(of: e) {
            for m in members { collectLeaves(m, into: &leaves) }
        } else {
            leaves.insert(ObjectIdentifier(e))
        }
    }

    /// The part of `e` whose leaves are in `leaves`, with `e`'s structure.
    private func projection(_ e: PyBaseException, _ leaves: Set<ObjectIdentifier>) throws -> PyBaseException? {
        guard let members = VM.members(of: e) else { return leaves.contains(ObjectIdentifier(e)) ? e : nil }
        var kept: [PyBaseException] = []
        for m in members { if let p = try projection(m, leaves) { kept.append(p) } }
        if kept.count == members.count && zip(kept, members).allSatisfy({ $0 === $1 }) { return e }
        return try derive(e, kept)
    }
}
