/// What an attribute instruction learned the last time it ran: for objects whose type is
/// `type`, while no class namespace has changed (`PyType.epoch`), what the type's MRO holds
/// under the instruction's name. With it, `self.x` and `obj.method(...)` skip the MRO walk
/// and the string hashing of a full lookup.
struct AttrCache {
    enum Kind: UInt8 {
        /// Nothing known: take the general path.
        case none
        /// Instance dict first, then `classAttr` (bound if it is a function), else the general path.
        case plain
        /// LOAD_METHOD: `classAttr` is a function to call with the receiver, unless the
        /// instance dict shadows it.
        case method
        /// The object is the class `type` itself (not an instance of it): `classAttr` is the
        /// plain value its MRO holds (`Point.scale`).
        case classValue
    }

    /// Compared by identity only; a freed type cannot match because creating a type bumps the epoch.
    unowned(unsafe) var type: PyType? = nil
    var epoch = -1
    var kind = Kind.none
    var classAttr: Value?
    /// Position of the name in the last instance dict (or, for LOAD_GLOBAL, the builtins slot).
    var hint = 0

    /// Entries per instruction: a call site that sees objects of up to this many classes
    /// (a loop over a base class and its subclasses) keeps hitting.
    static let ways = 4
}

extension VM {
    /// The entry for objects of type `t` at this instruction, or nil (then `slot` is the
    /// entry to fill: an empty or stale one, else the one after the last filled).
    @inline(__always)
    private func cacheEntry(_ ways: UnsafeMutablePointer<AttrCache>, _ t: PyType) -> UnsafeMutablePointer<AttrCache>? {
        let epoch = PyType.epoch
        for k in 0..<AttrCache.ways where ways[k].type === t && ways[k].epoch == epoch {
            return ways + k
        }
        return nil
    }

    private func cacheSlotToFill(_ ways: UnsafeMutablePointer<AttrCache>) -> UnsafeMutablePointer<AttrCache> {
        let epoch = PyType.epoch
        for k in 0..<AttrCache.ways where ways[k].type == nil || ways[k].epoch != epoch {
            return ways + k
        }
        // All in use: rotate (entry 0 moves out, the new one goes last).
        for k in 0..<(AttrCache.ways - 1) { ways[k] = ways[k + 1] }
        return ways + (AttrCache.ways - 1)
    }

    /// Learns how `name` resolves on objects of `o`'s type; `forMethod` classifies functions
    /// for LOAD_METHOD.
    private func fillCache(_ c: UnsafeMutablePointer<AttrCache>, _ o: PyObject, _ name: String, forMethod: Bool) {
        let t = o.type!
        c.pointee.type = t
        c.pointee.epoch = PyType.epoch
        c.pointee.classAttr = nil
        c.pointee.kind = .none
        if let cls = o as? PyType {
            // A class read through itself: cache plain values found on its MRO, keyed by the
            // class (descriptors, missing names and metaclass attributes take the general path).
            guard t === metatype else { return }
            c.pointee.type = cls
            for k in cls.mro {
                if let v = k.dict[name] {
                    if case .object(let vo) = v, vo is PyDescriptor { return }
                    if VM.userDescriptorGet(v) != nil { return }
                    c.pointee.classAttr = v
                    c.pointee.kind = .classValue
                    return
                }
            }
            return
        }
        if o is PyModule || o is PySuper { return }
        let attr = t.lookup(name)
        if let attr, case .object(let ao) = attr {
            if ao is PyNativeProperty { return }
            if VM.userDescriptorGet(attr) != nil || VM.isDataDescriptor(attr) { return }
            if let d = ao as? PyDescriptor, d.kind == .property { return }
            if forMethod, ao is PyFunction || (ao as? PyNativeFunction)?.receiver == nil && ao is PyNativeFunction {
                c.pointee.kind = .method
                c.pointee.classAttr = attr
                return
            }
        }
        c.pointee.classAttr = attr
        c.pointee.kind = .plain
    }

    /// LOAD_ATTR.
    @inline(__always)
    func loadAttr(_ obj: Value, _ code: Code, _ pc: Int, _ nameIndex: Int) throws -> Value {
        if case .object(let o) = obj {
            let ways = code.caches(at: pc)
            let t = o.type!
            if t === metatype {
                let cls = unsafeDowncast(o, to: PyType.self)
                if let c = cacheEntry(ways, cls) {
                    if c.pointee.kind == .classValue { return c.pointee.classAttr! }
                } else {
                    fillCache(cacheSlotToFill(ways), o, code.object.names[nameIndex], forMethod: false)
                }
            } else if let c = cacheEntry(ways, t) {
                if c.pointee.kind == .plain || c.pointee.kind == .method {
                    if let d = o.attributes, let v = d.value(id: code.nameIDs[nameIndex], hint: &c.pointee.hint) { return v }
                    if let a = c.pointee.classAttr { return bind(a, to: obj, type: t) }
                }
            } else {
                fillCache(cacheSlotToFill(ways), o, code.object.names[nameIndex], forMethod: false)
            }
        }
        return try getAttribute(obj, code.object.names[nameIndex])
    }

    /// LOAD_METHOD: the method and its receiver (nil when the first value is already callable as is).
    @inline(__always)
    func loadMethod(_ obj: Value, _ code: Code, _ pc: Int, _ nameIndex: Int) throws -> (Value, Value?) {
        if case .object(let o) = obj {
            let ways = code.caches(at: pc)
            let t = o.type!
            if t === metatype {
                // A class's own attribute (`Point.create(...)`): a plain value, no receiver.
                let cls = unsafeDowncast(o, to: PyType.self)
                if let c = cacheEntry(ways, cls) {
                    if c.pointee.kind == .classValue { return (c.pointee.classAttr!, nil) }
                } else {
                    fillCache(cacheSlotToFill(ways), o, code.object.names[nameIndex], forMethod: false)
                }
            } else if let c = cacheEntry(ways, t) {
                switch c.pointee.kind {
                case .method:
                    if let d = o.attributes, let v = d.value(id: code.nameIDs[nameIndex], hint: &c.pointee.hint) { return (v, nil) }
                    return (c.pointee.classAttr!, obj)
                case .plain:
                    if let d = o.attributes, let v = d.value(id: code.nameIDs[nameIndex], hint: &c.pointee.hint) { return (v, nil) }
                    if let a = c.pointee.classAttr { return (bind(a, to: obj, type: t), nil) }
                case .none, .classValue:
                    break
                }
            } else {
                fillCache(cacheSlotToFill(ways), o, code.object.names[nameIndex], forMethod: true)
            }
        }
        return try loadMethod(obj, code.object.names[nameIndex])
    }

    /// STORE_ATTR: straight into the instance dict when the type has no setter for the name.
    @inline(__always)
    func storeAttr(_ obj: Value, _ value: Value, _ code: Code, _ pc: Int, _ nameIndex: Int) throws {
        if case .object(let o) = obj, o.type !== metatype {
            let ways = code.caches(at: pc)
            let t = o.type!
            if let c = cacheEntry(ways, t) {
                if c.pointee.kind == .plain, let d = o.attributes {
                    d.store(id: code.nameIDs[nameIndex], name: code.object.names[nameIndex], value, hint: &c.pointee.hint)
                    return
                }
            } else {
                let name = code.object.names[nameIndex]
                let c = cacheSlotToFill(ways)
                fillCache(c, o, name, forMethod: false)
                // Objects with special attribute setters, or a user `__setattr__`, keep the general path.
                if (o is PyBaseException && ["__cause__", "__context__", "args"].contains(name))
                    || (o is PyFunction && ["__doc__", "__name__", "__qualname__"].contains(name))
                    || o.attributes == nil {
                    c.pointee.kind = .none
                } else if let setattr = t.lookup("__setattr__"), case .object(let so) = setattr, so is PyFunction {
                    c.pointee.kind = .none
                }
            }
        }
        try setAttribute(obj, code.object.names[nameIndex], value)
    }

    /// LOAD_GLOBAL of a name the module does not define: the builtins, by a remembered slot.
    @inline(__always)
    func loadBuiltin(_ code: Code, _ pc: Int, _ nameIndex: Int) -> Value? {
        let c = code.caches(at: pc)
        if c.pointee.kind == .none {
            c.pointee.hint = builtins.globals.slot(for: code.object.names[nameIndex])
            c.pointee.kind = .plain
        }
        return builtins.globals.values[c.pointee.hint]
    }
}
