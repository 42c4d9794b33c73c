import BigInt

/// Subscription, slicing and the hashing rules of dict keys and set members.
extension VM {
    /// A dict key or set member; raises TypeError for unhashable values.
    public func hashKey(_ v: Value) throws -> HashKey {
        if case .object(let o) = v {
            if o is PyList || o is PyDict || (o is PySet && !(o as! PySet).isFrozen) || o is DictView
                || (o is PyDeque && o.type.lookup("__hash__")?.isNone != false) {
                throw typeError("unhashable type: '\(v.typeName)'")
            }
            if let t = o as? PyTuple {
                try guardingRecursion(.hash) { for item in t.items { _ = try hashKey(item) } }
            } else if !o.type.isBuiltin {
                // A class that defines __eq__ without __hash__ is unhashable, as in Python.
                let owner = o.type.mro.first { $0.dict["__hash__"] != nil || $0.dict["__eq__"] != nil }
                if let owner, !owner.isBuiltin {
                    guard let h = owner.dict["__hash__"] ?? o.type.lookup("__hash__"), !h.isNone,
                          owner.dict["__hash__"] != nil else {
                        throw typeError("unhashable type: '\(v.typeName)'")
                    }
                    let r = try call(bind(h, to: v, type: o.type), [])
                    guard case .int(let hv) = r else {
                        if let b = r.bigIntValue { return HashKey(v, hash: pythonHash(.int(b))) }
                        throw typeError("__hash__ method should return an integer")
                    }
                    return HashKey(v, hash: IntHashValue.of(hv))
                }
            }
        }
        return HashKey(v)
    }

    public func dictSet(_ d: PyDict, _ k: Value, _ v: Value) throws {
        d.storage[try hashKey(k)] = v
    }

    public func setInsert(_ s: PySet, _ v: Value) throws {
        s.items.append(try hashKey(v))
    }

    /// `dict.update(other)` / `{**other}`: a mapping or an iterable of pairs.
    public func dictUpdate(_ d: PyDict, _ other: Value) throws {
        if case .object(let o) = other {
            if let src = o as? PyDict {
                for (k, v) in src.storage { d.storage[k] = v }
                return
            }
            if o.type.lookup("keys") != nil, !(o is PyList || o is PyTuple) {
                for k in try collect(try call(try getAttribute(other, "keys"), [])) {
                    try dictSet(d, k, try getItem(other, k))
                }
                return
            }
        }
        var i = 0
        for pair in try collect(other) {
            let items: [Value]
            do {
                items = try collect(pair)
            } catch {
                throw typeError("cannot convert dictionary update sequence element #\(i) to a sequence")
            }
            guard items.count == 2 else {
                throw valueError("dictionary update sequence element #\(i) has length \(items.count); 2 is required")
            }
            try dictSet(d, items[0], items[1])
            i += 1
        }
    }

    /// `f(**mapping)`: keys must be strings and not repeat.
    func dictMerge(_ d: PyDict, _ other: Value, callee: Value) throws {
        guard case .object(let o) = other, let src = o as? PyDict else {
            throw typeError("argument after ** must be a mapping, not \(other.typeName)")
        }
        for (k, v) in src.storage {
            guard k.value.stringValue != nil else { throw typeError("keywords must be strings") }
            if d.storage[k] != nil {
                throw typeError("\(callableName(callee))() got multiple values for keyword argument '\(k.value.stringValue!)'")
            }
            d.storage[k] = v
        }
    }

    func callableName(_ v: Value) -> String {
        guard case .object(let o) = v else { return v.typeName }
        if let f = o as? PyFunction { return f.qualname }
        if let n = o as? PyNativeFunction { return n.name }
        if let m = o as? PyBoundMethod { return callableName(m.function) }
        if let t = o as? PyType { return t.name }
        return v.typeName
    }

    /// An integer index (`__index__`): ints and bools only.
    public func index(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if let b = o as? PyBigInt {
                guard let i = Int(exactly: b.value) else {
                    throw exception(Builtins.indexError, "cannot fit 'int' into an index-sized integer")
                }
                return i
            }
            if !o.type.isBuiltin, let m = o.type.lookup("__index__") { return try index(try indexResult(call(bind(m, to: v, type: o.type), []), v)) }
        default: break
        }
        throw typeError("'\(v.typeName)' object cannot be interpreted as an integer")
    }

    /// What `__index__` returned, which must be an int.
    private func indexResult(_ r: Value, _ v: Value) throws -> Value {
        switch r {
        case .int, .bool: return r
        case .object(let o) where o is PyBigInt: return r
        default: throw typeError("__index__ returned non-int (type \(r.typeName))")
        }
    }

    private func sequenceIndex(_ key: Value, count: Int, kind: String) throws -> Int {
        let i: Int
        switch key {
        case .int(let n): i = n
        case .bool(let b): i = b ? 1 : 0
        case .object(let o) where o is PyBigInt:
            throw indexError("cannot fit 'int' into an index-sized integer")
        case .object(let o) where !o.type.isBuiltin && o.type.lookup("__index__") != nil:
            i = try index(key)
        default:
            throw typeError("\(kind) indices must be integers or slices, not \(key.typeName)")
        }
        let j = i < 0 ? i + count : i
        guard j >= 0 && j < count else { throw indexError("\(kind) index out of range") }
        return j
    }

    /// Resolves a slice against a length: start, stop, step and the number of items.
    func sliceIndices(_ s: PySlice, count: Int) throws -> (Int, Int, Int, Int) {
        // Like `_PyEval_SliceIndex`: big ints clamp, other non-integers are a TypeError.
        var step = try sliceBound(s.step) ?? 1
        if step == 0 { throw valueError("slice step cannot be zero") }
        if step == Int.min { step = -Int.max }
        func bound(_ v: Value, _ dflt: Int) throws -> Int {
            guard var i = try sliceBound(v) else { return dflt }
            if i < 0 {
                i += count
                if i < 0 { i = step < 0 ? -1 : 0 }
            } else if i >= count {
                i = step < 0 ? count - 1 : count
            }
            return i
        }
        let start = try bound(s.start, step < 0 ? count - 1 : 0)
        let stop = try bound(s.stop, step < 0 ? -1 : count)
        let n: Int
        if step > 0 { n = start < stop ? (stop - start - 1) / step + 1 : 0 } else { n = stop < start ? (start - stop - 1) / (-step) + 1 : 0 }
        return (start, stop, step, n)
    }

    private func sliceItems<T>(_ items: [T], _ s: PySlice) throws -> [T] {
        let (start, _, step, n) = try sliceIndices(s, count: items.count)
        if step == 1 { return Array(items[start..<(start + n)]) }
        var out: [T] = []
        out.reserveCapacity(n)
        var i = start
        for _ in 0..<n {
            out.append(items[i])
            i &+= step
        }
        return out
    }

    public func getItem(_ container: Value, _ key: Value) throws -> Value {
        guard case .object(let o) = container else {
            throw typeError("'\(container.typeName)' object is not subscriptable")
        }
        if let l = o as? PyList {
            if case .object(let ko) = key, let s = ko as? PySlice { return .object(PyList(try sliceItems(l.items, s))) }
            return l.items[try sequenceIndex(key, count: l.items.count, kind: "list")]
        }
        if let t = o as? PyTuple {
            if case .object(let ko) = key, let s = ko as? PySlice { return .object(PyTuple(try sliceItems(t.items, s))) }
            return t.items[try sequenceIndex(key, count: t.items.count, kind: "tuple")]
        }
        if let d = o as? PyDict {
            if let v = d.storage[try hashKey(key)] { return v }
            if !o.type.isBuiltin, let missing = o.type.lookup("__missing__") {
                return try call(bind(missing, to: container, type: o.type), [key])
            }
            throw keyError(key)
        }
        if let s = o as? PyStr {
            if case .object(let ko) = key, let sl = ko as? PySlice {
                if s.isASCII, case (let start, _, 1, let n) = try sliceIndices(sl, count: s.count) {
                    let u = s.value.utf8
                    let a = u.index(u.startIndex, offsetBy: start), b = u.index(a, offsetBy: n)
                    return .str(String(s.value[a..<b]))
                }
                var out = String.UnicodeScalarView()
                out.append(contentsOf: try sliceItems(s.scalars, sl))
                return .str(String(out))
            }
            let i = try sequenceIndex(key, count: s.count, kind: "string")
            return .str(String(s.scalars[i]))
        }
        if let d = plainDeque(o, "__getitem__") { return d[try dequeItemIndex(d, key, subscript: true)] }
        if let r = o as? PyRange {
            if case .object(let ko) = key, let sl = ko as? PySlice {
                // CPython's compute_slice: the items at the resolved start and stop indices.
                let (start, stopIndex, step, _) = try sliceIndices(sl, count: r.count)
                let first = r.item(start)
                let (newStep, o1) = r.step.multipliedReportingOverflow(by: step)
                let (span, o2) = r.step.multipliedReportingOverflow(by: stopIndex)
                let (stop, o3) = r.start.addingReportingOverflow(span)
                if o1 || o2 || o3 { throw overflowError("Python int too large to convert to C ssize_t") }
                return .object(PyRange(start: first, stop: stop, step: newStep))
            }
            return .int(r.item(try sequenceIndex(key, count: r.count, kind: "range object")))
        }
        if let m = o.type.lookup("__getitem__") {
            return try call(bind(m, to: container, type: o.type), [key])
        }
        if let t = o as? PyType {
            if let m = t.lookup("__class_getitem__") {
                var fn = m
                if case .object(let mo) = m, let d = mo as? PyDescriptor, d.kind == .classMethod { fn = d.function }
                return try call(fn, [container, key])
            }
            if PyGenericAlias.isGeneric(t) {
                let args: [Value] = (key.asObject as? PyTuple)?.items ?? [key]
                return .object(PyGenericAlias(origin: t, args: args))
            }
            if t.isBuiltin { throw typeError("type '\(t.name)' is not subscriptable") }
        }
        throw typeError("'\(container.typeName)' object is not subscriptable")
    }

    public func setItem(_ container: Value, _ key: Value, _ value: Value) throws {
        guard case .object(let o) = container else {
            throw typeError("'\(container.typeName)' object does not support item assignment")
        }
        if let l = o as? PyList {
            if case .object(let ko) = key, let s = ko as? PySlice {
                let new = try collect(value)
                let (start, stop, step, n) = try sliceIndices(s, count: l.items.count)
                if step == 1 {
                    l.items.replaceSubrange(start..<max(start, stop), with: new)
                } else {
                    guard new.count == n else {
                        throw valueError("attempt to assign sequence of size \(new.count) to extended slice of size \(n)")
                    }
                    var i = start
                    for v in new {
                        l.items[i] = v
                        i &+= step
                    }
                }
                return
            }
            l.items[try sequenceIndex(key, count: l.items.count, kind: "list assignment")] = value
            return
        }
        if let d = o as? PyDict {
            try dictSet(d, key, value)
            return
        }
        if let d = plainDeque(o, "__setitem__") {
            d[try dequeItemIndex(d, key, subscript: true)] = value
            return
        }
        if let m = o.type.lookup("__setitem__") {
            try call(bind(m, to: container, type: o.type), [key, value])
            return
        }
        throw typeError("'\(container.typeName)' object does not support item assignment")
    }

    public func deleteItem(_ container: Value, _ key: Value) throws {
        guard case .object(let o) = container else {
            throw typeError("'\(container.typeName)' object doesn't support item deletion")
        }
        if let m = VM.userMethod(o.type, "__delitem__") {
            try call(m, [container, key])
            return
        }
        if let l = o as? PyList {
            if case .object(let ko) = key, let s = ko as? PySlice {
                let (start, _, step, n) = try sliceIndices(s, count: l.items.count)
                var idx = Set<Int>()
                var i = start
                for _ in 0..<n {
                    idx.insert(i)
                    i &+= step
                }
                l.items = l.items.enumerated().filter { !idx.contains($0.offset) }.map(\.element)
                return
            }
            l.items.remove(at: try sequenceIndex(key, count: l.items.count, kind: "list assignment"))
            return
        }
        if let d = o as? PyDict {
            guard d.storage.removeValue(forKey: try hashKey(key)) != nil else { throw keyError(key) }
            return
        }
        if let d = plainDeque(o, "__delitem__") {
            d.remove(at: try dequeItemIndex(d, key, subscript: true))
            return
        }
        if let m = o.type.lookup("__delitem__") {
            try call(bind(m, to: container, type: o.type), [key])
            return
        }
        throw typeError("'\(container.typeName)' object doesn't support item deletion")
    }
}
