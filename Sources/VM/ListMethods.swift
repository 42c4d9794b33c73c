/// Methods of `list`, `tuple` and `range`.
extension Builtins {
    static func installListMethods() {
        installListOnly()
        installTupleMethods()
        installRangeMethods()
    }

    private static func installListOnly() {
        let t = listType
        func def(_ name: String, _ body: @escaping (VM, inout Arguments, PyList) throws -> Value) {
            method(t, name) { vm, a in try body(vm, &a, try vm.receiver(a, PyList.self, "list", name)) }
        }
        def("append") { _, a, l in
            l.items.append(try a.oneArgument("list.append"))
            return .none
        }
        def("extend") { vm, a, l in
            let other = try a.oneArgument("list.extend")
            l.items.append(contentsOf: try vm.collect(other))
            return .none
        }
        def("insert") { vm, a, l in
            try a.clinic("insert", "list.insert", 2, 2)
            var i = try vm.indexArgument(a[1])
            let n = l.items.count
            if i < 0 { i = Swift.max(0, i + n) } else if i > n { i = n }
            l.items.insert(a[2], at: i)
            return .none
        }
        def("remove") { vm, a, l in
            let x = try a.oneArgument("list.remove")
            var i = 0
            while i < l.items.count {
                let item = l.items[i]
                if try vm.sameOrEqual(item, x) {
                    if i < l.items.count { l.items.remove(at: i) }
                    return .none
                }
                i += 1
            }
            throw vm.valueError("list.remove(x): x not in list")
        }
        def("pop") { vm, a, l in
            try a.clinic("pop", "list.pop", 0, 1)
            var i = a.restCount == 1 ? try vm.indexArgument(a[1]) : -1
            if l.items.isEmpty { throw vm.indexError("pop from empty list") }
            if i < 0 { i += l.items.count }
            guard i >= 0 && i < l.items.count else { throw vm.indexError("pop index out of range") }
            return l.items.remove(at: i)
        }
        def("index") { vm, a, l in
            try a.clinic("index", "list.index", 1, 3)
            if let i = try vm.sequenceSearch({ l.items }, a) { return .int(i) }
            throw vm.valueError("\(try vm.repr(a[1])) is not in list")
        }
        def("count") { vm, a, l in .int(try vm.sequenceCount(l.items, try a.oneArgument("list.count"))) }
        def("sort") { vm, a, l in
            if a.restCount > 0 { throw vm.typeError("sort() takes no positional arguments") }
            var key: Value = .none, reverse = false
            for (k, v) in a.keywords {
                switch k {
                case "key": key = v
                case "reverse": reverse = try vm.indexArgument(v) != 0
                default: throw vm.typeError("'\(k)' is an invalid keyword argument for sort()")
                }
            }
            let items = l.items
            l.items = []
            let sorted: [Value]
            do {
                sorted = try vm.sorted(items, key: key, reverse: reverse)
            } catch {
                l.items = items
                throw error
            }
            let modified = !l.items.isEmpty
            l.items = sorted
            if modified { throw vm.valueError("list modified during sort") }
            return .none
        }
        def("reverse") { _, a, l in
            try a.noArguments("list.reverse")
            l.items.reverse()
            return .none
        }
        def("copy") { _, a, l in
            try a.noArguments("list.copy")
            return .object(PyList(l.items))
        }
        def("clear") { _, a, l in
            try a.noArguments("list.clear")
            l.items.removeAll()
            return .none
        }
        def("__init__") { vm, a, l in
            try a.clinic("list", "list.__init__", 0, 1)
            let items = a.restCount == 1 ? try vm.collect(a[1]) : []
            l.items = items
            return .none
        }
        def("__len__") { _, a, l in
            try a.noArguments("list.__len__")
            return .int(l.items.count)
        }
        def("__setitem__") { vm, a, _ in
            try a.clinic("__setitem__", "list.__setitem__", 2, 2)
            try vm.setItem(a[0], a[1], a[2])
            return .none
        }
        def("__delitem__") { vm, a, _ in
            try vm.deleteItem(a[0], try a.oneArgument("list.__delitem__"))
            return .none
        }
        def("__reversed__") { vm, a, l in
            try a.noArguments("list.__reversed__")
            return .object(PyIterator(.tuple(l.items.reversed()), typeName: "list_reverseiterator"))
        }
        installSequenceDunders(t, "list")
    }

    private static func installTupleMethods() {
        let t = tupleType
        method(t, "index") { vm, a in
            let tup = try vm.receiver(a, PyTuple.self, "tuple", "index")
            try a.clinic("index", "tuple.index", 1, 3)
            if let i = try vm.sequenceSearch({ tup.items }, a) { return .int(i) }
            throw vm.valueError("tuple.index(x): x not in tuple")
        }
        method(t, "count") { vm, a in
            let tup = try vm.receiver(a, PyTuple.self, "tuple", "count")
            return .int(try vm.sequenceCount(tup.items, try a.oneArgument("tuple.count")))
        }
        method(t, "__len__") { vm, a in
            let tup = try vm.receiver(a, PyTuple.self, "tuple", "__len__")
            try a.noArguments("tuple.__len__")
            return .int(tup.items.count)
        }
        installSequenceDunders(t, "tuple")
    }

    /// `__getitem__`, `__contains__` and `__iter__` through the VM's fast paths.
    static func installSequenceDunders(_ t: PyType, _ name: String) {
        method(t, "__getitem__") { vm, a in
            try vm.getItem(a.positional.first ?? .none, try a.oneArgument("\(name).__getitem__"))
        }
        method(t, "__contains__") { vm, a in
            .bool(try vm.contains(a.positional.first ?? .none, try a.oneArgument("\(name).__contains__")))
        }
        method(t, "__iter__") { vm, a in
            try a.noArguments("\(name).__iter__")
            return try vm.iterator(a[0])
        }
    }

    private static func installRangeMethods() {
        let t = rangeType
        property(t, "start") { _, v in .int((v.asObject as! PyRange).start) }
        property(t, "stop") { _, v in .int((v.asObject as! PyRange).stop) }
        property(t, "step") { _, v in .int((v.asObject as! PyRange).step) }
        method(t, "index") { vm, a in
            let r = try vm.receiver(a, PyRange.self, "range", "index")
            let x = try a.oneArgument("range.index")
            if let i = try vm.rangeIndex(r, x) { return .int(i) }
            switch x {
            case .int, .bool: throw vm.valueError("\(try vm.repr(x)) is not in range")
            default: throw vm.valueError("sequence.index(x): x not in sequence")
            }
        }
        method(t, "count") { vm, a in
            let r = try vm.receiver(a, PyRange.self, "range", "count")
            let x = try a.oneArgument("range.count")
            switch x {
            case .int, .bool: return .int(try vm.rangeIndex(r, x) == nil ? 0 : 1)
            default: return .int(try vm.sequenceCount((0..<r.count).map { .int(r.item($0)) }, x))
            }
        }
        method(t, "__len__") { vm, a in
            let r = try vm.receiver(a, PyRange.self, "range", "__len__")
            try a.noArguments("range.__len__")
            return .int(r.count)
        }
        installSequenceDunders(t, "range")
    }
}

extension VM {
    /// `list.index` / `tuple.index`: the first equal item in `[start, stop)`. `items` is
    /// re-read on each step since `__eq__` may mutate the list.
    func sequenceSearch(_ items: () -> [Value], _ a: Arguments) throws -> Int? {
        let x = a[1]
        var start = a.restCount > 1 ? try sliceBound(a[2], noneAllowed: false)! : 0
        var stop = a.restCount > 2 ? try sliceBound(a[3], noneAllowed: false)! : Int.max
        let n = items().count
        if start < 0 { start = Swift.max(0, start + n) }
        if stop < 0 { stop = Swift.max(0, stop + n) }
        var i = start
        while i < stop {
            let current = items()
            if i >= current.count { break }
            if try sameOrEqual(current[i], x) { return i }
            i += 1
        }
        return nil
    }

    func sequenceCount(_ items: [Value], _ x: Value) throws -> Int {
        var n = 0
        for item in items where try sameOrEqual(item, x) { n += 1 }
        return n
    }

    /// Position of `x` in a range, by arithmetic for ints and by equality otherwise.
    func rangeIndex(_ r: PyRange, _ x: Value) throws -> Int? {
        switch x {
        case .int, .bool:
            let i = try index(x)
            let inside = r.step > 0 ? (i >= r.start && i < r.stop) : (i <= r.start && i > r.stop)
            guard inside, (i - r.start) % r.step == 0 else { return nil }
            return (i - r.start) / r.step
        default:
            for k in 0..<r.count where try equals(.int(r.item(k)), x) { return k }
            return nil
        }
    }
}
