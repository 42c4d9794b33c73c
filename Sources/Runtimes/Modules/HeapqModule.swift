import VM

/// `heapq`: CPython's `_heapq` sift routines in Swift (the same comparisons in the same
/// order, through the VM's `<`, so user `__lt__` works and equal items come out as in
/// CPython) and `nsmallest`/`nlargest` following `heapq.py` step by step; `merge` is
/// `heapq.py`'s generator (Python/heapq.py), over the Swift routines. The asyncio and gevent
/// priority queues use it too.
enum HeapqModule {
    /// Adds the Swift functions to the module built from heapq.py.
    static func install(into m: PyModule) {
        m["__all__"] = .object(PyList(["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest",
                                       "nsmallest", "heappushpop"].map { Value.str($0) }))
        m.def("heappush") { vm, a in
            try positional(vm, a, "heappush", 2)
            let heap = try list(vm, a[0], "heappush", numbered: true)
            heap.items.append(a[1])
            try siftDown(vm, heap, 0, heap.items.count - 1, max: false)
            return .none
        }
        m.def("heappop") { vm, a in
            try positional(vm, a, "heappop", 1)
            return try pop(vm, try list(vm, a[0], "heappop", numbered: false), max: false)
        }
        m.def("heapreplace") { vm, a in
            try positional(vm, a, "heapreplace", 2)
            return try replace(vm, try list(vm, a[0], "heapreplace", numbered: true), a[1], max: false)
        }
        m.def("heappushpop") { vm, a in
            try positional(vm, a, "heappushpop", 2)
            let heap = try list(vm, a[0], "heappushpop", numbered: true)
            let item = a[1]
            guard let top = heap.items.first else { return item }
            if !(try vm.ordered(.lt, top, item)) { return item }
            guard !heap.items.isEmpty else { throw vm.indexError("index out of range") }
            let returned = heap.items[0]
            heap.items[0] = item
            try siftUp(vm, heap, 0, max: false)
            return returned
        }
        m.def("heapify") { vm, a in
            try positional(vm, a, "heapify", 1)
            try heapify(vm, try list(vm, a[0], "heapify", numbered: false), max: false)
            return .none
        }
        m.def("_heappop_max") { vm, a in
            try positional(vm, a, "_heappop_max", 1)
            return try pop(vm, try list(vm, a[0], "_heappop_max", numbered: false), max: true)
        }
        m.def("_heapreplace_max") { vm, a in
            try positional(vm, a, "_heapreplace_max", 2)
            return try replace(vm, try list(vm, a[0], "_heapreplace_max", numbered: true), a[1], max: true)
        }
        m.def("_heapify_max") { vm, a in
            try positional(vm, a, "_heapify_max", 1)
            try heapify(vm, try list(vm, a[0], "_heapify_max", numbered: false), max: true)
            return .none
        }
        m.def("nsmallest") { vm, a in
            let (n, iterable, key) = try nArguments(vm, a, "nsmallest")
            return try select(vm, n, iterable, key, largest: false)
        }
        m.def("nlargest") { vm, a in
            let (n, iterable, key) = try nArguments(vm, a, "nlargest")
            return try select(vm, n, iterable, key, largest: true)
        }
    }

    // MARK: Arguments

    /// Positional-only arguments with the messages of `_heapq`'s METH_O and clinic functions.
    private static func positional(_ vm: VM, _ a: Arguments, _ name: String, _ n: Int) throws {
        if !a.keywords.isEmpty { throw vm.typeError("_heapq.\(name)() takes no keyword arguments") }
        guard a.count != n else { return }
        if n == 1 { throw vm.typeError("_heapq.\(name)() takes exactly one argument (\(a.count) given)") }
        throw vm.typeError("\(name) expected \(n) arguments, got \(a.count)")
    }

    /// The heap argument: a list or a subclass of list.
    private static func list(_ vm: VM, _ v: Value, _ name: String, numbered: Bool) throws -> PyList {
        guard let l = v.asObject as? PyList else {
            throw vm.typeError("\(name)() argument\(numbered ? " 1" : "") must be list, not \(v.typeName)")
        }
        return l
    }

    /// `nsmallest(n, iterable, key=None)` bound like the Python function it is in CPython.
    private static func nArguments(_ vm: VM, _ a: Arguments, _ name: String) throws -> (Value, Value, Value) {
        let names = ["n", "iterable", "key"]
        var bound: [Value?] = [nil, nil, nil]
        for (i, v) in a.positional.prefix(3).enumerated() { bound[i] = v }
        for (k, v) in a.keywords {
            guard let i = names.firstIndex(of: k) else {
                throw vm.typeError("\(name)() got an unexpected keyword argument '\(k)'")
            }
            if bound[i] != nil { throw vm.typeError("\(name)() got multiple values for argument '\(k)'") }
            bound[i] = v
        }
        if a.count > 3 {
            throw vm.typeError("\(name)() takes from 2 to 3 positional arguments but \(a.count) were given")
        }
        let missing = (0..<2).filter { bound[$0] == nil }.map { "'\(names[$0])'" }
        if !missing.isEmpty {
            let list = missing.count == 1 ? missing[0] : "\(missing[0]) and \(missing[1])"
            throw vm.typeError("\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)")
        }
        return (bound[0]!, bound[1]!, bound[2] ?? .none)
    }

    // MARK: CPython's sift routines

    /// `a < b` for a min-heap; reversed for a max-heap.
    private static func less(_ vm: VM, _ a: Value, _ b: Value, max: Bool) throws -> Bool {
        max ? try vm.ordered(.lt, b, a) : try vm.ordered(.lt, a, b)
    }

    /// Moves the item at `pos` up towards `startpos` while it is smaller than its parent.
    private static func siftDown(_ vm: VM, _ heap: PyList, _ startpos: Int, _ start: Int, max: Bool) throws {
        let size = heap.items.count
        if start >= size { throw vm.indexError("index out of range") }
        var pos = start
        var newitem = heap.items[pos]
        while pos > startpos {
            let parentpos = (pos - 1) >> 1
            let smaller = try less(vm, newitem, heap.items[parentpos], max: max)
            if size != heap.items.count { throw vm.runtimeError("list changed size during iteration") }
            if !smaller { break }
            let parent = heap.items[parentpos]
            newitem = heap.items[pos]
            heap.items[parentpos] = newitem
            heap.items[pos] = parent
            pos = parentpos
        }
    }

    /// Moves the smaller child up until a leaf is reached, then sifts the item down there.
    private static func siftUp(_ vm: VM, _ heap: PyList, _ start: Int, max: Bool) throws {
        let endpos = heap.items.count
        if start >= endpos { throw vm.indexError("index out of range") }
        let limit = endpos >> 1
        var pos = start
        while pos < limit {
            var childpos = 2 * pos + 1
            if childpos + 1 < endpos {
                let a = heap.items[childpos], b = heap.items[childpos + 1]
                let leftSmaller = max ? try vm.ordered(.lt, b, a) : try vm.ordered(.lt, a, b)
                if !leftSmaller { childpos += 1 }
                if endpos != heap.items.count { throw vm.runtimeError("list changed size during iteration") }
            }
            heap.items.swapAt(childpos, pos)
            pos = childpos
        }
        try siftDown(vm, heap, start, pos, max: max)
    }

    private static func pop(_ vm: VM, _ heap: PyList, max: Bool) throws -> Value {
        guard let last = heap.items.popLast() else { throw vm.indexError("index out of range") }
        if heap.items.isEmpty { return last }
        let returned = heap.items[0]
        heap.items[0] = last
        try siftUp(vm, heap, 0, max: max)
        return returned
    }

    private static func replace(_ vm: VM, _ heap: PyList, _ item: Value, max: Bool) throws -> Value {
        guard !heap.items.isEmpty else { throw vm.indexError("index out of range") }
        let returned = heap.items[0]
        heap.items[0] = item
        try siftUp(vm, heap, 0, max: max)
        return returned
    }

    /// Bottom-up heap construction; above 2500 items in CPython's cache-friendly order
    /// (which compares the same pairs and builds the same heap).
    private static func heapify(_ vm: VM, _ heap: PyList, max: Bool) throws {
        let n = heap.items.count
        if n <= 2500 {
            var i = (n >> 1) - 1
            while i >= 0 {
                try siftUp(vm, heap, i, max: max)
                i -= 1
            }
            return
        }
        let m = n >> 1
        var top = m + 1, shift = 0
        while top > 1 {
            top >>= 1
            shift += 1
        }
        let leftmost = (top << shift) - 1
        let mhalf = m >> 1
        func siftRow(_ from: Int, _ to: Int) throws {
            var i = from
            while i >= to {
                var j = i
                while true {
                    try siftUp(vm, heap, j, max: max)
                    if j & 1 == 0 { break }
                    j >>= 1
                }
                i -= 1
            }
        }
        try siftRow(leftmost - 1, mhalf)
        try siftRow(m - 1, leftmost)
    }

    // MARK: nsmallest / nlargest (heapq.py)

    private static func isTypeOrAttributeError(_ e: PyError) -> Bool {
        e.exception.type.isSubtype(of: Builtins.typeError) || e.exception.type.isSubtype(of: Builtins.attributeError)
    }

    /// `range(n)`'s count for the first `n` items (`range(0, -n, -1)` for nlargest).
    private static func count(_ vm: VM, _ n: Value, largest: Bool) throws -> Int {
        switch n {
        case .int(let i): return Swift.max(0, i)
        case .bool(let b): return b ? 1 : 0
        case .float:
            throw vm.typeError("'float' object cannot be interpreted as an integer")
        case .object(let o):
            if o is PyBigInt { return try vm.ordered(.gt, n, .int(0)) ? Int.max : 0 }
            if largest { throw vm.typeError("bad operand type for unary -: '\(n.typeName)'") }
        case .none:
            if largest { throw vm.typeError("bad operand type for unary -: '\(n.typeName)'") }
        }
        throw vm.typeError("'\(n.typeName)' object cannot be interpreted as an integer")
    }

    /// CPython's `nsmallest` / `nlargest`: `min`/`max` for n == 1, `sorted` when n covers a
    /// sized input, otherwise a bounded heap of decorated items (`(elem, order)` or
    /// `(key, order, elem)`), so ties keep their input order like `sorted(...)[:n]`.
    private static func select(_ vm: VM, _ n: Value, _ iterable: Value, _ key: Value, largest: Bool) throws -> Value {
        if try vm.truthy(try vm.compare(.eq, n, .int(1))) {
            let it = try vm.iterator(iterable)
            let sentinel = Value.object(PyObject(type: Builtins.objectType))
            var keywords: [(String, Value)] = [("default", sentinel)]
            if !largest || !key.isNone { keywords.append(("key", key)) }
            let r = try vm.call(vm.builtins[largest ? "max" : "min"]!, [it], keywords: keywords)
            return .object(PyList(r.isSame(sentinel) ? [] : [r]))
        }
        var size: Int?
        do {
            size = try vm.length(iterable)
        } catch let e as PyError where isTypeOrAttributeError(e) {}
        if let size, try vm.ordered(.ge, n, .int(size)) {
            let sorted = PyList(try vm.sorted(try vm.collect(iterable), key: key, reverse: largest))
            return try vm.getItem(.object(sorted), .object(PySlice(start: .none, stop: n, step: .none)))
        }
        let it = try vm.iterator(iterable)
        let limit = try count(vm, n, largest: largest)
        // Orders only break ties among the decorated items; heapq.py numbers them from 0
        // (counting down for nlargest) and continues from n, which compares the same as
        // continuing from the number of items taken.
        let step = largest ? -1 : 1
        let heap = PyList()
        var taken = 0
        while taken < limit, let elem = try vm.nextItem(it) {
            let order = Value.int(taken * step)
            heap.items.append(.object(PyTuple(key.isNone ? [elem, order] : [try vm.call(key, [elem]), order, elem])))
            taken += 1
        }
        if heap.items.isEmpty { return .object(heap) }
        // nsmallest keeps the n smallest in a max-heap, nlargest the n largest in a min-heap.
        try heapify(vm, heap, max: !largest)
        var top = (heap.items[0].asObject as! PyTuple).items[0]
        var order = taken * step
        while let elem = try vm.nextItem(it) {
            let k = key.isNone ? elem : try vm.call(key, [elem])
            let better = largest ? try vm.ordered(.lt, top, k) : try vm.ordered(.lt, k, top)
            if better {
                let item = PyTuple(key.isNone ? [elem, .int(order)] : [k, .int(order), elem])
                _ = try replace(vm, heap, .object(item), max: !largest)
                top = (heap.items[0].asObject as! PyTuple).items[0]
                order += step
            }
        }
        let sorted = try vm.sorted(heap.items, key: .none, reverse: largest)
        return .object(PyList(sorted.map { ($0.asObject as! PyTuple).items[key.isNone ? 0 : 2] }))
    }
}
