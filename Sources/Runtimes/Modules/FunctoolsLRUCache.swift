import VM

/// `functools._lru_cache_wrapper`: the callable `lru_cache`/`cache` return. Results are kept
/// by argument value (positional arguments, then a marker and the keyword items, as CPython
/// builds its key), least recently used first; `maxsize` None never evicts, 0 never stores.
/// `cache_info()` builds the `CacheInfo` named tuple that functools.py passes in.
extension FunctoolsModule {
    final class LRUCache: PyObject {
        let function: Value
        let maxsize: Int?
        let typed: Bool
        let cacheInfoType: Value
        var entries = DictStorage()
        var hits = 0
        var misses = 0
        private lazy var attributeDict = PyAttributeDict()
        override var attributes: PyAttributeDict? { attributeDict }

        init(function: Value, maxsize: Int?, typed: Bool, cacheInfoType: Value) {
            self.function = function
            self.maxsize = maxsize
            self.typed = typed
            self.cacheInfoType = cacheInfoType
            super.init(type: FunctoolsModule.lruCacheType)
        }

        func call(_ vm: VM, _ args: ArraySlice<Value>, _ keywords: [(String, Value)]) throws -> Value {
            if maxsize == 0 {
                misses += 1
                return try vm.call(function, Array(args), keywords: keywords)
            }
            var parts = Array(args)
            if !keywords.isEmpty {
                parts.append(.object(FunctoolsModule.keywordMark))
                for (k, v) in keywords { parts += [.str(k), v] }
            }
            if typed { parts += args.map { .object($0.type) } }
            let key = try vm.hashKey(parts.count == 1 && !typed && keywords.isEmpty && isPlainKey(parts[0]) ? parts[0] : .object(PyTuple(parts)))
            if let v = entries[key] {
                hits += 1
                if maxsize != nil {
                    entries.removeValue(forKey: key)
                    entries[key] = v
                }
                return v
            }
            misses += 1
            let v = try vm.call(function, Array(args), keywords: keywords)
            entries[key] = v
            if let maxsize, entries.count > maxsize, let oldest = entries.makeIterator().next() {
                entries.removeValue(forKey: oldest.key)
            }
            return v
        }

        /// CPython uses a lone int or str argument itself as the key.
        private func isPlainKey(_ v: Value) -> Bool {
            if case .int = v { return true }
            return v.stringValue != nil
        }
    }

    /// `_lru_cache_wrapper(function, maxsize, typed, CacheInfo)`.
    nonisolated(unsafe) static let makeLRUCache = PyNativeFunction("_lru_cache_wrapper") { vm, a in
        try a.expect("_lru_cache_wrapper", 4)
        let maxsize: Int? = a[1].isNone ? nil : max(0, try vm.index(a[1]))
        return .object(LRUCache(function: a[0], maxsize: maxsize, typed: try vm.truthy(a[2]), cacheInfoType: a[3]))
    }

    nonisolated(unsafe) static let keywordMark = PyObject(type: Builtins.objectType)

    nonisolated(unsafe) static let lruCacheType: PyType = {
        let t = PyType(name: "_lru_cache_wrapper", bases: [Builtins.objectType], layout: .native, isBuiltin: false, module: "functools")
        func def(_ name: String, _ body: @escaping (VM, inout Arguments, LRUCache) throws -> Value) {
            t.dict[name] = .object(PyNativeFunction(name) { vm, a in
                guard let c = a.positional.first?.asObject as? LRUCache else {
                    throw vm.typeError("descriptor '\(name)' requires a 'functools._lru_cache_wrapper' object")
                }
                return try body(vm, &a, c)
            })
        }
        def("__call__") { vm, a, c in try c.call(vm, a.positional.dropFirst(), a.keywords) }
        def("cache_info") { vm, _, c in
            try vm.call(c.cacheInfoType, [.int(c.hits), .int(c.misses), c.maxsize.map { .int($0) } ?? .none, .int(c.entries.count)])
        }
        def("cache_clear") { _, _, c in
            c.entries = DictStorage()
            c.hits = 0
            c.misses = 0
            return .none
        }
        def("cache_parameters") { _, _, c in
            let d = PyDict()
            d["maxsize"] = c.maxsize.map { .int($0) } ?? .none
            d["typed"] = .bool(c.typed)
            return .object(d)
        }
        // A cached function stored on a class binds like a function.
        def("__get__") { _, a, c in
            guard a.count >= 2, !a[1].isNone else { return a[0] }
            return .object(PyBoundMethod(function: a[0], receiver: a[1]))
        }
        return t
    }()
}
