import DequeModule
import Language

/// `collections.deque`'s methods, following CPython 3.11's `_collectionsmodule.c`: the same
/// argument parsing and messages, the same mutation checks, the same results with `maxlen`.
extension Builtins {
    nonisolated(unsafe) public static let dequeType: PyType = {
        let t = PyType(name: "deque", bases: [objectType], layout: .deque, isBuiltin: true, module: "collections")
        t.tpName = "collections.deque"
        return t
    }()
    nonisolated(unsafe) public static let dequeIteratorType = dequeIterator("_deque_iterator")
    nonisolated(unsafe) public static let dequeReverseIteratorType = dequeIterator("_deque_reverse_iterator")

    private static func dequeIterator(_ name: String) -> PyType {
        let t = PyType(name: name, bases: [objectType], layout: .iterator, isBuiltin: true, module: "_collections")
        t.tpName = "_collections.\(name)"
        return t
    }

    static func installDequeMethods() {
        for it in [dequeIteratorType, dequeReverseIteratorType] {
            it.dict["__next__"] = iteratorType.dict["__next__"]
            it.dict["__iter__"] = iteratorType.dict["__iter__"]
        }
        let t = dequeType
        t.constructor = { vm, type, a in
            let d = PyDeque()
            if type !== dequeType { d.type = type }
            try vm.dequeInit(d, Arguments([.object(d)] + a.positional, keywords: a.keywords))
            return .object(d)
        }
        func def(_ name: String, _ body: @escaping (VM, inout Arguments, PyDeque) throws -> Value) {
            method(t, name) { vm, a in try body(vm, &a, try vm.receiver(a, PyDeque.self, "collections.deque", name)) }
        }
        def("__init__") { vm, a, d in
            try vm.dequeInit(d, a)
            return .none
        }
        def("append") { _, a, d in
            d.append(try a.oneArgument("deque.append"))
            return .none
        }
        def("appendleft") { _, a, d in
            d.appendLeft(try a.oneArgument("deque.appendleft"))
            return .none
        }
        def("pop") { vm, a, d in
            try a.noArguments("deque.pop")
            guard let v = d.popLast() else { throw vm.indexError("pop from an empty deque") }
            return v
        }
        def("popleft") { vm, a, d in
            try a.noArguments("deque.popleft")
            guard let v = d.popFirst() else { throw vm.indexError("pop from an empty deque") }
            return v
        }
        def("extend") { vm, a, d in
            try vm.dequeExtend(d, try a.oneArgument("deque.extend"), left: false)
            return .none
        }
        def("extendleft") { vm, a, d in
            try vm.dequeExtend(d, try a.oneArgument("deque.extendleft"), left: true)
            return .none
        }
        def("remove") { vm, a, d in
            try vm.dequeRemove(d, try a.oneArgument("deque.remove"))
            return .none
        }
        def("clear") { _, a, d in
            try a.noArguments("deque.clear")
            d.removeAll()
            return .none
        }
        def("rotate") { vm, a, d in
            try a.clinic("deque.rotate", "deque.rotate", 0, 1)
            d.rotate(a.restCount == 1 ? try vm.indexArgument(a[1]) : 1)
            return .none
        }
        def("count") { vm, a, d in
            .int(try vm.dequeCount(d, try a.oneArgument("deque.count")))
        }
        def("index") { vm, a, d in
            try a.parseTuple("index", "deque.index", 1, 3)
            return .int(try vm.dequeIndex(d, a))
        }
        def("insert") { vm, a, d in
            try a.parseTuple("insert", "deque.insert", 2, 2)
            let index = try vm.indexArgument(a[1])
            let n = d.count
            if d.maxlen == n { throw vm.indexError("deque already at its maximum size") }
            if index >= n {
                d.append(a[2])
            } else if index <= -n || index == 0 {
                d.appendLeft(a[2])
            } else {
                d.insert(a[2], at: index < 0 ? n + index : index)
            }
            return .none
        }
        def("reverse") { _, a, d in
            try a.noArguments("deque.reverse")
            d.reverse()
            return .none
        }
        def("copy") { vm, a, d in
            try a.noArguments("deque.copy")
            return try vm.dequeCopy(d)
        }
        def("__copy__") { vm, a, d in
            try a.noArguments("deque.__copy__")
            return try vm.dequeCopy(d)
        }
        property(t, "maxlen") { _, v in
            guard let d = v.asObject as? PyDeque else { return .none }
            return d.maxlen < 0 ? .none : .int(d.maxlen)
        }
        t.dict["__hash__"] = Value.none

        // Slot wrappers: what `d.__len__()`, `super().__getitem__(i)` ... call.
        def("__len__") { _, a, d in
            try a.slotArguments("__len__", 0)
            return .int(d.count)
        }
        def("__iter__") { _, a, d in
            try a.slotArguments("__iter__", 0)
            return PyIterator.deque(d, reversed: false)
        }
        def("__reversed__") { _, a, d in
            try a.noArguments("deque.__reversed__")
            return PyIterator.deque(d, reversed: true)
        }
        def("__contains__") { vm, a, d in
            try a.slotArguments("__contains__", 1)
            return .bool(try vm.dequeContains(d, a[1]))
        }
        def("__getitem__") { vm, a, d in
            try a.slotArguments("__getitem__", 1)
            return d[try vm.dequeItemIndex(d, a[1], subscript: false)]
        }
        def("__setitem__") { vm, a, d in
            try a.slotArguments("__setitem__", 2)
            d[try vm.dequeItemIndex(d, a[1], subscript: false)] = a[2]
            return .none
        }
        def("__delitem__") { vm, a, d in
            try a.slotArguments("__delitem__", 1)
            d.remove(at: try vm.dequeItemIndex(d, a[1], subscript: false))
            return .none
        }
        def("__repr__") { vm, a, d in
            try a.slotArguments("__repr__", 0)
            return .str(try vm.dequeRepr(d))
        }
        def("__add__") { vm, a, d in
            try a.slotArguments("__add__", 1)
            return try vm.dequeConcat(d, a[1])
        }
        def("__mul__") { vm, a, d in
            try a.slotArguments("__mul__", 1)
            return try vm.dequeRepeat(d, try vm.indexArgument(a[1]))
        }
        def("__rmul__") { vm, a, d in
            try a.slotArguments("__rmul__", 1)
            return try vm.dequeRepeat(d, try vm.indexArgument(a[1]))
        }
        def("__iadd__") { vm, a, d in
            try a.slotArguments("__iadd__", 1)
            try vm.dequeExtend(d, a[1], left: false)
            return a[0]
        }
        def("__imul__") { vm, a, d in
            try a.slotArguments("__imul__", 1)
            try vm.dequeInplaceRepeat(d, try vm.indexArgument(a[1]))
            return a[0]
        }
        for (name, op) in [("__eq__", CompareOp.eq), ("__ne__", .ne), ("__lt__", .lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)] {
            def(name) { vm, a, d in
                try a.slotArguments(name, 1)
                guard let other = a[1].asObject as? PyDeque else { return .object(notImplemented) }
                return .bool(try vm.dequeCompare(op, d, other))
            }
        }
    }
}

extension PyIterator {
    /// A deque's iterator (`iter(d)`) or reverse iterator (`reversed(d)`).
    static func deque(_ d: PyDeque, reversed: Bool) -> Value {
        let source: Source = reversed ? .dequeReversed(d, state: d.state, count: d.count) : .deque(d, state: d.state, count: d.count)
        let it = PyIterator(source, typeName: reversed ? "_collections._deque_reverse_iterator" : "_collections._deque_iterator")
        it.type = reversed ? Builtins.dequeReverseIteratorType : Builtins.dequeIteratorType
        return .object(it)
    }
}

extension Arguments {
    /// A slot wrapper's check (`d.__len__(1)`): "expected 0 arguments, got 1".
    func slotArguments(_ name: String, _ n: Int) throws {
        if !keywords.isEmpty { throw Arguments.typeError("wrapper \(name)() takes no keyword arguments") }
        if restCount != n {
            throw Arguments.typeError("expected \(n) argument\(n == 1 ? "" : "s"), got \(restCount)")
        }
    }
}

extension VM {
    /// The deque behind `v` when the VM may work on it directly: a deque whose type does not
    /// replace the special method `name` with Python code.
    @inline(__always)
    func plainDeque(_ o: PyObject, _ name: String) -> PyDeque? {
        guard let d = o as? PyDeque else { return nil }
        if d.type.isBuiltin { return d }
        return d.type.lookup(name)?.asObject === Builtins.dequeType.dict[name]?.asObject ? d : nil
    }

    /// `deque.__init__(iterable=(), maxlen=None)`; `a.positional[0]` is the deque.
    func dequeInit(_ d: PyDeque, _ a: Arguments) throws {
        let args = try a.bind("deque", ["iterable", "maxlen"])
        var maxlen = -1
        if let m = args[1], !m.isNone {
            switch m {
            case .int(let i): maxlen = i
            case .bool(let b): maxlen = b ? 1 : 0
            case .object(let o) where o is PyBigInt:
                throw overflowError("Python int too large to convert to C ssize_t")
            default:
                throw typeError("an integer is required")
            }
            if maxlen < 0 { throw valueError("maxlen must be non-negative") }
        }
        d.maxlen = maxlen
        d.removeAll()
        if let iterable = args[0] { try dequeExtend(d, iterable, left: false) }
    }

    /// `extend` / `extendleft` / `+=`: items are added one by one (a bounded deque drops items
    /// from the other end as it goes); a deque extended by itself uses a copy.
    func dequeExtend(_ d: PyDeque, _ iterable: Value, left: Bool) throws {
        var snapshot: [Value]?
        if case .object(let o) = iterable {
            if o === d || (o is PyDeque && o.type.isBuiltin) { snapshot = Array((o as! PyDeque).items) }
            else if let l = o as? PyList { snapshot = l.items }
            else if let t = o as? PyTuple { snapshot = t.items }
        }
        if let snapshot {
            if d.maxlen == 0 { return }
            for v in snapshot { left ? d.appendLeft(v) : d.append(v) }
            return
        }
        let it = try iterator(iterable)
        if d.maxlen == 0 {
            while try nextItem(it) != nil {}
            return
        }
        while let v = try nextItem(it) { left ? d.appendLeft(v) : d.append(v) }
    }

    /// `deque.copy()`: a subclass is copied by calling it, `type(d)(d)` or `type(d)(d, maxlen)`.
    func dequeCopy(_ d: PyDeque) throws -> Value {
        if d.type === Builtins.dequeType { return .object(PyDeque(d.items, maxlen: d.maxlen)) }
        let args: [Value] = d.maxlen < 0 ? [.object(d)] : [.object(d), .int(d.maxlen)]
        let r = try call(.object(d.type), args)
        guard r.asObject is PyDeque else {
            throw typeError("\(d.type.tpName)() must return a deque, not \(r.typeName)")
        }
        return r
    }

    /// `d + other`: only deques concatenate with deques.
    func dequeConcat(_ d: PyDeque, _ other: Value) throws -> Value {
        guard other.asObject is PyDeque else {
            throw typeError("can only concatenate deque (not \"\(other.typeName)\") to deque")
        }
        let copy = try dequeCopy(d)
        try dequeExtend(copy.asObject as! PyDeque, other, left: false)
        return copy
    }

    /// `d * n`: a copy repeated in place.
    func dequeRepeat(_ d: PyDeque, _ n: Int) throws -> Value {
        let copy = try dequeCopy(d)
        try dequeInplaceRepeat(copy.asObject as! PyDeque, n)
        return copy
    }

    /// `d *= n`: the items repeated `n` times; a bounded deque keeps the last `maxlen`.
    func dequeInplaceRepeat(_ d: PyDeque, _ n: Int) throws {
        let size = d.count
        if size == 0 || n == 1 { return }
        if n <= 0 {
            d.removeAll()
            return
        }
        var total: Int
        if size == 1 {
            total = d.maxlen >= 0 ? Swift.min(n, d.maxlen) : n
        } else {
            let (product, overflow) = size.multipliedReportingOverflow(by: n)
            if overflow { throw memoryError() }
            total = d.maxlen >= 0 ? Swift.min(product, d.maxlen) : product
        }
        try reserveBytes(total, size: MemoryLayout<Value>.stride)
        var items = Deque<Value>()
        items.reserveCapacity(total)
        // The last `total` items of the repetition start at this offset within one copy.
        var i = (size - total % size) % size
        for _ in 0..<total {
            items.append(d.items[i])
            i += 1
            if i == size { i = 0 }
        }
        d.replaceItems(items)
    }

    /// Index of a deque item: `d[i]` (subscript) or the slot wrappers (`d.__getitem__(i)`),
    /// which convert the index differently.
    func dequeItemIndex(_ d: PyDeque, _ key: Value, subscript isSubscript: Bool) throws -> Int {
        var i: Int
        switch key {
        case .int(let n): i = n
        case .bool(let b): i = b ? 1 : 0
        case .object(let o) where o is PyBigInt:
            throw exception(isSubscript ? Builtins.indexError : Builtins.overflowError, "cannot fit 'int' into an index-sized integer")
        case .object(let o) where !o.type.isBuiltin && o.type.lookup("__index__") != nil:
            i = try indexArgument(key)
        default:
            if isSubscript { throw typeError("sequence index must be integer, not '\(key.typeName)'") }
            throw typeError("'\(key.typeName)' object cannot be interpreted as an integer")
        }
        if i < 0 { i += d.count }
        guard i >= 0 && i < d.count else { throw indexError("deque index out of range") }
        return i
    }

    func dequeContains(_ d: PyDeque, _ x: Value) throws -> Bool {
        let state = d.state
        let n = d.count
        for i in 0..<n {
            if try sameOrEqual(d.items[i], x) { return true }
            if d.state != state { throw runtimeError("deque mutated during iteration") }
        }
        return false
    }

    func dequeCount(_ d: PyDeque, _ x: Value) throws -> Int {
        let state = d.state
        let n = d.count
        var count = 0
        for i in 0..<n {
            if try sameOrEqual(d.items[i], x) { count += 1 }
            if d.state != state { throw runtimeError("deque mutated during iteration") }
        }
        return count
    }

    /// `deque.index(x[, start[, stop]])`; `a.positional[0]` is the deque.
    func dequeIndex(_ d: PyDeque, _ a: Arguments) throws -> Int {
        let x = a[1]
        let size = d.count
        var start = a.restCount > 1 ? try sliceBound(a[2], noneAllowed: false)! : 0
        var stop = a.restCount > 2 ? try sliceBound(a[3], noneAllowed: false)! : size
        if start < 0 { start = Swift.max(0, start + size) }
        if stop < 0 { stop = Swift.max(0, stop + size) }
        if stop > size { stop = size }
        if start > stop { start = stop }
        let state = d.state
        var i = start
        while i < stop {
            if try sameOrEqual(d.items[i], x) { return i }
            if d.state != state { throw runtimeError("deque mutated during iteration") }
            i += 1
        }
        throw valueError("\(try repr(x)) is not in deque")
    }

    /// `deque.remove(x)`: unlike the other searches, a mutation by `__eq__` is an IndexError
    /// and is checked before the match.
    func dequeRemove(_ d: PyDeque, _ x: Value) throws {
        let state = d.state
        let n = d.count
        for i in 0..<n {
            let equal = try sameOrEqual(d.items[i], x)
            if d.state != state { throw indexError("deque mutated during iteration") }
            if equal {
                d.remove(at: i)
                return
            }
        }
        throw valueError("\(try repr(x)) is not in deque")
    }

    /// `repr(d)`: `deque([1, 2])`, `deque([1], maxlen=3)`, a subclass's name, `[...]` inside itself.
    func dequeRepr(_ d: PyDeque) throws -> String {
        let key = ObjectIdentifier(d)
        if reprGuard.contains(key) { return "[...]" }
        reprGuard.insert(key)
        defer { reprGuard.remove(key) }
        let list = "[" + (try Array(d.items).map(repr).joined(separator: ", ")) + "]"
        let name = d.type.name
        return d.maxlen < 0 ? "\(name)(\(list))" : "\(name)(\(list), maxlen=\(d.maxlen))"
    }

    /// Rich comparison of two deques, item by item like lists (CPython's `deque_richcompare`).
    func dequeCompare(_ op: CompareOp, _ v: PyDeque, _ w: PyDeque) throws -> Bool {
        let vs = v.count, ws = w.count
        if op == .eq {
            if v === w { return true }
            if vs != ws { return false }
        }
        if op == .ne {
            if v === w { return false }
            if vs != ws { return true }
        }
        let s1 = v.state, s2 = w.state
        var i = 0
        var x: Value?, y: Value?
        while true {
            if v.state != s1 { throw runtimeError("deque mutated during iteration") }
            x = i < vs ? v.items[i] : nil
            if w.state != s2 { throw runtimeError("deque mutated during iteration") }
            y = i < ws ? w.items[i] : nil
            guard let a = x, let b = y else { break }
            if !(try sameOrEqual(a, b)) {
                return try truthy(try compare(op, a, b))
            }
            i += 1
        }
        switch op {
        case .lt: return y != nil
        case .le: return x == nil
        case .eq: return x == nil && y == nil
        case .ne: return !(x == nil && y == nil)
        case .gt: return x != nil
        default: return y == nil
        }
    }
}
