/// Builtin iterators and the iteration protocol (`iter`, `next`, unpacking, `in`).
public final class PyIterator: PyObject {
    enum Source {
        case list(PyList)
        case tuple([Value])
        /// A deque's items from the left (or the right), while its state stays as it was.
        case deque(PyDeque, state: Int, count: Int)
        case dequeReversed(PyDeque, state: Int, count: Int)
        case range(next: Int, step: Int, remaining: Int)
        case string([Unicode.Scalar])
        case dict(PyDict, kind: DictView.Kind, size: Int)
        case keys([HashKey])
        case values([Value])
        case native(() throws -> Value?)
    }

    var source: Source
    var index = 0
    let typeName: String

    init(_ source: Source, typeName: String) {
        self.source = source
        self.typeName = typeName
        super.init(type: Builtins.iteratorType)
    }
}

/// `dict.keys()`, `.values()`, `.items()`: live views.
public final class DictView: PyObject {
    public enum Kind { case keys, values, items }
    public let dict: PyDict
    public let kind: Kind
    public init(_ dict: PyDict, _ kind: Kind) {
        self.dict = dict
        self.kind = kind
        super.init(type: kind == .keys ? Builtins.dictKeysType : kind == .values ? Builtins.dictValuesType : Builtins.dictItemsType)
    }
}

extension VM {
    /// `iter(v)`.
    public func iterator(_ v: Value) throws -> Value {
        guard case .object(let o) = v else { throw typeError("'\(v.typeName)' object is not iterable") }
        if o is PyIterator || o is PyGenerator && o.type === Builtins.generatorType { return v }
        if let l = o as? PyList { return .object(PyIterator(.list(l), typeName: "list_iterator")) }
        if let t = o as? PyTuple { return .object(PyIterator(.tuple(t.items), typeName: "tuple_iterator")) }
        if let d = plainDeque(o, "__iter__") { return PyIterator.deque(d, reversed: false) }
        if let r = o as? PyRange {
            return .object(PyIterator(.range(next: r.start, step: r.step, remaining: r.count), typeName: "range_iterator"))
        }
        if let s = o as? PyStr { return .object(PyIterator(.string(s.scalars), typeName: "str_iterator")) }
        if let d = o as? PyDict { return .object(PyIterator(.dict(d, kind: .keys, size: d.storage.count), typeName: "dict_keyiterator")) }
        if let dv = o as? DictView {
            let name = dv.kind == .keys ? "dict_keyiterator" : dv.kind == .values ? "dict_valueiterator" : "dict_itemiterator"
            return .object(PyIterator(.dict(dv.dict, kind: dv.kind, size: dv.dict.storage.count), typeName: name))
        }
        if let s = o as? PySet { return setIterator(s) }
        if let m = o.type.lookup("__iter__") {
            let it = try call(bind(m, to: v, type: o.type), [])
            guard it.type.lookup("__next__") != nil || it.asObject is PyIterator || it.asObject is PyGenerator else {
                throw typeError("iter() returned non-iterator of type '\(it.typeName)'")
            }
            return it
        }
        if o.type.lookup("__getitem__") != nil {
            var i = 0
            return .object(PyIterator(.native({ [unowned self] in
                do {
                    let item = try self.getItem(v, .int(i))
                    i += 1
                    return item
                } catch let e as PyError where e.exception.type.isSubtype(of: Builtins.indexError) || e.exception.type.isSubtype(of: Builtins.stopIteration) {
                    return nil
                }
            }), typeName: "iterator"))
        }
        if let g = o as? PyGenerator, g.type !== Builtins.generatorType { throw typeError("'\(g.type.name)' object is not iterable") }
        throw typeError("'\(v.typeName)' object is not iterable")
    }

    /// The next item of an iterator, or nil when exhausted.
    public func nextItem(_ it: Value) throws -> Value? {
        guard case .object(let o) = it else { throw typeError("'\(it.typeName)' object is not an iterator") }
        if let i = o as? PyIterator { return try advance(i) }
        if let g = o as? PyGenerator {
            switch try resumeGenerator(g, send: .none) {
            case .yielded(let v): return v
            default: return nil
            }
        }
        guard let m = o.type.lookup("__next__") else { throw typeError("'\(it.typeName)' object is not an iterator") }
        do {
            return try call(bind(m, to: it, type: o.type), [])
        } catch let e as PyError where e.exception.type.isSubtype(of: Builtins.stopIteration) {
            return nil
        }
    }

    func advance(_ it: PyIterator) throws -> Value? {
        switch it.source {
        case .list(let l):
            guard it.index < l.items.count else { return nil }
            it.index += 1
            return l.items[it.index - 1]
        case .tuple(let items):
            guard it.index < items.count else { return nil }
            it.index += 1
            return items[it.index - 1]
        case .deque(let d, let state, let count):
            if d.state != state { throw runtimeError("deque mutated during iteration") }
            guard it.index < count else { return nil }
            it.index += 1
            return d.items[it.index - 1]
        case .dequeReversed(let d, let state, let count):
            if d.state != state { throw runtimeError("deque mutated during iteration") }
            guard it.index < count else { return nil }
            it.index += 1
            return d.items[count - it.index]
        case .range(let next, let step, let remaining):
            guard remaining > 0 else { return nil }
            it.source = .range(next: next &+ step, step: step, remaining: remaining - 1)
            return .int(next)
        case .string(let scalars):
            guard it.index < scalars.count else { return nil }
            it.index += 1
            return .str(String(scalars[it.index - 1]))
        case .dict(let d, let kind, let size):
            if d.storage.count != size {
                throw runtimeError("dictionary changed size during iteration")
            }
            guard let (e, next) = d.storage.entry(from: it.index) else { return nil }
            it.index = next
            switch kind {
            case .keys: return e.key.value
            case .values: return e.value
            case .items: return .object(PyTuple([e.key.value, e.value]))
            }
        case .keys(let keys):
            guard it.index < keys.count else { return nil }
            it.index += 1
            return keys[it.index - 1].value
        case .values(let values):
            guard it.index < values.count else { return nil }
            it.index += 1
            return values[it.index - 1]
        case .native(let next):
            return try next()
        }
    }

    public enum GeneratorStep {
        case yielded(Value)
        case returned(Value)
    }

    /// Runs a generator to its next yield from Swift code (nested on the current fiber).
    public func resumeGenerator(_ gen: PyGenerator, send: Value) throws -> GeneratorStep {
        if gen.state == .finished { return .returned(.none) }
        let fiber = currentFiber ?? Fiber(id: newFiberID(), name: "generator")
        let previous = currentFiber
        currentFiber = fiber
        defer { currentFiber = previous }
        let depth = fiber.frames.count
        try startGenerator(gen, send: send, mode: .native, fiber: fiber)
        fiber.nativeDepth += 1
        defer { fiber.nativeDepth -= 1 }
        switch try execute(fiber, stopDepth: depth) {
        case .yielded(let v): return .yielded(v)
        case .returned(let v): return .returned(v)
        case .suspended: throw runtimeError("a generator cannot block here")
        case .paused: throw VMFatal.internalError("a nested call paused")
        }
    }

    /// All items of an iterable, with fast paths for builtin containers.
    public func collect(_ v: Value) throws -> [Value] {
        if case .object(let o) = v {
            if let l = o as? PyList { return l.items }
            if let t = o as? PyTuple { return t.items }
            if let r = o as? PyRange {
                try reserveBytes(r.count, size: MemoryLayout<Value>.stride)
                return (0..<r.count).map { .int(r.item($0)) }
            }
            if let d = o as? PyDeque, d.type.isBuiltin { return Array(d.items) }
        }
        let it = try iterator(v)
        var out: [Value] = []
        while let item = try nextItem(it) {
            out.append(item)
            if out.count & 0xFFFF == 0 { try checkResidentMemory() }
        }
        return out
    }

    /// UNPACK_SEQUENCE: exactly `count` items.
    func unpack(_ v: Value, count: Int) throws -> [Value] {
        if case .object(let o) = v, !(o is PyList || o is PyTuple || o is PyStr || o is PyRange || o is PyIterator
                                        || o is PyGenerator || o is PyDict || o is PySet || o is DictView),
           o.type.lookup("__iter__") == nil && o.type.lookup("__getitem__") == nil {
            throw typeError("cannot unpack non-iterable \(v.typeName) object")
        }
        if case .object = v {} else { throw typeError("cannot unpack non-iterable \(v.typeName) object") }
        let it = try iterator(v)
        var out: [Value] = []
        while let item = try nextItem(it) {
            out.append(item)
            if out.count > count {
                throw valueError("too many values to unpack (expected \(count))")
            }
        }
        if out.count < count {
            throw valueError("not enough values to unpack (expected \(count), got \(out.count))")
        }
        return out
    }


    /// `item in container`.
    public func contains(_ container: Value, _ item: Value) throws -> Bool {
        guard case .object(let o) = container else {
            throw typeError("argument of type '\(container.typeName)' is not iterable")
        }
        if let s = o as? PyStr {
            guard let sub = item.stringValue else {
                throw typeError("'in <string>' requires string as left operand, not \(item.typeName)")
            }
            return sub.isEmpty || s.value.contains(sub)
        }
        if let d = o as? PyDict { return d.storage[try hashKey(item)] != nil }
        if let s = o as? PySet { return try setContains(s, item) }
        if let dv = o as? DictView, dv.kind == .keys { return dv.dict.storage[try hashKey(item)] != nil }
        if let r = o as? PyRange, case .int(let i) = item {
            if r.step > 0 ? (i < r.start || i >= r.stop) : (i > r.start || i <= r.stop) { return false }
            return (i - r.start) % r.step == 0
        }
        if let l = o as? PyList {
            for x in l.items { if try x.isSame(item) || equals(x, item) { return true } }
            return false
        }
        if let t = o as? PyTuple {
            for x in t.items { if try x.isSame(item) || equals(x, item) { return true } }
            return false
        }
        if let d = plainDeque(o, "__contains__") { return try dequeContains(d, item) }
        if let m = o.type.lookup("__contains__") {
            return try truthy(try call(bind(m, to: container, type: o.type), [item]))
        }
        let it = try iterator(container)
        while let x = try nextItem(it) {
            if try x.isSame(item) || equals(x, item) { return true }
        }
        return false
    }
}
