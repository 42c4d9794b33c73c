/// Methods of `set` and `frozenset`, and the set algorithms of CPython 3.11's
/// Objects/setobject.c, which decide the table layout (hence the iteration order) of results.
extension Builtins {
    static func installSetMethods() {
        for t in [setType, frozensetType] {
            let tn = t.name
            func def(_ name: String, _ body: @escaping (VM, inout Arguments, PySet) throws -> Value) {
                method(t, name) { vm, a in try body(vm, &a, try vm.receiver(a, PySet.self, tn, name)) }
            }
            def("copy") { vm, a, s in
                try a.noArguments("\(tn).copy")
                if s.isFrozen && s.type === frozensetType { return a[0] }
                return .object(vm.setCopy(s))
            }
            def("union") { vm, a, s in
                try a.noKeywordArguments("\(tn).union")
                let result = vm.setCopy(s)
                for other in a.rest where !other.isSame(a[0]) { try vm.setUpdate(result, other) }
                return .object(result)
            }
            def("intersection") { vm, a, s in
                try a.noKeywordArguments("\(tn).intersection")
                return .object(try vm.setIntersectionMulti(s, Array(a.rest)))
            }
            def("difference") { vm, a, s in
                try a.noKeywordArguments("\(tn).difference")
                let others = Array(a.rest)
                guard let first = others.first else { return .object(vm.setCopy(s)) }
                let result = try vm.setDifference(s, first)
                for other in others.dropFirst() { try vm.setDifferenceUpdate(result, other) }
                return .object(result)
            }
            def("symmetric_difference") { vm, a, s in
                .object(try vm.setSymmetricDifference(s, try a.oneArgument("\(tn).symmetric_difference")))
            }
            def("issubset") { vm, a, s in .bool(try vm.setIsSubset(s, try a.oneArgument("\(tn).issubset"))) }
            def("issuperset") { vm, a, s in .bool(try vm.setIsSuperset(s, try a.oneArgument("\(tn).issuperset"))) }
            def("isdisjoint") { vm, a, s in .bool(try vm.setIsDisjoint(s, try a.oneArgument("\(tn).isdisjoint"))) }
            def("__len__") { _, a, s in
                try a.noArguments("\(tn).__len__")
                return .int(s.items.count)
            }
            def("__contains__") { vm, a, s in .bool(try vm.setContains(s, try a.oneArgument("\(tn).__contains__"))) }
            def("__iter__") { vm, a, _ in
                try a.noArguments("\(tn).__iter__")
                return try vm.iterator(a[0])
            }
        }
        let t = setType
        func def(_ name: String, _ body: @escaping (VM, inout Arguments, PySet) throws -> Value) {
            method(t, name) { vm, a in try body(vm, &a, try vm.receiver(a, PySet.self, "set", name)) }
        }
        def("add") { vm, a, s in
            s.items.append(try vm.hashKey(try a.oneArgument("set.add")))
            return .none
        }
        def("remove") { vm, a, s in
            let x = try a.oneArgument("set.remove")
            if s.items.remove(try vm.setElementKey(x)) == nil { throw vm.keyError(x) }
            return .none
        }
        def("discard") { vm, a, s in
            s.items.remove(try vm.setElementKey(try a.oneArgument("set.discard")))
            return .none
        }
        def("pop") { vm, a, s in
            try a.noArguments("set.pop")
            guard let k = s.items.popFirst() else { throw vm.keyError(.str("pop from an empty set")) }
            return k.value
        }
        def("clear") { _, a, s in
            try a.noArguments("set.clear")
            s.items.removeAll()
            return .none
        }
        def("update") { vm, a, s in
            try a.noKeywordArguments("set.update")
            for other in a.rest { try vm.setUpdate(s, other) }
            return .none
        }
        def("intersection_update") { vm, a, s in
            try a.noKeywordArguments("set.intersection_update")
            vm.swapBodies(s, try vm.setIntersectionMulti(s, Array(a.rest)))
            return .none
        }
        def("difference_update") { vm, a, s in
            try a.noKeywordArguments("set.difference_update")
            for other in a.rest { try vm.setDifferenceUpdate(s, other) }
            return .none
        }
        def("symmetric_difference_update") { vm, a, s in
            try vm.setSymmetricDifferenceUpdate(s, try a.oneArgument("set.symmetric_difference_update"))
            return .none
        }
        def("__init__") { vm, a, s in
            try a.noKeywordArguments("set")
            if a.restCount > 1 { throw vm.typeError("set expected at most 1 argument, got \(a.restCount)") }
            if s.items.fill > 0 || s.items.fallback != nil { s.items.removeAll() }
            if a.restCount == 1 { try vm.setUpdate(s, a[1]) }
            return .none
        }
    }
}

extension SetTable {
    /// Elements with their hashes (nil when not reproducible), in iteration order.
    var elements: [(HashKey, Int?)] {
        fallback == nil ? entries.map { ($0.0, Optional($0.1)) } : map { ($0, SetTable.hash($0)) }
    }

    mutating func insert(_ k: HashKey, _ h: Int?) {
        if let h { add(k, hash: h) } else { append(k) }
    }

    func has(_ k: HashKey, _ h: Int?) -> Bool {
        if let h { return contains(k, hash: h) }
        return contains(k)
    }

    @discardableResult
    mutating func discard(_ k: HashKey, _ h: Int?) -> Bool {
        if let h { return remove(k, hash: h) != nil }
        return remove(k) != nil
    }
}

extension VM {
    /// A new empty set of `s`'s base type (make_new_set_basetype).
    func newSet(like s: PySet) -> PySet { PySet(frozen: s.isFrozen) }

    /// set_copy.
    func setCopy(_ s: PySet) -> PySet {
        let r = newSet(like: s)
        r.items.merge(s.items)
        return r
    }

    /// The key of a set element; a (mutable) set probes as the equal frozenset.
    func setElementKey(_ x: Value) throws -> HashKey {
        if case .object(let o) = x, let s = o as? PySet, !s.isFrozen {
            let f = PySet(frozen: true)
            f.items = s.items
            return HashKey(.object(f))
        }
        return try hashKey(x)
    }

    func setContains(_ s: PySet, _ x: Value) throws -> Bool {
        s.items.contains(try setElementKey(x))
    }

    /// set_update_internal: `set.update(other)`, `set(other)`, `{*other}`, `|=`.
    public func setUpdate(_ s: PySet, _ other: Value) throws {
        if case .object(let o) = other {
            if let os = o as? PySet {
                if os !== s { s.items.merge(os.items) }
                return
            }
            if let d = o as? PyDict, d.type === Builtins.dictType {
                s.items.mergeKeys(d.storage.keys)
                return
            }
        }
        let it = try iterator(other)
        while let v = try nextItem(it) { s.items.append(try hashKey(v)) }
    }

    /// `iter(set)`: walks the live table like setiter_iternext, raising RuntimeError if the
    /// set's size changed since the iterator was made.
    func setIterator(_ s: PySet) -> Value {
        var position = 0
        let size = s.items.count
        var broken = false, done = false
        return .object(PyIterator(.native({ [unowned self] in
            if done { return nil }
            if broken || s.items.count != size {
                broken = true
                throw self.runtimeError("Set changed size during iteration")
            }
            guard let k = s.items.next(from: &position) else {
                done = true
                return nil
            }
            return k.value
        }), typeName: "set_iterator"))
    }

    /// set_intersection.
    func setIntersection(_ so: PySet, _ other: Value) throws -> PySet {
        if case .object(let o) = other, o === so { return setCopy(so) }
        let result = newSet(like: so)
        if let os = other.asObject as? PySet {
            var (big, small) = (so, os)
            if os.items.count > so.items.count { (big, small) = (os, so) }
            for (k, h) in small.items.elements where big.items.has(k, h) { result.items.insert(k, h) }
            return result
        }
        let it = try iterator(other)
        while let v = try nextItem(it) {
            let k = try hashKey(v)
            let h = SetTable.hash(k)
            if so.items.has(k, h) { result.items.insert(k, h) }
        }
        return result
    }

    func setIntersectionMulti(_ so: PySet, _ others: [Value]) throws -> PySet {
        if others.isEmpty { return setCopy(so) }
        var result = so
        for other in others { result = try setIntersection(result, other) }
        return result
    }

    /// set_swap_bodies for `intersection_update`: the table moves, the finger stays.
    func swapBodies(_ s: PySet, _ tmp: PySet) {
        let finger = s.items.finger
        s.items = tmp.items
        s.items.finger = finger
    }

    /// set_difference.
    func setDifference(_ so: PySet, _ other: Value) throws -> PySet {
        let otherSize: Int
        let dict = (other.asObject as? PyDict).flatMap { $0.type === Builtins.dictType ? $0 : nil }
        if let os = other.asObject as? PySet {
            otherSize = os.items.count
        } else if let dict {
            otherSize = dict.storage.count
        } else {
            let r = setCopy(so)
            try setDifferenceUpdate(r, other)
            return r
        }
        if (so.items.count >> 2) > otherSize {
            let r = setCopy(so)
            try setDifferenceUpdate(r, other)
            return r
        }
        let result = newSet(like: so)
        if let dict {
            for (k, h) in so.items.elements where dict.storage[k] == nil { result.items.insert(k, h) }
            return result
        }
        let os = other.asObject as! PySet
        for (k, h) in so.items.elements where !os.items.has(k, h) { result.items.insert(k, h) }
        return result
    }

    /// set_difference_update_internal.
    func setDifferenceUpdate(_ so: PySet, _ other: Value) throws {
        if case .object(let o) = other, o === so {
            so.items.removeAll()
            return
        }
        if let os = other.asObject as? PySet {
            for (k, h) in os.items.elements { so.items.discard(k, h) }
        } else {
            let it = try iterator(other)
            while let v = try nextItem(it) { so.items.remove(try hashKey(v)) }
        }
        so.items.purgeDummiesIfNeeded()
    }

    /// set_symmetric_difference_update.
    func setSymmetricDifferenceUpdate(_ so: PySet, _ other: Value) throws {
        if case .object(let o) = other, o === so {
            so.items.removeAll()
            return
        }
        if let d = other.asObject as? PyDict, d.type === Builtins.dictType {
            for k in d.storage.keys {
                let h = SetTable.hash(k)
                if !so.items.discard(k, h) { so.items.insert(k, h) }
            }
            return
        }
        let os: PySet
        if let s = other.asObject as? PySet {
            os = s
        } else {
            os = newSet(like: so)
            try setUpdate(os, other)
        }
        for (k, h) in os.items.elements where !so.items.discard(k, h) { so.items.insert(k, h) }
    }

    /// set_symmetric_difference: a copy of `other` updated with `so`.
    func setSymmetricDifference(_ so: PySet, _ other: Value) throws -> PySet {
        let result = newSet(like: so)
        try setUpdate(result, other)
        try setSymmetricDifferenceUpdate(result, .object(so))
        return result
    }

    func setIsSubset(_ so: PySet, _ other: Value) throws -> Bool {
        guard let os = other.asObject as? PySet else {
            return try setIntersection(so, other).items.count == so.items.count
        }
        if so.items.count > os.items.count { return false }
        for (k, h) in so.items.elements where !os.items.has(k, h) { return false }
        return true
    }

    func setIsSuperset(_ so: PySet, _ other: Value) throws -> Bool {
        if let os = other.asObject as? PySet { return try setIsSubset(os, .object(so)) }
        let it = try iterator(other)
        while let v = try nextItem(it) { if !so.items.contains(try hashKey(v)) { return false } }
        return true
    }

    func setIsDisjoint(_ so: PySet, _ other: Value) throws -> Bool {
        if case .object(let o) = other, o === so { return so.items.isEmpty }
        if let os = other.asObject as? PySet, os.type === Builtins.setType || os.type === Builtins.frozensetType {
            var (big, small) = (so, os)
            if os.items.count > so.items.count { (big, small) = (os, so) }
            for (k, h) in small.items.elements where big.items.has(k, h) { return false }
            return true
        }
        let it = try iterator(other)
        while let v = try nextItem(it) { if so.items.contains(try hashKey(v)) { return false } }
        return true
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets.
    func setBinary(_ op: String, _ a: PySet, _ b: PySet) throws -> PySet {
        switch op {
        case "|":
            let r = setCopy(a)
            if a !== b { try setUpdate(r, .object(b)) }
            return r
        case "&": return try setIntersection(a, .object(b))
        case "-": return try setDifference(a, .object(b))
        default: return try setSymmetricDifference(a, .object(b))
        }
    }

    /// `a |= b`, `&=`, `-=`, `^=` on a mutable set.
    func setInplace(_ op: String, _ a: PySet, _ b: PySet) throws {
        switch op {
        case "|": try setUpdate(a, .object(b))
        case "&": swapBodies(a, try setIntersection(a, .object(b)))
        case "-": try setDifferenceUpdate(a, .object(b))
        default: try setSymmetricDifferenceUpdate(a, .object(b))
        }
    }

    /// `&`, `|`, `-`, `^` with a keys or items view on either side (dictviews_*).
    func dictViewBinary(_ op: String, _ l: Value, _ r: Value) throws -> Value? {
        func setView(_ v: Value) -> DictView? {
            guard let dv = v.asObject as? DictView, dv.kind != .values else { return nil }
            return dv
        }
        guard setView(l) != nil || setView(r) != nil else { return nil }
        if op == "&" {
            var (me, other) = (l, r)
            if setView(me) == nil { (me, other) = (r, l) }
            let view = setView(me)!
            if let os = other.asObject as? PySet, os.type === Builtins.setType, view.dict.storage.count <= os.items.count {
                return .object(try setIntersection(os, me))
            }
            if let ov = setView(other), ov.dict.storage.count > view.dict.storage.count {
                let result = PySet()
                let it = try iterator(me)
                while let k = try nextItem(it) { if try dictViewContains(ov, k) { try setInsert(result, k) } }
                return .object(result)
            }
            let result = PySet()
            let it = try iterator(other)
            while let k = try nextItem(it) { if try dictViewContains(view, k) { try setInsert(result, k) } }
            return .object(result)
        }
        let result = PySet()
        if let dv = setView(l), dv.kind == .keys, dv.dict.type === Builtins.dictType {
            try setUpdate(result, .object(dv.dict))
        } else {
            try setUpdate(result, l)
        }
        switch op {
        case "|": try setUpdate(result, r)
        case "-": try setDifferenceUpdate(result, r)
        default: try setSymmetricDifferenceUpdate(result, r)
        }
        return .object(result)
    }

    /// `view == other` for keys/items views against sets and views; nil when not applicable.
    func dictViewEquals(_ l: Value, _ r: Value) throws -> Bool? {
        func setLike(_ v: Value) -> Bool {
            if let dv = v.asObject as? DictView { return dv.kind != .values }
            return v.asObject is PySet
        }
        guard (l.asObject is DictView || r.asObject is DictView), setLike(l), setLike(r) else { return nil }
        guard try length(l) == length(r) else { return false }
        let it = try iterator(l)
        while let x = try nextItem(it) { if !(try contains(r, x)) { return false } }
        return true
    }

    /// The set a constant set display `{1, 2, 3}` (three or more constants) evaluates to:
    /// CPython folds the items into a frozenset constant, which the compiler rebuilds from
    /// its own iteration order, and `SET_UPDATE` merges it into a new set.
    public func constantSetDisplay(_ items: [Value]) throws -> PySet {
        let result = PySet()
        result.items.merge(try constantFrozenset(items).items)
        return result
    }

    /// The frozenset constant CPython makes of constant items (`x in {1, 2, 3}`,
    /// `for x in {1, 2, 3}`, and set displays).
    public func constantFrozenset(_ items: [Value]) throws -> PySet {
        var folded = SetTable()
        for v in items { folded.append(try hashKey(v)) }
        return PySet(SetTable(folded), frozen: true)
    }
}
