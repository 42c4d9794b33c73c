/// The run-time half of `match` statements: which subjects are sequences or mappings, how
/// mapping keys are looked up, and how class patterns read attributes (CPython 3.11's
/// MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, COPY_DICT_WITHOUT_KEYS and MATCH_CLASS).
extension VM {
    /// Sequence patterns match lists, tuples, ranges, deques and their subclasses, and
    /// library classes standing in for tuple subclasses (`collections.namedtuple`, marked
    /// `__loopscope_sequence__`); never str, bytes or bytearray.
    func matchesSequencePattern(_ v: Value) -> Bool {
        let t = v.type
        return t.isSubtype(of: Builtins.listType) || t.isSubtype(of: Builtins.tupleType)
            || t.isSubtype(of: Builtins.rangeType) || t.isSubtype(of: Builtins.dequeType)
            || t.lookup("__loopscope_sequence__") != nil
    }

    /// Mapping patterns match dicts and their subclasses (OrderedDict, defaultdict, Counter).
    func matchesMappingPattern(_ v: Value) -> Bool {
        v.type.isSubtype(of: Builtins.dictType)
    }

    /// The values of `keys` in `subject` (looked up with `get`, as CPython does), or None
    /// when one is missing.
    func matchKeys(_ subject: Value, _ keys: Value) throws -> Value {
        let keyList = (keys.asObject as? PyTuple)?.items ?? []
        let get = try getAttribute(subject, "get")
        let missing = Value.object(PyObject(type: Builtins.objectType))
        var seen: [HashKey] = []
        var values: [Value] = []
        for key in keyList {
            let h = try hashKey(key)
            if seen.contains(h) { throw valueError("mapping pattern checks duplicate key (\(try repr(key)))") }
            seen.append(h)
            let v = try call(get, [key, missing])
            if case .object(let o) = v, case .object(let m) = missing, o === m { return .none }
            values.append(v)
        }
        return .object(PyTuple(values))
    }

    /// `{..., **rest}`: a new dict with the subject's items except the matched keys.
    func copyDictWithoutKeys(_ subject: Value, _ keys: Value) throws -> Value {
        var storage = DictStorage()
        if let d = subject.asObject as? PyDict {
            storage = d.storage
        } else {
            for key in try collect(subject) { storage[try hashKey(key)] = try getItem(subject, key) }
        }
        for key in (keys.asObject as? PyTuple)?.items ?? [] { _ = storage.removeValue(forKey: try hashKey(key)) }
        return .object(PyDict(storage))
    }

    /// Builtin classes whose single positional sub-pattern matches the subject itself.
    nonisolated(unsafe) private static let matchSelfTypes: [PyType] = [
        Builtins.boolType, Builtins.bytesType, Builtins.dictType, Builtins.floatType, Builtins.frozensetType,
        Builtins.intType, Builtins.listType, Builtins.setType, Builtins.strType, Builtins.tupleType,
    ]

    /// `Cls(p1, p2, name=p3)`: the attributes to match (positional ones through
    /// `__match_args__`), or None when the subject is not an instance or lacks one.
    func matchClass(_ subject: Value, _ cls: Value, _ names: Value, positional: Int) throws -> Value {
        guard case .object(let o) = cls, let type = o as? PyType else {
            throw typeError("called match pattern must be a type")
        }
        guard subject.type.isSubtype(of: type) else { return .none }
        let typeName = (try lookupAttribute(cls, "__name__"))?.stringValue ?? type.tpName
        var attributes: [Value] = []
        var seen: Set<String> = []
        func attribute(_ name: String) throws -> Value? {
            if seen.contains(name) {
                throw typeError("\(typeName)() got multiple sub-patterns for attribute \(VM.quote(name))")
            }
            seen.insert(name)
            do {
                return try getAttribute(subject, name)
            } catch let e as PyError where e.exception.type.isSubtype(of: Builtins.attributeError) {
                return nil
            }
        }
        if positional > 0 {
            var matchArgs: [Value] = []
            var matchSelf = false
            if let declared = try lookupAttribute(cls, "__match_args__") {
                guard let tuple = declared.asObject as? PyTuple, declared.type.isSubtype(of: Builtins.tupleType) else {
                    throw typeError("\(typeName).__match_args__ must be a tuple (got \(declared.typeName))")
                }
                matchArgs = tuple.items
            } else {
                matchSelf = Self.matchSelfTypes.contains { type.isSubtype(of: $0) }
            }
            let allowed = matchSelf ? 1 : matchArgs.count
            if allowed < positional {
                throw typeError("\(typeName)() accepts \(allowed) positional sub-pattern\(allowed == 1 ? "" : "s") (\(positional) given)")
            }
            if matchSelf {
                attributes.append(subject)
            } else {
                for arg in matchArgs.prefix(positional) {
                    guard let name = arg.stringValue else {
                        throw typeError("__match_args__ elements must be strings (got \(arg.typeName))")
                    }
                    guard let v = try attribute(name) else { return .none }
                    attributes.append(v)
                }
            }
        }
        for name in (names.asObject as? PyTuple)?.items ?? [] {
            guard let v = try attribute(name.stringValue ?? "") else { return .none }
            attributes.append(v)
        }
        return .object(PyTuple(attributes))
    }
}
