/// Methods of `dict` and of its views (`dict_keys`, `dict_values`, `dict_items`).
extension Builtins {
    static func installDictMethods() {
        let t = dictType
        func def(_ name: String, _ body: @escaping (VM, inout Arguments, PyDict) throws -> Value) {
            method(t, name) { vm, a in try body(vm, &a, try vm.receiver(a, PyDict.self, "dict", name)) }
        }
        def("get") { vm, a, d in
            try a.clinic("get", "dict.get", 1, 2)
            return d.storage[try vm.hashKey(a[1])] ?? (a.restCount > 1 ? a[2] : .none)
        }
        def("keys") { _, a, d in
            try a.noArguments("dict.keys")
            return .object(DictView(d, .keys))
        }
        def("values") { _, a, d in
            try a.noArguments("dict.values")
            return .object(DictView(d, .values))
        }
        def("items") { _, a, d in
            try a.noArguments("dict.items")
            return .object(DictView(d, .items))
        }
        def("pop") { vm, a, d in
            try a.clinic("pop", "dict.pop", 1, 2)
            if let v = d.storage.removeValue(forKey: try vm.hashKey(a[1])) { return v }
            if a.restCount > 1 { return a[2] }
            throw vm.keyError(a[1])
        }
        def("popitem") { vm, a, d in
            try a.noArguments("dict.popitem")
            guard !d.storage.isEmpty else { throw vm.keyError(.str("popitem(): dictionary is empty")) }
            let (k, v) = d.storage.removeLast()
            return .object(PyTuple([k.value, v]))
        }
        def("setdefault") { vm, a, d in
            try a.clinic("setdefault", "dict.setdefault", 1, 2)
            let k = try vm.hashKey(a[1])
            if let v = d.storage[k] { return v }
            let v = a.restCount > 1 ? a[2] : .none
            d.storage[k] = v
            return v
        }
        def("update") { vm, a, d in
            if a.restCount > 1 { throw vm.typeError("update expected at most 1 argument, got \(a.restCount)") }
            if a.restCount == 1 { try vm.dictUpdate(d, a[1]) }
            for (k, v) in a.keywords { d[k] = v }
            return .none
        }
        def("__init__") { vm, a, d in
            if a.restCount > 1 { throw vm.typeError("dict expected at most 1 argument, got \(a.restCount)") }
            if a.restCount == 1 { try vm.dictUpdate(d, a[1]) }
            for (k, v) in a.keywords { d[k] = v }
            return .none
        }
        def("copy") { _, a, d in
            try a.noArguments("dict.copy")
            return .object(PyDict(d.storage))
        }
        def("clear") { _, a, d in
            try a.noArguments("dict.clear")
            d.storage.removeAll()
            return .none
        }
        def("__len__") { _, a, d in
            try a.noArguments("dict.__len__")
            return .int(d.storage.count)
        }
        def("__getitem__") { vm, a, _ in try vm.getItem(a[0], try a.oneArgument("dict.__getitem__")) }
        def("__setitem__") { vm, a, d in
            try a.clinic("__setitem__", "dict.__setitem__", 2, 2)
            try vm.dictSet(d, a[1], a[2])
            return .none
        }
        def("__delitem__") { vm, a, d in
            let k = try a.oneArgument("dict.__delitem__")
            guard d.storage.removeValue(forKey: try vm.hashKey(k)) != nil else { throw vm.keyError(k) }
            return .none
        }
        def("__contains__") { vm, a, d in .bool(d.storage[try vm.hashKey(try a.oneArgument("dict.__contains__"))] != nil) }
        def("__iter__") { vm, a, _ in
            try a.noArguments("dict.__iter__")
            return try vm.iterator(a[0])
        }
        def("__reversed__") { _, a, d in
            try a.noArguments("dict.__reversed__")
            return .object(PyIterator(.keys(d.storage.keys.reversed()), typeName: "dict_reversekeyiterator"))
        }
        let fromkeys = PyNativeFunction("fromkeys", qualname: "dict.fromkeys") { vm, a in
            try a.clinic("fromkeys", "dict.fromkeys", 1, 2)
            guard case .object(let to) = a[0], let cls = to as? PyType else { throw vm.typeError("fromkeys() requires a type") }
            let value = a.restCount > 1 ? a[2] : .none
            if cls === dictType {
                let d = PyDict()
                for k in try vm.collect(a[1]) { try vm.dictSet(d, k, value) }
                return .object(d)
            }
            let result = try vm.call(a[0], [])
            for k in try vm.collect(a[1]) { try vm.setItem(result, k, value) }
            return result
        }
        t.dict["fromkeys"] = .object(PyDescriptor(kind: .classMethod, function: .object(fromkeys)))
        installDictViewMethods()
    }

    private static func installDictViewMethods() {
        for (t, name) in [(dictKeysType, "dict_keys"), (dictValuesType, "dict_values"), (dictItemsType, "dict_items")] {
            method(t, "__len__") { vm, a in
                let v = try vm.receiver(a, DictView.self, name, "__len__")
                try a.noArguments("\(name).__len__")
                return .int(v.dict.storage.count)
            }
            method(t, "__iter__") { vm, a in
                _ = try vm.receiver(a, DictView.self, name, "__iter__")
                try a.noArguments("\(name).__iter__")
                return try vm.iterator(a[0])
            }
            method(t, "__reversed__") { vm, a in
                let v = try vm.receiver(a, DictView.self, name, "__reversed__")
                try a.noArguments("\(name).__reversed__")
                let s = v.dict.storage
                switch v.kind {
                case .keys: return .object(PyIterator(.keys(s.keys.reversed()), typeName: "dict_reversekeyiterator"))
                case .values: return .object(PyIterator(.values(s.values.reversed()), typeName: "dict_reversevalueiterator"))
                case .items:
                    let items = s.reversed().map { Value.object(PyTuple([$0.key.value, $0.value])) }
                    return .object(PyIterator(.tuple(items), typeName: "dict_reverseitemiterator"))
                }
            }
            if t === dictValuesType { continue }
            method(t, "__contains__") { vm, a in
                let v = try vm.receiver(a, DictView.self, name, "__contains__")
                return .bool(try vm.dictViewContains(v, try a.oneArgument("\(name).__contains__")))
            }
            method(t, "isdisjoint") { vm, a in
                let v = try vm.receiver(a, DictView.self, name, "isdisjoint")
                let other = try a.oneArgument("\(name).isdisjoint")
                for x in try vm.collect(other) where try vm.dictViewContains(v, x) { return .bool(false) }
                return .bool(true)
            }
        }
    }
}

extension VM {
    /// `x in d.keys()` / `(k, v) in d.items()`.
    func dictViewContains(_ v: DictView, _ x: Value) throws -> Bool {
        switch v.kind {
        case .keys:
            return v.dict.storage[try hashKey(x)] != nil
        case .items:
            guard let t = x.asObject as? PyTuple, t.items.count == 2 else { return false }
            guard let value = v.dict.storage[try hashKey(t.items[0])] else { return false }
            return try sameOrEqual(value, t.items[1])
        case .values:
            for value in v.dict.storage.values where try sameOrEqual(value, x) { return true }
            return false
        }
    }
}
