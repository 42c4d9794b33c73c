/// Creating classes: the metaclass (explicit `metaclass=` or the most derived metatype of
/// the bases), the class object itself, then `__set_name__` on the namespace's values and
/// the parent's `__init_subclass__` with the class keywords, as CPython's `type.__new__`.
extension VM {
    /// A finished class body becomes a class; a user metaclass is called like CPython calls it.
    func createClass(name: String, bases: [Value], namespace: PyDict, module: String,
                     keywords: [(String, Value)]) throws -> Value {
        let bases = try resolveBases(bases, namespace: namespace)
        var keywords = keywords
        let meta = try metaclass(bases, &keywords)
        if meta === metatype {
            let cls = try buildClass(name: name, bases: bases, namespace: namespace, module: module)
            try finishClass(cls, namespace: namespace, keywords: keywords)
            return .object(cls)
        }
        return try call(.object(meta), [.str(name), .object(PyTuple(bases)), .object(namespace)], keywords: keywords)
    }

    /// The explicit `metaclass=` (taken out of the keywords) or the most derived metatype of
    /// the bases.
    private func metaclass(_ bases: [Value], _ keywords: inout [(String, Value)]) throws -> PyType {
        var meta = metatype
        if let i = keywords.firstIndex(where: { $0.0 == "metaclass" }) {
            guard case .object(let o) = keywords[i].1, let t = o as? PyType else {
                throw typeError("metaclass must be a type")
            }
            meta = t
            keywords.remove(at: i)
        }
        for case .object(let o) in bases {
            guard let b = o as? PyType else { continue }
            let bt: PyType = b.type
            if bt.isSubtype(of: meta) {
                meta = bt
            } else if !meta.isSubtype(of: bt) {
                throw typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
            }
        }
        return meta
    }

    /// The namespace a class body runs in: a fresh dict, or what the metaclass's
    /// `__prepare__(name, bases, **keywords)` returns (which must be a dict).
    func classNamespace(name: String, bases: [Value], keywords: [(String, Value)]) throws -> PyDict {
        var keywords = keywords
        let meta = try metaclass(bases.filter { $0.asObject is PyType }, &keywords)
        guard meta !== metatype, meta.lookup("__prepare__") != nil else { return PyDict() }
        let prepare = try getAttribute(.object(meta), "__prepare__")
        let ns = try call(prepare, [.str(name), .object(PyTuple(bases))], keywords: keywords)
        guard case .object(let o) = ns, let d = o as? PyDict else {
            throw typeError("\(meta.name).__prepare__() must return a mapping, not \(ns.typeName)")
        }
        return d
    }

    /// STORE_NAME in a class body: a prepared namespace's own `__setitem__` sees every name.
    func storeClassName(_ ns: PyDict, _ name: String, _ value: Value) throws {
        if !ns.type.isBuiltin, let set = ns.type.lookup("__setitem__"), set.asObject is PyFunction {
            try call(set, [.object(ns), .str(name), value])
        } else {
            ns[name] = value
        }
    }

    /// A base that is not a class but has `__mro_entries__` (`Generic[T]`, `NamedTuple`) is
    /// replaced by what that returns; the original bases are kept as `__orig_bases__`.
    private func resolveBases(_ bases: [Value], namespace: PyDict) throws -> [Value] {
        var resolved: [Value] = []
        var changed = false
        for b in bases {
            if case .object(let o) = b, !(o is PyType), let entries = try lookupAttribute(b, "__mro_entries__") {
                resolved += try collect(try call(entries, [.object(PyTuple(bases))]))
                changed = true
            } else {
                resolved.append(b)
            }
        }
        if changed { namespace["__orig_bases__"] = .object(PyTuple(bases)) }
        return resolved
    }

    /// Creates a class object from a namespace, an instance of `metatype` (default `type`).
    func buildClass(name: String, bases: [Value], namespace: PyDict, module: String, metatype: PyType? = nil) throws -> PyType {
        var baseTypes: [PyType] = []
        for b in bases {
            guard case .object(let o) = b, let t = o as? PyType else {
                throw typeError("bases must be types")
            }
            if t.isFinal { throw typeError("type '\(t.name)' is not an acceptable base type") }
            baseTypes.append(t)
        }
        if baseTypes.isEmpty { baseTypes = [Builtins.objectType] }
        let solid = baseTypes[0].solidBase
        let layout: PyType.Layout = solid.isException ? .exception : (solid === Builtins.objectType ? .instance : solid.layout)
        let cls = PyType(name: name, bases: baseTypes, layout: layout, isBuiltin: false, module: module,
                         metatype: metatype ?? self.metatype)
        for (k, v) in namespace.storage {
            // `__qualname__` lives in the class object itself, not in its namespace.
            guard let key = k.value.stringValue, key != "__qualname__" else { continue }
            if key == "__init_subclass__" || key == "__class_getitem__", case .object(let fo) = v, fo is PyFunction {
                // Implicit classmethods, as type.__new__ makes them.
                cls.setAttribute(key, .object(PyDescriptor(kind: .classMethod, function: v)))
                (fo as! PyFunction).ownerClass = cls
                continue
            }
            cls.setAttribute(key, v)
            if case .object(let o) = v {
                if let f = o as? PyFunction { f.ownerClass = cls }
                if let d = o as? PyDescriptor, case .object(let fo) = d.function, let f = fo as? PyFunction { f.ownerClass = cls }
            }
        }
        // A class's docstring is its own: None when its body has none (not inherited).
        if cls.dict["__doc__"] == nil { cls.setAttribute("__doc__", .none) }
        if let q = namespace["__qualname__"]?.stringValue { cls.qualname = q }
        if let m = namespace["__module__"]?.stringValue { cls.module = m }
        return cls
    }

    /// `__set_name__(owner, name)` on each namespace value that defines it, then the nearest
    /// base's `__init_subclass__(**keywords)` (an implicit classmethod).
    func finishClass(_ cls: PyType, namespace: PyDict, keywords: [(String, Value)]) throws {
        for (k, v) in namespace.storage {
            guard case .object(let o) = v, !o.type.isBuiltin, !(o is PyType), let setName = o.type.lookup("__set_name__") else { continue }
            try call(setName, [v, .object(cls), k.value])
        }
        for base in cls.mro.dropFirst() {
            guard let hook = base.dict["__init_subclass__"] else { continue }
            var fn = hook
            if case .object(let o) = hook, let d = o as? PyDescriptor, d.kind == .classMethod { fn = d.function }
            try call(fn, [.object(cls)], keywords: keywords)
            return
        }
    }

    /// `type.__new__(metaclass, name, bases, namespace, **keywords)` and `type(name, bases, namespace)`.
    func newClass(_ meta: PyType, _ a: Arguments) throws -> Value {
        guard a.count == 3, let name = a[0].stringValue, case .object(let bo) = a[1], let bases = bo as? PyTuple,
              case .object(let no) = a[2], let ns = no as? PyDict else {
            throw typeError("type() takes 1 or 3 arguments")
        }
        let module = ns["__module__"]?.stringValue ?? "__main__"
        let cls = try buildClass(name: name, bases: bases.items, namespace: ns, module: module, metatype: meta)
        try finishClass(cls, namespace: ns, keywords: a.keywords)
        return .object(cls)
    }
}

extension PyType {
    /// `Cls.name = value`: the namespace, plus the fields `__qualname__`/`__module__` mirror.
    func setClassAttribute(_ name: String, _ value: Value) {
        if name == "__qualname__", let q = value.stringValue {
            qualname = q
            return
        }
        if name == "__module__", let m = value.stringValue { module = m }
        setAttribute(name, value)
    }
}

extension Builtins {
    static func installTypeMethods() {
        method(typeType, "__new__") { vm, a in
            guard a.count >= 1, case .object(let o) = a[0], let meta = o as? PyType, meta.isSubtype(of: typeType) else {
                throw vm.typeError("type.__new__(X): X is not a type object")
            }
            return try vm.newClass(meta, Arguments(Array(a.positional.dropFirst()), keywords: a.keywords))
        }
        method(typeType, "__call__") { vm, a in
            guard a.count >= 1, case .object(let o) = a[0], let t = o as? PyType, let fiber = vm.currentFiber else {
                throw vm.typeError("descriptor '__call__' requires a 'type' object")
            }
            return try vm.instantiate(t, Array(a.positional.dropFirst()), a.keywords, mode: .native, fiber: fiber) ?? .none
        }
        method(typeType, "__init__") { _, _ in .none }
        // What a metaclass's `super().__setattr__`/`__delattr__` reach: the class namespace itself.
        method(typeType, "__setattr__") { vm, a in
            try a.expect("__setattr__", 3)
            guard case .object(let o) = a[0], let t = o as? PyType, !t.isBuiltin else {
                throw vm.typeError("can't apply this __setattr__ to \(a[0].typeName) object")
            }
            t.setClassAttribute(try vm.string(a[1], "attribute name"), a[2])
            return .none
        }
        method(typeType, "__delattr__") { vm, a in
            try a.expect("__delattr__", 2)
            guard case .object(let o) = a[0], let t = o as? PyType, !t.isBuiltin else {
                throw vm.typeError("can't apply this __delattr__ to \(a[0].typeName) object")
            }
            let name = try vm.string(a[1], "attribute name")
            guard t.dict.removeValue(forKey: name) != nil else { throw vm.missingAttribute(a[0], name) }
            t.dictOrder.removeAll { $0 == name }
            return .none
        }
        // An implicit classmethod; `super().__init_subclass__()` reaches it unbound.
        method(objectType, "__init_subclass__") { vm, a in
            if !a.keywords.isEmpty {
                let name = (a.positional.first?.asObject as? PyType).map { "\($0.name)." } ?? ""
                throw vm.typeError("\(name)__init_subclass__() takes no keyword arguments")
            }
            return .none
        }
    }
}
