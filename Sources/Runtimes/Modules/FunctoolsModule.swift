import VM

/// `_functools`: the native half of functools (partial, reduce, wraps, cmp_to_key and the
/// lru_cache wrapper); the rest is Sources/Runtimes/Python/functools.py.
enum FunctoolsModule {
    static func make() -> PyModule {
        let m = PyModule(name: "_functools")
        m["partial"] = .object(partialType)
        m.def("reduce") { vm, a in
            try a.expect("reduce", 2, 3)
            let it = try vm.iterator(a[1])
            var acc: Value
            if a.count == 3 {
                acc = a[2]
            } else {
                guard let first = try vm.nextItem(it) else { throw vm.typeError("reduce() of empty iterable with no initial value") }
                acc = first
            }
            while let v = try vm.nextItem(it) { acc = try vm.call(a[0], [acc, v]) }
            return acc
        }
        m.def("wraps") { vm, a in
            try a.expect("wraps", 1)
            let wrapped = a[0]
            return .object(PyNativeFunction("wraps.<decorator>") { vm, b in
                try b.expect("wraps", 1)
                for name in ["__name__", "__qualname__", "__doc__", "__module__"] {
                    if let v = try vm.lookupAttribute(wrapped, name) { try? vm.setAttribute(b[0], name, v) }
                }
                try? vm.setAttribute(b[0], "__wrapped__", wrapped)
                return b[0]
            })
        }
        m["_lru_cache_wrapper"] = .object(makeLRUCache)
        m.def("cmp_to_key") { vm, a in
            try a.expect("cmp_to_key", 1)
            let cmp = a[0]
            return .object(PyNativeFunction("cmp_to_key.<key>") { vm, b in
                .object(CmpKey(cmp: cmp, value: b[0]))
            })
        }
        return m
    }

    nonisolated(unsafe) static let partialType: PyType = {
        let t = PyType(name: "partial", bases: [Builtins.objectType], layout: .native, isBuiltin: true, module: "functools")
        t.constructor = { vm, _, a in
            guard a.count >= 1 else { throw vm.typeError("type 'partial' takes at least one argument") }
            return .object(Partial(fn: a[0], args: Array(a.positional.dropFirst()), keywords: a.keywords))
        }
        t.dict["__call__"] = .object(PyNativeFunction("__call__") { vm, a in
            guard case .object(let o) = a[0], let p = o as? Partial else { return .none }
            var kw = p.keywords
            for (k, v) in a.keywords {
                if let i = kw.firstIndex(where: { $0.0 == k }) { kw[i].1 = v } else { kw.append((k, v)) }
            }
            return try vm.call(p.fn, p.args + a.positional.dropFirst(), keywords: kw)
        })
        t.dict["func"] = .object(PyNativeProperty(name: "func") { _, v in (v.asObject as? Partial)?.fn ?? .none })
        t.dict["args"] = .object(PyNativeProperty(name: "args") { _, v in .object(PyTuple((v.asObject as? Partial)?.args ?? [])) })
        t.dict["keywords"] = .object(PyNativeProperty(name: "keywords") { _, v in
            let d = PyDict()
            for (k, val) in (v.asObject as? Partial)?.keywords ?? [] { d[k] = val }
            return .object(d)
        })
        t.dict["__repr__"] = .object(PyNativeFunction("__repr__") { vm, a in
            guard let p = a[0].asObject as? Partial else { return .str("functools.partial()") }
            var parts = [try vm.repr(p.fn)]
            parts += try p.args.map { try vm.repr($0) }
            parts += try p.keywords.map { "\($0.0)=\(try vm.repr($0.1))" }
            return .str("functools.partial(\(parts.joined(separator: ", ")))")
        })
        return t
    }()

    final class Partial: PyObject {
        let fn: Value
        let args: [Value]
        let keywords: [(String, Value)]
        /// A partial has a `__dict__`, as in CPython (`basetwo.__doc__ = '...'`).
        private lazy var attributeDict = PyAttributeDict()
        override var attributes: PyAttributeDict? { attributeDict }
        init(fn: Value, args: [Value], keywords: [(String, Value)]) {
            self.fn = fn
            self.args = args
            self.keywords = keywords
            super.init(type: FunctoolsModule.partialType)
        }
    }

    nonisolated(unsafe) static let cmpKeyType: PyType = {
        let t = PyType(name: "functools.KeyWrapper", bases: [Builtins.objectType], layout: .native, isBuiltin: false, module: "functools")
        t.dict["__lt__"] = .object(PyNativeFunction("__lt__") { vm, a in
            guard let x = a[0].asObject as? CmpKey, let y = a[1].asObject as? CmpKey else { return .object(Builtins.notImplemented) }
            let r = try vm.call(x.cmp, [x.value, y.value])
            return .bool(try vm.ordered(.lt, r, .int(0)))
        })
        return t
    }()

    final class CmpKey: PyObject {
        let cmp: Value
        let value: Value
        init(cmp: Value, value: Value) {
            self.cmp = cmp
            self.value = value
            super.init(type: FunctoolsModule.cmpKeyType)
        }
    }
}

extension Value {
    var isCallable: Bool {
        guard case .object(let o) = self else { return false }
        return o is PyFunction || o is PyNativeFunction || o is PyBoundMethod || o is PyType || o.type.lookup("__call__") != nil
    }
}
