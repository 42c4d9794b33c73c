/// Attribute lookup with Python's rules: data descriptors on the type, then the instance
/// dict, then other class attributes (functions become bound methods), then `__getattr__`.
extension VM {
    public func getAttribute(_ obj: Value, _ name: String) throws -> Value {
        if let v = try lookupAttribute(obj, name) { return v }
        if case .object(let o) = obj, !(o is PyType), let ga = o.type.lookup("__getattr__") {
            return try call(ga, [obj, .str(name)])
        }
        throw missingAttribute(obj, name)
    }

    /// `getattr(obj, name, default)` style lookup: nil when missing (still raises other errors).
    public func lookupAttribute(_ obj: Value, _ name: String) throws -> Value? {
        let type = obj.type
        if case .object(let o) = obj {
            if let t = o as? PyType { return try typeAttribute(t, name) }
            if let s = o as? PySuper { return try s.lookup(self, name) }
            if let m = o as? PyModule {
                if let v = m.globals.get(name) { return v }
                if name == "__name__" { return .str(m.name) }
                if name == "__dict__" { return .object(moduleDict(m)) }
                return nil
            }
        }
        let attr = type.lookup(name)
        if let attr, case .object(let ao) = attr {
            if let p = ao as? PyNativeProperty { return try p.get(self, obj) }
            if let d = ao as? PyDescriptor, d.kind == .property { return try call(d.function, [obj]) }
        }
        let get = attr.flatMap(VM.userDescriptorGet)
        if let get, VM.isDataDescriptor(attr!) { return try descriptorGet(get, attr!, obj, type) }
        if case .object(let o) = obj, let dict = o.attributes, let v = dict[name] { return v }
        if let get { return try descriptorGet(get, attr!, obj, type) }
        if let attr { return bind(attr, to: obj, type: type) }
        return try specialAttribute(obj, name)
    }

    /// Binds a class attribute fetched through an instance.
    func bind(_ attr: Value, to obj: Value, type: PyType) -> Value {
        guard case .object(let ao) = attr else { return attr }
        if ao is PyFunction { return .object(PyBoundMethod(function: attr, receiver: obj)) }
        if let n = ao as? PyNativeFunction, n.receiver == nil { return .object(n.bound(to: obj)) }
        if let d = ao as? PyDescriptor {
            switch d.kind {
            case .staticMethod: return d.function
            case .classMethod: return .object(PyBoundMethod(function: d.function, receiver: .object(type)))
            case .property: return attr
            }
        }
        return attr
    }

    private func typeAttribute(_ t: PyType, _ name: String) throws -> Value? {
        for c in t.mro {
            if let v = c.dict[name] {
                if case .object(let o) = v, let d = o as? PyDescriptor {
                    switch d.kind {
                    case .staticMethod: return d.function
                    case .classMethod: return .object(PyBoundMethod(function: d.function, receiver: .object(t)))
                    case .property: return v
                    }
                }
                if let get = VM.userDescriptorGet(v) { return try descriptorGet(get, v, .none, t) }
                return v
            }
        }
        switch name {
        case "__name__": return .str(t.name)
        case "__qualname__": return .str(t.qualname)
        case "__module__": return .str(t.module)
        case "__mro__": return .object(PyTuple(t.mro.map { .object($0) }))
        case "__bases__": return .object(PyTuple(t.bases.map { .object($0) }))
        case "__base__": return t.bases.first.map { .object($0) } ?? Value.none
        case "__doc__": return Value.none
        case "__dict__":
            let d = PyDict()
            for k in t.dictOrder { if let v = t.dict[k] { d[k] = v } }
            return .object(d)
        default: break
        }
        // Methods of `type` itself (e.g. `mro`) and of a metaclass: looked up on the metatype last.
        if let v = t.type.lookup(name) {
            if case .object(let vo) = v, let d = vo as? PyDescriptor, d.kind == .property { return try call(d.function, [.object(t)]) }
            return bind(v, to: .object(t), type: t.type)
        }
        return nil
    }

    private func moduleDict(_ m: PyModule) -> PyDict {
        let d = PyDict()
        for (k, v) in m.globals.defined { d[k] = v }
        return d
    }

    /// Attributes every object of some kind has, computed rather than stored.
    private func specialAttribute(_ obj: Value, _ name: String) throws -> Value? {
        switch name {
        case "__class__": return .object(obj.type)
        case "__dict__":
            if case .object(let o) = obj, let attrs = o.attributes {
                let d = PyDict()
                for k in attrs.keys { d[k] = attrs[k] }
                return .object(d)
            }
        case "__name__", "__qualname__":
            if case .object(let o) = obj {
                if let f = o as? PyFunction { return .str(name == "__name__" ? f.name : f.qualname) }
                if let n = o as? PyNativeFunction { return .str(name == "__name__" ? n.name : n.qualname) }
                if let g = o as? PyGenerator { return .str(name == "__name__" ? g.name : g.qualname) }
                if let m = o as? PyBoundMethod { return try lookupAttribute(m.function, name) }
            }
        case "__doc__":
            if case .object(let o) = obj, let f = o as? PyFunction { return f.doc }
            if case .object(let o) = obj, o is PyNativeFunction || o is PyBaseException || o is PyGenerator { return Value.none }
        case "__module__":
            if case .object(let o) = obj, let f = o as? PyFunction { return f.globals.get("__name__") ?? .str("__main__") }
        case "__self__":
            if case .object(let o) = obj, let m = o as? PyBoundMethod { return m.receiver }
            if case .object(let o) = obj, let n = o as? PyNativeFunction, let r = n.receiver { return r }
        case "__func__":
            if case .object(let o) = obj, let m = o as? PyBoundMethod { return m.function }
            if case .object(let o) = obj, let d = o as? PyDescriptor, d.kind != .property { return d.function }
        case "__wrapped__", "__defaults__", "__code__", "__closure__", "__globals__", "__kwdefaults__", "__annotations__":
            if case .object(let o) = obj, let f = o as? PyFunction {
                if name == "__defaults__" { return f.defaults.isEmpty ? Value.none : .object(PyTuple(f.defaults)) }
                if name == "__annotations__" { return .object(PyDict()) }
                return nil
            }
        case "args":
            if case .object(let o) = obj, let e = o as? PyBaseException { return .object(PyTuple(e.args)) }
        case "__cause__":
            if case .object(let o) = obj, let e = o as? PyBaseException { return e.cause.map { .object($0) } ?? Value.none }
        case "__context__":
            if case .object(let o) = obj, let e = o as? PyBaseException { return e.context.map { .object($0) } ?? Value.none }
        case "__suppress_context__":
            if case .object(let o) = obj, let e = o as? PyBaseException { return .bool(e.suppressContext) }
        case "__traceback__":
            if case .object(let o) = obj, o is PyBaseException { return Value.none }
        case "value":
            if case .object(let o) = obj, let e = o as? PyBaseException, e.type.isSubtype(of: Builtins.stopIteration) { return e.value }
        case "errno", "strerror", "filename", "filename2":
            // OSError(errno, strerror[, filename[, winerror[, filename2]]]): with fewer than
            // two arguments every field is None, as in CPython.
            if case .object(let o) = obj, let e = o as? PyBaseException, e.type.isSubtype(of: Builtins.osError) {
                let a = e.args
                guard a.count >= 2 && a.count <= 5 else { return Value.none }
                switch name {
                case "errno": return a[0]
                case "strerror": return a[1]
                case "filename": return a.count > 2 ? a[2] : Value.none
                default: return a.count > 4 ? a[4] : Value.none
                }
            }
        case "code":
            if case .object(let o) = obj, let e = o as? PyBaseException, e.type.isSubtype(of: Builtins.systemExit) {
                return e.args.count == 1 ? e.args[0] : (e.args.isEmpty ? Value.none : .object(PyTuple(e.args)))
            }
        default:
            break
        }
        return nil
    }

    func missingAttribute(_ obj: Value, _ name: String) -> PyError {
        if case .object(let o) = obj {
            if let m = o as? PyModule { return attributeError("module '\(m.name)' has no attribute '\(name)'") }
            if let t = o as? PyType { return attributeError("type object '\(t.name)' has no attribute '\(name)'") }
        }
        return attributeError("'\(obj.typeName)' object has no attribute '\(name)'")
    }

    public func setAttribute(_ obj: Value, _ name: String, _ value: Value) throws {
        guard case .object(let o) = obj else {
            throw attributeError("'\(obj.typeName)' object has no attribute '\(name)'")
        }
        if let t = o as? PyType {
            if t.isBuiltin { throw typeError("cannot set '\(name)' attribute of immutable type '\(t.name)'") }
            if t.type !== metatype, let hook = t.type.lookup("__setattr__"), hook.asObject is PyFunction {
                try call(hook, [obj, .str(name), value])
                return
            }
            t.setClassAttribute(name, value)
            return
        }
        if let m = o as? PyModule {
            m.globals.set(name, value)
            return
        }
        if let attr = o.type.lookup(name), case .object(let ao) = attr {
            if let p = ao as? PyNativeProperty {
                guard let set = p.set else {
                    // CPython names the type that defines the descriptor.
                    let owner: PyType = o.type.mro.first { $0.dict[name] != nil } ?? o.type
                    throw attributeError("attribute '\(name)' of '\(owner.tpName)' objects is not writable")
                }
                try set(self, obj, value)
                return
            }
            if try descriptorSet(attr, obj, value) { return }
            if let d = ao as? PyDescriptor, d.kind == .property {
                guard let setter = d.setter else {
                    throw attributeError("property '\(name)' of '\(o.type.name)' object has no setter")
                }
                try call(setter, [obj, value])
                return
            }
        }
        if let e = o as? PyBaseException {
            switch name {
            case "__cause__":
                e.cause = value.asObject as? PyBaseException
                e.suppressContext = true
                return
            case "__context__":
                e.context = value.asObject as? PyBaseException
                return
            case "args":
                e.args = try collect(value)
                return
            default: break
            }
        }
        if let f = o as? PyFunction {
            switch name {
            case "__doc__": f.doc = value; return
            case "__name__": f.name = value.stringValue ?? f.name; return
            case "__qualname__": f.qualname = value.stringValue ?? f.qualname; return
            default: break
            }
        }
        if let setattr = o.type.lookup("__setattr__"), case .object(let so) = setattr, so is PyFunction {
            try call(setattr, [obj, .str(name), value])
            return
        }
        guard let dict = o.attributes else {
            if o.type.lookup(name) != nil {
                throw attributeError("'\(o.type.tpName)' object attribute '\(name)' is read-only")
            }
            throw attributeError("'\(o.type.tpName)' object has no attribute '\(name)'")
        }
        dict[name] = value
    }

    /// `object.__setattr__(self, name, value)`: stores without consulting user hooks.
    public func setInstanceAttribute(_ obj: Value, _ name: String, _ value: Value) throws {
        guard case .object(let o) = obj, let dict = o.attributes else {
            throw attributeError("'\(obj.typeName)' object has no attribute '\(name)'")
        }
        dict[name] = value
    }

    public func deleteAttribute(_ obj: Value, _ name: String) throws {
        guard case .object(let o) = obj else { throw missingAttribute(obj, name) }
        if let t = o as? PyType, !t.isBuiltin {
            if t.type !== metatype, let hook = t.type.lookup("__delattr__"), hook.asObject is PyFunction {
                try call(hook, [obj, .str(name)])
                return
            }
            guard t.dict.removeValue(forKey: name) != nil else { throw missingAttribute(obj, name) }
            t.dictOrder.removeAll { $0 == name }
            return
        }
        if let delattr = o.type.lookup("__delattr__"), case .object(let f) = delattr, f is PyFunction {
            try call(delattr, [obj, .str(name)])
            return
        }
        try deleteInstanceAttribute(obj, name)
    }

    /// `object.__delattr__(self, name)`: a descriptor's `__delete__`, a property's deleter or
    /// the instance dict, without user hooks.
    public func deleteInstanceAttribute(_ obj: Value, _ name: String) throws {
        guard case .object(let o) = obj else { throw missingAttribute(obj, name) }
        if let attr = o.type.lookup(name), try descriptorSet(attr, obj, nil) { return }
        if let attr = o.type.lookup(name), case .object(let ao) = attr, let d = ao as? PyDescriptor, d.kind == .property {
            guard let del = d.deleter else { throw attributeError("property '\(name)' of '\(o.type.name)' object has no deleter") }
            try call(del, [obj])
            return
        }
        guard let dict = o.attributes, dict[name] != nil else { throw missingAttribute(obj, name) }
        dict[name] = nil
    }

    /// LOAD_METHOD: a method found on the type comes back unbound with its receiver, which
    /// avoids creating a bound-method object per call.
    func loadMethod(_ obj: Value, _ name: String) throws -> (Value, Value?) {
        if case .object(let o) = obj, o is PyType || o is PyModule || o is PySuper {
            return (try getAttribute(obj, name), nil)
        }
        let type = obj.type
        if let attr = type.lookup(name), case .object(let ao) = attr {
            if ao is PyFunction || (ao is PyNativeFunction && (ao as! PyNativeFunction).receiver == nil) {
                if case .object(let o) = obj, let dict = o.attributes, let own = dict[name] { return (own, nil) }
                return (attr, obj)
            }
        }
        return (try getAttribute(obj, name), nil)
    }

    /// A special method looked up on the type and bound (the `with` protocol).
    func loadSpecial(_ obj: Value, _ name: String) throws -> Value {
        guard let attr = obj.type.lookup(name) else {
            let proto = name.hasPrefix("__a") ? "asynchronous context manager" : "context manager"
            let extra = (name == "__exit__" || name == "__aexit__") && obj.type.lookup(name == "__exit__" ? "__enter__" : "__aenter__") != nil
                ? " (missed \(name) method)" : ""
            throw typeError("'\(obj.typeName)' object does not support the \(proto) protocol\(extra)")
        }
        return bind(attr, to: obj, type: obj.type)
    }
}
