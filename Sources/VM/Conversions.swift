import BigInt
import PyBase

/// `str()`, `repr()`, `ascii()` and `format()` with CPython's exact text.
extension VM {
    /// Re-raises a PyBase algorithm error as the Python exception it names.
    func pyBase<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as PyBaseError {
            let type: PyType
            switch e.kind {
            case .valueError: type = Builtins.valueError
            case .typeError: type = Builtins.typeError
            case .overflowError: type = Builtins.overflowError
            case .zeroDivisionError: type = Builtins.zeroDivisionError
            case .indexError: type = Builtins.indexError
            case .keyError: type = Builtins.keyError
            case .complexResult: type = Builtins.valueError
            case .memoryError: type = Builtins.memoryError
            }
            throw exception(type, e.kind == .complexResult ? "complex results are not supported" : e.message)
        }
    }

    public func str(_ v: Value) throws -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return FloatRepr.repr(d)
        case .object(let o):
            if let s = o as? PyStr, o.type.isBuiltin || VM.userMethod(o.type, "__str__") == nil { return s.value }
            if let b = o as? PyBigInt { return try pyBase { try IntText.decimal(b.value) } }
            if !o.type.isBuiltin || o is PyBaseException {
                if let m = o.type.lookup("__str__"), !(m.asObject is PyNativeFunction) {
                    let r = try call(bind(m, to: v, type: o.type), [])
                    guard let s = r.stringValue else { throw typeError("__str__ returned non-string (type \(r.typeName))") }
                    return s
                }
                if let e = o as? PyBaseException { return exceptionMessage(e) }
            }
            return try repr(v)
        }
    }

    public func repr(_ v: Value) throws -> String {
        switch v {
        case .none, .bool, .int, .float:
            return try str(v)
        case .object(let o):
            if let s = o as? PyStr, o.type.isBuiltin || VM.userMethod(o.type, "__repr__") == nil { return VM.quote(s.value) }
            if let b = o as? PyBigInt { return try pyBase { try IntText.decimal(b.value) } }
            if !o.type.isBuiltin, let m = o.type.lookup("__repr__"), !(m.asObject is PyNativeFunction) {
                let r = try call(bind(m, to: v, type: o.type), [])
                guard let s = r.stringValue else { throw typeError("__repr__ returned non-string (type \(r.typeName))") }
                return s
            }
            if let m = o.type.lookup("__repr__"), case .object(let mo) = m, let native = mo as? PyNativeFunction,
               mo !== Builtins.objectType.dict["__repr__"]?.asObject {
                var args = Arguments([v])
                if let s = try native.body(self, &args).stringValue { return s }
            }
            return try reprBuiltin(o)
        }
    }

    private func reprBuiltin(_ o: PyObject) throws -> String {
        try guardingRecursion(.repr) { try reprBuiltinUnguarded(o) }
    }

    private func reprBuiltinUnguarded(_ o: PyObject) throws -> String {
        if reprGuard.contains(ObjectIdentifier(o)) {
            if o is PyList { return "[...]" }
            if o is PyDict { return "{...}" }
            return "..."
        }
        reprGuard.insert(ObjectIdentifier(o))
        defer { reprGuard.remove(ObjectIdentifier(o)) }
        if let l = o as? PyList { return "[" + (try l.items.map(repr).joined(separator: ", ")) + "]" }
        if let t = o as? PyTuple {
            if t.items.count == 1 { return "(" + (try repr(t.items[0])) + ",)" }
            return "(" + (try t.items.map(repr).joined(separator: ", ")) + ")"
        }
        if let d = o as? PyDict {
            let body = try d.storage.map { "\(try repr($0.key.value)): \(try repr($0.value))" }.joined(separator: ", ")
            return "{" + body + "}"
        }
        if let s = o as? PySet {
            if s.items.isEmpty { return s.isFrozen ? "frozenset()" : "set()" }
            let inner = "{" + (try s.items.map { try repr($0.value) }.joined(separator: ", ")) + "}"
            return s.isFrozen ? "frozenset(\(inner))" : inner
        }
        if let dv = o as? DictView {
            let name = dv.kind == .keys ? "dict_keys" : dv.kind == .values ? "dict_values" : "dict_items"
            let items: [String]
            switch dv.kind {
            case .keys: items = try dv.dict.storage.keys.map { try repr($0.value) }
            case .values: items = try dv.dict.storage.values.map { try repr($0) }
            case .items: items = try dv.dict.storage.map { "(\(try repr($0.key.value)), \(try repr($0.value)))" }
            }
            return "\(name)([\(items.joined(separator: ", "))])"
        }
        if let r = o as? PyRange { return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))" }
        if let s = o as? PySlice { return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))" }
        if let t = o as? PyType {
            let module = t.module == "builtins" ? "" : "\(t.module)."
            return "<class '\(module)\(t.qualname)'>"
        }
        if let e = o as? PyBaseException {
            let args = try e.args.map(repr).joined(separator: ", ")
            return "\(e.type.name)(\(args))"
        }
        if let f = o as? PyFunction { return "<function \(f.qualname) at \(address(o))>" }
        if let n = o as? PyNativeFunction {
            if let r = n.receiver { return "<built-in method \(n.name) of \(r.typeName) object at \(address(o))>" }
            return "<built-in function \(n.name)>"
        }
        if let m = o as? PyBoundMethod {
            return "<bound method \(callableName(m.function)) of \(try repr(m.receiver))>"
        }
        if let m = o as? PyModule { return "<module '\(m.name)' (built-in)>" }
        if let g = o as? PyGenerator { return "<\(g.type.name) object \(g.qualname) at \(address(o))>" }
        if let b = o as? PyBytes { return VM.bytesRepr(b.bytes) }
        if o === Builtins.ellipsis { return "Ellipsis" }
        if o === Builtins.notImplemented { return "NotImplemented" }
        if let c = o as? PyCell { return "<cell at \(address(c))>" }
        let module = o.type.module == "builtins" ? "" : "\(o.type.module)."
        return "<\(module)\(o.type.qualname) object at \(address(o))>"
    }

    /// A stable stand-in for an object address: loopscope runs are deterministic, so objects
    /// are numbered in the order they are first shown.
    public func address(_ o: PyObject) -> String {
        let key = ObjectIdentifier(o)
        if let n = addresses[key] { return n }
        let n = "0x" + String(0x7f0000001000 + addresses.count * 0x30, radix: 16)
        addresses[key] = n
        retainedForAddress.append(o)
        return n
    }

    public func ascii(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            if scalar.value < 128 {
                out.unicodeScalars.append(scalar)
            } else if scalar.value <= 0xff {
                out += "\\x" + hex(scalar.value, 2)
            } else if scalar.value <= 0xffff {
                out += "\\u" + hex(scalar.value, 4)
            } else {
                out += "\\U" + hex(scalar.value, 8)
            }
        }
        return out
    }

    /// Python's `repr(str)`: single quotes unless the text has a single quote and no double.
    public static func quote(_ s: String) -> String {
        let useDouble = s.contains("'") && !s.contains("\"")
        let q: Character = useDouble ? "\"" : "'"
        var out = String(q)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar == q.unicodeScalars.first! {
                    out += "\\" + String(q)
                } else if scalar.value < 0x20 || scalar.value == 0x7f {
                    out += "\\x" + hex(scalar.value, 2)
                } else if scalar.value >= 0x80 && !isPrintable(scalar) {
                    out += scalar.value <= 0xff ? "\\x" + hex(scalar.value, 2)
                        : scalar.value <= 0xffff ? "\\u" + hex(scalar.value, 4) : "\\U" + hex(scalar.value, 8)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append(q)
        return out
    }

    static func bytesRepr(_ bytes: [UInt8]) -> String {
        let useDouble = bytes.contains(39) && !bytes.contains(34)
        var out = useDouble ? "b\"" : "b'"
        for b in bytes {
            switch b {
            case 92: out += "\\\\"
            case 10: out += "\\n"
            case 13: out += "\\r"
            case 9: out += "\\t"
            case 39 where !useDouble: out += "\\'"
            case 32..<127: out.unicodeScalars.append(Unicode.Scalar(b))
            default: out += "\\x" + hex(UInt32(b), 2)
            }
        }
        return out + (useDouble ? "\"" : "'")
    }

    private static func isPrintable(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return s == " "
        default:
            return true
        }
    }

    /// `format(value, spec)`.
    public func format(_ v: Value, spec: String) throws -> String {
        switch v {
        case .bool(let b) where spec.isEmpty: return b ? "True" : "False"
        case .int(let i):
            if spec.isEmpty { return String(i) }
            return try pyBase { try FormatSpec.parse(spec).format(int: i) }
        case .bool(let b):
            return try pyBase { try FormatSpec.parse(spec).format(int: b ? 1 : 0, typeName: "bool") }
        case .float(let d):
            return try pyBase { try FormatSpec.parse(spec).format(float: d) }
        case .none:
            if spec.isEmpty { return "None" }
        case .object(let o):
            if let s = o as? PyStr, o.type.isBuiltin || VM.userMethod(o.type, "__format__") == nil {
                if spec.isEmpty { return s.value }
                return try pyBase { try FormatSpec.parse(spec).format(string: s.value) }
            }
            if let b = o as? PyBigInt { return try pyBase { try FormatSpec.parse(spec).format(int: b.value) } }
            if !o.type.isBuiltin, let m = o.type.lookup("__format__"), !(m.asObject is PyNativeFunction) {
                let r = try call(bind(m, to: v, type: o.type), [.str(spec)])
                guard let s = r.stringValue else { throw typeError("__format__ must return a str, not \(r.typeName)") }
                return s
            }
            if spec.isEmpty { return try str(v) }
        }
        throw typeError("unsupported format string passed to \(v.typeName).__format__")
    }
}

func hex(_ v: UInt32, _ width: Int) -> String {
    let s = String(v, radix: 16)
    return String(repeating: "0", count: max(0, width - s.count)) + s
}

extension VM {
    /// `name` as a user subclass defines it in Python (nil when only a builtin provides it).
    static func userMethod(_ t: PyType, _ name: String) -> Value? {
        guard !t.isBuiltin, let m = t.lookup(name), !(m.asObject is PyNativeFunction) else { return nil }
        return m
    }
}
