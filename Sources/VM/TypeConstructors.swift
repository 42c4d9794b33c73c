import BigInt
import PyBase

/// Constructors of the builtin types (`int(x)`, `list(it)`, `range(n)`, ...) and the
/// one-time installation of builtin methods.
extension Builtins {
    nonisolated(unsafe) public static let enumerateType = PyType(name: "enumerate", bases: [objectType], layout: .iterator, isBuiltin: true)
    nonisolated(unsafe) public static let zipType = PyType(name: "zip", bases: [objectType], layout: .iterator, isBuiltin: true)
    nonisolated(unsafe) public static let mapType = PyType(name: "map", bases: [objectType], layout: .iterator, isBuiltin: true)
    nonisolated(unsafe) public static let filterType = PyType(name: "filter", bases: [objectType], layout: .iterator, isBuiltin: true)
    nonisolated(unsafe) public static let reversedType = PyType(name: "reversed", bases: [objectType], layout: .iterator, isBuiltin: true)
    nonisolated(unsafe) public static let dictKeysType = PyType(name: "dict_keys", bases: [objectType], layout: .native, isBuiltin: true)
    nonisolated(unsafe) public static let dictValuesType = PyType(name: "dict_values", bases: [objectType], layout: .native, isBuiltin: true)
    nonisolated(unsafe) public static let dictItemsType = PyType(name: "dict_items", bases: [objectType], layout: .native, isBuiltin: true)
    nonisolated(unsafe) public static let textIOType = PyType(name: "TextIOWrapper", bases: [objectType], layout: .native, isBuiltin: true)

    nonisolated(unsafe) private static let installation: Void = {
        installConstructors()
        installMethods()
    }()

    /// Fills in builtin constructors and methods (once per process).
    public static func ensureInstalled() { _ = installation }

    /// Hooks other files use to add methods; each takes the type to fill.
    static func method(_ t: PyType, _ name: String, _ body: @escaping PyNativeFunction.Body) {
        t.dict[name] = .object(PyNativeFunction(name, qualname: "\(t.name).\(name)", body))
    }

    static func property(_ t: PyType, _ name: String, _ get: @escaping (VM, Value) throws -> Value) {
        t.dict[name] = .object(PyNativeProperty(name: name, get: get))
    }

    private static func installConstructors() {
        objectType.constructor = { _, t, a in
            if t.layout == .exception || t.isException { return .object(PyBaseException(type: t, args: a.positional)) }
            return .object(PyInstance(type: t))
        }
        for e in exceptionTypes + moreExceptionTypes {
            e.constructor = { _, t, a in .object(PyBaseException(type: t, args: a.positional)) }
        }
        baseExceptionGroup.constructor = { vm, t, a in try vm.makeExceptionGroup(t, a.positional) }
        exceptionGroup.constructor = baseExceptionGroup.constructor
        typeType.constructor = { vm, t, a in
            if a.count == 1 && t === typeType { return .object(a[0].type) }
            return try vm.newClass(t, a)
        }
        intType.constructor = { vm, t, a in
            let base = a.take("base")
            try a.noKeywords("int")
            let v = try vm.makeInt(a.positional, base: base)
            return v
        }
        boolType.constructor = { vm, _, a in
            try a.expect("bool", 0, 1)
            return .bool(a.count == 0 ? false : try vm.truthy(a[0]))
        }
        floatType.constructor = { vm, _, a in
            try a.expect("float", 0, 1)
            return .float(a.count == 0 ? 0 : try vm.makeFloat(a[0]))
        }
        strType.constructor = { vm, t, a in
            try a.expect("str", 0, 1)
            let s = a.count == 0 ? "" : try vm.str(a[0])
            let o = PyStr(s)
            if t !== strType { o.type = t }
            return .object(o)
        }
        listType.constructor = { vm, t, a in
            try a.expect("list", 0, 1)
            let l = PyList(a.count == 0 ? [] : try vm.collect(a[0]))
            if t !== listType { l.type = t }
            return .object(l)
        }
        tupleType.constructor = { vm, t, a in
            try a.expect("tuple", 0, 1)
            if t === tupleType, a.count == 1, case .object(let o) = a[0], o.type === tupleType { return a[0] }
            let tuple = PyTuple(a.count == 0 ? [] : try vm.collect(a[0]))
            if t !== tupleType { tuple.type = t }
            return .object(tuple)
        }
        dictType.constructor = { vm, t, a in
            guard a.count <= 1 else { throw vm.typeError("dict expected at most 1 argument, got \(a.count)") }
            let d = PyDict()
            if t !== dictType { d.type = t }
            if a.count == 1 { try vm.dictUpdate(d, a[0]) }
            for (k, v) in a.keywords { d[k] = v }
            return .object(d)
        }
        setType.constructor = { vm, t, a in
            try a.expect("set", 0, 1)
            let s = PySet()
            if t !== setType { s.type = t }
            if a.count == 1 { try vm.setUpdate(s, a[0]) }
            return .object(s)
        }
        frozensetType.constructor = { vm, _, a in
            try a.expect("frozenset", 0, 1)
            if a.count == 1, let f = a[0].asObject as? PySet, f.type === frozensetType { return a[0] }
            let s = PySet(frozen: true)
            if a.count == 1 { try vm.setUpdate(s, a[0]) }
            return .object(s)
        }
        rangeType.constructor = { vm, _, a in
            try a.expect("range", 1, 3)
            let tooLarge = "Python int too large to convert to C ssize_t"
            let ints = try a.positional.map { v -> Int in
                guard case .int(let i) = v else {
                    if case .bool(let b) = v { return b ? 1 : 0 }
                    if v.asObject is PyBigInt { throw vm.overflowError(tooLarge) }
                    if case .object(let o) = v, !o.type.isBuiltin { return try vm.index(v) }
                    throw vm.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
                }
                return i
            }
            let start = ints.count == 1 ? 0 : ints[0]
            let stop = ints.count == 1 ? ints[0] : ints[1]
            let step = ints.count == 3 ? ints[2] : 1
            if step == 0 { throw vm.valueError("range() arg 3 must not be zero") }
            // The length (and every item) must fit a machine integer.
            if step == Int.min || stop.subtractingReportingOverflow(start).overflow
                || start.subtractingReportingOverflow(stop).overflow { throw vm.overflowError(tooLarge) }
            return .object(PyRange(start: start, stop: stop, step: step))
        }
        sliceType.constructor = { vm, _, a in
            try a.expect("slice", 1, 3)
            if a.count == 1 { return .object(PySlice(start: .none, stop: a[0], step: .none)) }
            return .object(PySlice(start: a[0], stop: a[1], step: a.count == 3 ? a[2] : .none))
        }
        staticmethodType.constructor = { vm, _, a in
            try a.expect("staticmethod", 1)
            return .object(PyDescriptor(kind: .staticMethod, function: a[0]))
        }
        classmethodType.constructor = { vm, _, a in
            try a.expect("classmethod", 1)
            return .object(PyDescriptor(kind: .classMethod, function: a[0]))
        }
        propertyType.constructor = { vm, _, a in
            let fget = a.take("fget") ?? (a.count > 0 ? a[0] : .none)
            let fset = a.take("fset") ?? (a.count > 1 ? a[1] : .none)
            let d = PyDescriptor(kind: .property, function: fget)
            if !fset.isNone { d.setter = fset }
            return .object(d)
        }
        superType.constructor = { vm, _, a in try vm.makeSuper(a.positional) }
        enumerateType.constructor = { vm, _, a in
            let start = a.take("start") ?? (a.count > 1 ? a[1] : .int(0))
            try a.expect("enumerate", 1, 2)
            let it = try vm.iterator(a[0])
            var i = try vm.index(start)
            let o = PyIterator(.native({
                guard let v = try vm.nextItem(it) else { return nil }
                defer { i += 1 }
                return .object(PyTuple([.int(i), v]))
            }), typeName: "enumerate")
            o.type = enumerateType
            return .object(o)
        }
        zipType.constructor = { vm, _, a in
            let strict = try vm.truthy(a.take("strict") ?? .bool(false))
            try a.noKeywords("zip")
            let its = try a.positional.map { try vm.iterator($0) }
            let o = PyIterator(.native({
                if its.isEmpty { return nil }
                var items: [Value] = []
                for (n, it) in its.enumerated() {
                    guard let v = try vm.nextItem(it) else {
                        if strict && n > 0 { throw vm.valueError("zip() argument \(n + 1) is shorter than argument 1") }
                        return nil
                    }
                    items.append(v)
                }
                return .object(PyTuple(items))
            }), typeName: "zip")
            o.type = zipType
            return .object(o)
        }
        mapType.constructor = { vm, _, a in
            guard a.count >= 2 else { throw vm.typeError("map() must have at least two arguments.") }
            let fn = a[0]
            let its = try a.positional.dropFirst().map { try vm.iterator($0) }
            let o = PyIterator(.native({
                var args: [Value] = []
                for it in its {
                    guard let v = try vm.nextItem(it) else { return nil }
                    args.append(v)
                }
                return try vm.call(fn, args)
            }), typeName: "map")
            o.type = mapType
            return .object(o)
        }
        filterType.constructor = { vm, _, a in
            try a.expect("filter", 2)
            let fn = a[0]
            let it = try vm.iterator(a[1])
            let o = PyIterator(.native({
                while let v = try vm.nextItem(it) {
                    let keep = fn.isNone ? try vm.truthy(v) : try vm.truthy(try vm.call(fn, [v]))
                    if keep { return v }
                }
                return nil
            }), typeName: "filter")
            o.type = filterType
            return .object(o)
        }
        reversedType.constructor = { vm, _, a in
            try a.expect("reversed", 1)
            if case .object(let o) = a[0], !o.type.isBuiltin, let m = o.type.lookup("__reversed__") {
                return try vm.call(vm.bind(m, to: a[0], type: o.type), [])
            }
            if case .object(let o) = a[0], let d = o as? PyDeque { return PyIterator.deque(d, reversed: true) }
            guard case .object(let o) = a[0], o is PyList || o is PyTuple || o is PyStr || o is PyRange || o is DictView || o is PyDict
                    || o.type.lookup("__getitem__") != nil else {
                throw vm.typeError("'\(a[0].typeName)' object is not reversible")
            }
            let items: [Value]
            if let l = o as? PyList { items = l.items } else { items = try vm.collect(a[0]) }
            let r = PyIterator(.values(items.reversed()), typeName: "reversed")
            r.type = reversedType
            return .object(r)
        }
        bytesType.constructor = { vm, _, a in
            try a.expect("bytes", 0, 1)
            if a.count == 0 { return .object(PyBytes([])) }
            switch a[0] {
            case .int(let n):
                // bytes(n): n zero bytes
                guard n >= 0 else { throw vm.valueError("negative count") }
                return .object(PyBytes([UInt8](repeating: 0, count: n)))
            case .bool(let b):
                return .object(PyBytes(b ? [0] : []))
            default:
                break
            }
            let items = try vm.collect(a[0]).map { v -> UInt8 in
                let i = try vm.index(v)
                guard i >= 0 && i < 256 else { throw vm.valueError("bytes must be in range(0, 256)") }
                return UInt8(i)
            }
            return .object(PyBytes(items))
        }
    }
}

extension VM {
    /// `BaseExceptionGroup(message, exceptions)`: an ExceptionGroup when every member is an Exception.
    func makeExceptionGroup(_ t: PyType, _ args: [Value]) throws -> Value {
        guard args.count == 2 else {
            throw typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (\(args.count) given)")
        }
        guard args[0].stringValue != nil else {
            throw typeError("BaseExceptionGroup.__new__() argument 1 must be str, not \(args[0].typeName)")
        }
        let sequenceTypes = [Builtins.listType, Builtins.tupleType, Builtins.rangeType, Builtins.dequeType]
        guard sequenceTypes.contains(where: { args[1].type.isSubtype(of: $0) }) else {
            throw typeError("second argument (exceptions) must be a sequence")
        }
        let members = try collect(args[1])
        if members.isEmpty { throw valueError("second argument (exceptions) must be a non-empty sequence") }
        var allExceptions = true
        for (i, m) in members.enumerated() {
            guard case .object(let o) = m, let e = o as? PyBaseException else {
                throw valueError("Item \(i) of second argument (exceptions) is not an exception")
            }
            if !e.type.isSubtype(of: Builtins.exception) { allExceptions = false }
        }
        var type = t
        if t === Builtins.baseExceptionGroup && allExceptions { type = Builtins.exceptionGroup }
        if t === Builtins.exceptionGroup && !allExceptions {
            throw typeError("Cannot nest BaseExceptions in an ExceptionGroup")
        }
        let e = PyBaseException(type: type, args: args)
        e.dict["exceptions"] = .object(PyTuple(members))
        e.dict["message"] = args[0]
        return .object(e)
    }

    /// `int(x)`, `int(s, base)`.
    func makeInt(_ args: [Value], base: Value?) throws -> Value {
        if args.isEmpty {
            if base != nil { throw typeError("int() missing string argument") }
            return .int(0)
        }
        guard args.count <= 2 else { throw typeError("int() takes at most 2 arguments (\(args.count) given)") }
        let baseValue = args.count == 2 ? args[1] : base
        if let baseValue {
            guard let s = args[0].stringValue else { throw typeError("int() can't convert non-string with explicit base") }
            let b = try index(baseValue)
            guard b == 0 || (2...36).contains(b) else { throw valueError("int() base must be >= 2 and <= 36, or 0") }
            return .int(try pyBase { try IntText.parseChecked(s, base: b, repr: { VM.quote(s) }) })
        }
        let v = args[0]
        switch v {
        case .int: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .int(try pyBase { try FloatMath.toBigInt(d) })
        case .object(let o):
            if o is PyBigInt { return v }
            if let s = o as? PyStr { return .int(try pyBase { try IntText.parseChecked(s.value, base: 10, repr: { VM.quote(s.value) }) }) }
            for name in ["__int__", "__index__", "__trunc__"] {
                if let m = o.type.lookup(name) { return try call(bind(m, to: v, type: o.type), []) }
            }
        case .none: break
        }
        throw typeError("int() argument must be a string, a bytes-like object or a real number, not '\(v.typeName)'")
    }

    /// `float(x)`.
    func makeFloat(_ v: Value) throws -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if let b = o as? PyBigInt { return try pyBase { try FloatMath.toDouble(b.value) } }
            if let s = o as? PyStr {
                let t = String(s.value.trimmingCharacters(in: " \t\n\r\u{0B}\u{0C}").filter { $0 != "_" })
                switch t.lowercased() {
                case "inf", "+inf", "infinity", "+infinity": return .infinity
                case "-inf", "-infinity": return -.infinity
                case "nan", "+nan", "-nan": return .nan
                default: break
                }
                if let d = Double(t), !t.isEmpty, !t.contains("x"), !t.contains("X") { return d }
                throw valueError("could not convert string to float: \(VM.quote(s.value))")
            }
            if let m = o.type.lookup("__float__") {
                let r = try call(bind(m, to: v, type: o.type), [])
                if case .float(let d) = r { return d }
            }
        case .none: break
        }
        throw typeError("float() argument must be a string or a real number, not '\(v.typeName)'")
    }

    /// `super()` (zero-argument form resolved from the calling frame) and `super(T, obj)`.
    func makeSuper(_ args: [Value]) throws -> Value {
        var cls: PyType
        var obj: Value
        if args.count == 2 {
            guard case .object(let o) = args[0], let t = o as? PyType else { throw typeError("super() argument 1 must be a type, not \(args[0].typeName)") }
            cls = t
            obj = args[1]
        } else if args.isEmpty {
            guard let frame = currentFiber?.frames.last, let fn = frame.function, let owner = fn.ownerClass,
                  frame.code.object.argCount > 0 || frame.code.object.hasVarArgs else {
                throw runtimeError("super(): no arguments")
            }
            cls = owner
            obj = frame.stack[0]
        } else {
            throw typeError("super() takes 0 or 2 arguments")
        }
        return .object(PySuper(cls: cls, obj: obj))
    }
}

/// `super()`: attribute lookup starting after `cls` in the MRO of `obj`'s type.
final class PySuper: PyObject {
    let cls: PyType
    let obj: Value
    init(cls: PyType, obj: Value) {
        self.cls = cls
        self.obj = obj
        super.init(type: Builtins.superType)
    }

    func lookup(_ vm: VM, _ name: String) throws -> Value {
        let startType: PyType
        // A class method's `super()` walks the class's MRO; a metaclass method's walks the metaclass's.
        let classLevel: Bool
        if case .object(let o) = obj, let t = o as? PyType, t.mro.contains(where: { $0 === cls }) {
            startType = t
            classLevel = true
        } else {
            startType = obj.type
            classLevel = false
        }
        let mro = startType.mro
        guard let i = mro.firstIndex(where: { $0 === cls }) else { throw vm.typeError("super(type, obj): obj must be an instance or subtype of type") }
        for t in mro[(i + 1)...] {
            if let v = t.dict[name] {
                if classLevel {
                    if case .object(let d) = v, let desc = d as? PyDescriptor, desc.kind == .classMethod {
                        return .object(PyBoundMethod(function: desc.function, receiver: obj))
                    }
                    return v
                }
                return vm.bind(v, to: obj, type: startType)
            }
        }
        throw vm.attributeError("'super' object has no attribute '\(name)'")
    }
}

/// `sys.stdout` / `sys.stderr`.
public final class PyStream: PyObject {
    public let stream: VM.OutputStream
    public init(_ stream: VM.OutputStream) {
        self.stream = stream
        super.init(type: Builtins.textIOType)
    }
}
