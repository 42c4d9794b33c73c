import BigInt
import Language

/// Binary, unary and comparison operators for builtin types, with user-class dunder
/// methods (`__add__`/`__radd__`, `__eq__`, `__lt__`, ...) as the fallback.
extension VM {
    static let dunder: [BinaryOp: (String, String)] = [
        .add: ("__add__", "__radd__"), .sub: ("__sub__", "__rsub__"), .mul: ("__mul__", "__rmul__"),
        .matMul: ("__matmul__", "__rmatmul__"), .div: ("__truediv__", "__rtruediv__"),
        .floorDiv: ("__floordiv__", "__rfloordiv__"), .mod: ("__mod__", "__rmod__"), .pow: ("__pow__", "__rpow__"),
        .lshift: ("__lshift__", "__rlshift__"), .rshift: ("__rshift__", "__rrshift__"),
        .bitOr: ("__or__", "__ror__"), .bitXor: ("__xor__", "__rxor__"), .bitAnd: ("__and__", "__rand__"),
    ]

    public func binaryOp(_ op: BinaryOp, _ l: Value, _ r: Value) throws -> Value {
        if case .bool(let x) = l, case .bool(let y) = r {
            switch op {
            case .bitAnd: return .bool(x && y)
            case .bitOr: return .bool(x || y)
            case .bitXor: return .bool(x != y)
            default: break
            }
        }
        if let a = Num(l), let b = Num(r) {
            if let v = try arithmetic(op, a, b) { return v }
        }
        if let v = try builtinBinary(op, l, r) { return v }
        if let v = try dunderBinary(op, l, r) { return v }
        if op == .bitOr, let u = unionOf(l, r) { return u }
        throw binaryTypeError(op, l, r)
    }

    func binaryTypeError(_ op: BinaryOp, _ l: Value, _ r: Value) -> PyError {
        if op == .add, l.asObject is PyStr {
            return typeError("can only concatenate str (not \"\(r.typeName)\") to str")
        }
        if op == .add, l.asObject is PyList {
            return typeError("can only concatenate list (not \"\(r.typeName)\") to list")
        }
        if op == .add, l.asObject is PyTuple {
            return typeError("can only concatenate tuple (not \"\(r.typeName)\") to tuple")
        }
        if op == .add, l.asObject is PyDeque {
            return typeError("can only concatenate deque (not \"\(r.typeName)\") to deque")
        }
        if op == .mul, l.asObject is PyStr || r.asObject is PyStr || l.asObject is PyList || r.asObject is PyList
            || l.asObject is PyDeque || r.asObject is PyDeque {
            let other = l.asObject is PyStr || l.asObject is PyList || l.asObject is PyDeque ? r : l
            if other.asObject is PyBigInt { return overflowError("cannot fit 'int' into an index-sized integer") }
            return typeError("can't multiply sequence by non-int of type '\(other.typeName)'")
        }
        let sym = op == .pow ? "** or pow()" : op.rawValue
        return typeError("unsupported operand type(s) for \(sym): '\(l.typeName)' and '\(r.typeName)'")
    }

    private func builtinBinary(_ op: BinaryOp, _ l: Value, _ r: Value) throws -> Value? {
        guard case .object(let lo) = l else {
            if op == .mul, case .object(let ro) = r, let n = repeatCount(l) { return try repeatSequence(ro, n) }
            return nil
        }
        switch op {
        case .add:
            guard case .object(let ro) = r else { return nil }
            if let a = lo as? PyStr, let b = ro as? PyStr {
                try reserveLarge(a.value.utf8.count + b.value.utf8.count, size: 1)
                return .str(a.value + b.value)
            }
            if let a = lo as? PyList, let b = ro as? PyList {
                try reserveLarge(a.items.count + b.items.count, size: MemoryLayout<Value>.stride)
                return .object(PyList(a.items + b.items))
            }
            if let a = lo as? PyTuple, let b = ro as? PyTuple {
                try reserveLarge(a.items.count + b.items.count, size: MemoryLayout<Value>.stride)
                return .object(PyTuple(a.items + b.items))
            }
            if let a = lo as? PyDeque, a.type.isBuiltin, ro is PyDeque { return try dequeConcat(a, r) }
        case .mul:
            if let n = repeatCount(r) { return try repeatSequence(lo, n) }
        case .mod:
            if let s = lo as? PyStr { return .str(try percentFormat(s, r)) }
        case .bitOr, .bitAnd, .sub, .bitXor:
            guard case .object(let ro) = r else { return nil }
            if let a = lo as? PySet, let b = ro as? PySet { return .object(try setBinary(op.rawValue, a, b)) }
            if let v = try dictViewBinary(op.rawValue, l, r) { return v }
            if op == .bitOr, let a = lo as? PyDict, let b = ro as? PyDict,
               !VM.definesInPython(a.type, "__or__"), !VM.definesInPython(b.type, "__ror__") {
                let d = PyDict(a.storage)
                for (k, v) in b.storage { d.storage[k] = v }
                return .object(d)
            }
        default:
            break
        }
        return nil
    }

    private func repeatCount(_ v: Value) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    /// `seq * n`, with the size checked before anything is allocated (MemoryBudget.swift).
    private func repeatSequence(_ o: PyObject, _ n: Int) throws -> Value? {
        let count = max(0, n)
        if let s = o as? PyStr {
            if s.value.utf8.count.multipliedReportingOverflow(by: count).overflow {
                throw overflowError("repeated string is too long")
            }
            try reserveBytes(s.value.utf8.count, size: count)
            return .str(String(repeating: s.value, count: count))
        }
        if let b = o as? PyBytes, b.type.isBuiltin {
            if b.bytes.count.multipliedReportingOverflow(by: count).overflow {
                throw overflowError("repeated bytes are too long")
            }
            try reserveBytes(b.bytes.count, size: count)
            var out: [UInt8] = []
            out.reserveCapacity(b.bytes.count * count)
            for _ in 0..<count { out.append(contentsOf: b.bytes) }
            return .object(PyBytes(out))
        }
        if let l = o as? PyList { return .object(PyList(try repeatedItems(l.items, count))) }
        if let t = o as? PyTuple { return .object(PyTuple(try repeatedItems(t.items, count))) }
        if let d = o as? PyDeque, d.type.isBuiltin { return try dequeRepeat(d, n) }
        return nil
    }

    /// `items` repeated `count` times; MemoryError when that would exceed the budget.
    func repeatedItems(_ items: [Value], _ count: Int) throws -> [Value] {
        if items.isEmpty || count == 0 { return [] }
        let (total, overflow) = items.count.multipliedReportingOverflow(by: count)
        if overflow { throw memoryError() }
        try reserveBytes(total, size: MemoryLayout<Value>.stride)
        var out: [Value] = []
        out.reserveCapacity(total)
        for _ in 0..<count { out.append(contentsOf: items) }
        return out
    }

    private func dunderBinary(_ op: BinaryOp, _ l: Value, _ r: Value) throws -> Value? {
        guard let (name, rname) = VM.dunder[op] else { return nil }
        let lt = l.type, rt = r.type
        // A right operand whose type subclasses the left's gets the first chance.
        let rightFirst = rt !== lt && rt.isSubtype(of: lt) && rt.lookup(rname) != nil && !rt.isBuiltin
        if rightFirst, let v = try callDunder(r, rname, l) { return v }
        if !lt.isBuiltin || lt.lookup(name).map({ !($0.asObject is PyNativeFunction) }) == true {
            if let v = try callDunder(l, name, r) { return v }
        }
        if !rightFirst, rt !== lt || !lt.isBuiltin, !rt.isBuiltin, let v = try callDunder(r, rname, l) { return v }
        return nil
    }

    /// Calls `obj.name(arg)`; nil when the method is missing or returns NotImplemented.
    func callDunder(_ obj: Value, _ name: String, _ arg: Value) throws -> Value? {
        guard let m = obj.type.lookup(name) else { return nil }
        let v = try call(bind(m, to: obj, type: obj.type), [arg])
        if case .object(let o) = v, o === Builtins.notImplemented { return nil }
        return v
    }

    func inplaceOp(_ op: BinaryOp, _ l: Value, _ r: Value) throws -> Value {
        if case .object(let lo) = l {
            if let list = lo as? PyList {
                if op == .add {
                    let extra = try collect(r)
                    try reserveLarge(list.items.count + extra.count, size: MemoryLayout<Value>.stride)
                    list.items.append(contentsOf: extra)
                    return l
                }
                if op == .mul, let n = repeatCount(r) {
                    list.items = try repeatedItems(list.items, max(0, n))
                    return l
                }
            }
            if let d = lo as? PyDeque, d.type.isBuiltin {
                if op == .add {
                    try dequeExtend(d, r, left: false)
                    return l
                }
                if op == .mul, let n = repeatCount(r) {
                    try dequeInplaceRepeat(d, n)
                    return l
                }
            }
            if let set = lo as? PySet, !set.isFrozen, case .object(let ro) = r, let other = ro as? PySet,
               [.bitOr, .bitAnd, .sub, .bitXor].contains(op) {
                try setInplace(op.rawValue, set, other)
                return l
            }
            if op == .bitOr, let d = lo as? PyDict, !VM.definesInPython(d.type, "__ior__"), !VM.definesInPython(d.type, "__or__") {
                try dictUpdate(d, r)
                return l
            }
            if !lo.type.isBuiltin, let (name, _) = VM.dunder[op] {
                let iname = "__i" + name.dropFirst(2)
                if let v = try callDunder(l, iname, r) { return v }
            }
        }
        return try binaryOp(op, l, r)
    }

    func unaryOp(_ op: Int, _ v: Value) throws -> Value {
        switch op {
        case 0:
            return .bool(!(try truthy(v)))
        case 1:
            switch v {
            case .int(let i): return i == Int.min ? .int(-BigInt(i)) : .int(-i)
            case .bool(let b): return .int(b ? -1 : 0)
            case .float(let d): return .float(-d)
            case .object(let o):
                if let b = o as? PyBigInt { return .int(-b.value) }
                if let r = try callUnary(v, "__neg__") { return r }
            default: break
            }
            throw typeError("bad operand type for unary -: '\(v.typeName)'")
        case 2:
            switch v {
            case .int, .float: return v
            case .bool(let b): return .int(b ? 1 : 0)
            case .object(let o):
                if o is PyBigInt { return v }
                if let r = try callUnary(v, "__pos__") { return r }
            default: break
            }
            throw typeError("bad operand type for unary +: '\(v.typeName)'")
        default:
            switch v {
            case .int(let i): return .int(~i)
            case .bool(let b): return .int(b ? -2 : -1)
            case .object(let o):
                if let b = o as? PyBigInt { return .int(-b.value - 1) }
                if let r = try callUnary(v, "__invert__") { return r }
            default: break
            }
            throw typeError("bad operand type for unary ~: '\(v.typeName)'")
        }
    }

    private func callUnary(_ v: Value, _ name: String) throws -> Value? {
        guard !v.type.isBuiltin, let m = v.type.lookup(name) else { return nil }
        return try call(bind(m, to: v, type: v.type), [])
    }

    // MARK: Comparison

    public func compare(_ op: CompareOp, _ l: Value, _ r: Value) throws -> Value {
        switch op {
        case .eq: return try richEquals(l, r)
        case .ne:
            let eq = try richEquals(l, r, ne: true)
            return eq
        default:
            return .bool(try ordered(op, l, r))
        }
    }

    /// `==` returning whatever a user `__eq__` returns.
    private func richEquals(_ l: Value, _ r: Value, ne: Bool = false) throws -> Value {
        if !l.type.isBuiltin || !r.type.isBuiltin {
            let name = ne ? "__ne__" : "__eq__"
            if !r.type.isBuiltin, r.type !== l.type, r.type.isSubtype(of: l.type), let v = try callDunder(r, name, l) { return v }
            if !l.type.isBuiltin, let v = try callDunder(l, name, r) { return v }
            if !r.type.isBuiltin, let v = try callDunder(r, name, l) { return v }
            if ne, !l.type.isBuiltin, l.type.lookup("__eq__") != nil, let v = try callDunder(l, "__eq__", r) {
                return .bool(!(try truthy(v)))
            }
        }
        return .bool(try equals(l, r) != ne)
    }

    /// Python equality for any two values (user `__eq__` included), as a Bool.
    public func equals(_ l: Value, _ r: Value) throws -> Bool {
        if case .object = l, case .object = r {
            return try guardingRecursion(.comparison) { try objectEquals(l, r) }
        }
        return try objectEquals(l, r)
    }

    private func objectEquals(_ l: Value, _ r: Value) throws -> Bool {
        switch (l, r) {
        case (.int(let a), .int(let b)): return a == b
        case (.none, .none): return true
        case (.object(let a), .object(let b)):
            if a === b { return true }
            if let x = a as? PyStr, let y = b as? PyStr { return x.sameText(y) }
            if let x = a as? PyBytes, let y = b as? PyBytes { return x.bytes == y.bytes }
            if let x = a as? PyList, let y = b as? PyList { return try sequenceEquals(x.items, y.items) }
            if let x = a as? PyTuple, let y = b as? PyTuple { return try sequenceEquals(x.items, y.items) }
            if let x = a as? PyDeque, let y = b as? PyDeque, x.type.isBuiltin && y.type.isBuiltin {
                return try dequeCompare(.eq, x, y)
            }
            if let x = a as? PyDict, let y = b as? PyDict {
                guard x.storage.count == y.storage.count else { return false }
                for (k, v) in x.storage {
                    guard let w = y.storage[k], try equals(v, w) else { return false }
                }
                return true
            }
            if let x = a as? PySet, let y = b as? PySet { return x.items.count == y.items.count && x.items.allSatisfy { y.items.contains($0) } }
            if a is DictView || b is DictView, let eq = try dictViewEquals(l, r) { return eq }
            if let x = a as? PyRange, let y = b as? PyRange {
                return x.count == y.count && (x.count == 0 || x.start == y.start && (x.count == 1 || x.step == y.step))
            }
            if a is PyBigInt || b is PyBigInt { return keyEquals(l, r) }
            if methodEquals(a, b) { return true }
            if !a.type.isBuiltin || !b.type.isBuiltin {
                if let v = try callDunder(l, "__eq__", r) { return try truthy(v) }
                if let v = try callDunder(r, "__eq__", l) { return try truthy(v) }
            }
            return false
        default:
            if let a = Num(l), let b = Num(r) { return numericCompare(a, b) == 0 }
            if case .object(let o) = l, !o.type.isBuiltin, let v = try callDunder(l, "__eq__", r) { return try truthy(v) }
            if case .object(let o) = r, !o.type.isBuiltin, let v = try callDunder(r, "__eq__", l) { return try truthy(v) }
            return false
        }
    }

    private func sequenceEquals(_ a: [Value], _ b: [Value]) throws -> Bool {
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) where !(x.isSame(y)) {
            if !(try equals(x, y)) { return false }
        }
        return true
    }

    /// -1, 0, 1 (or nil for NaN) comparing numbers exactly across int and float.
    func numericCompare(_ a: Num, _ b: Num) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.float(let x), .float(let y)):
            if x.isNaN || y.isNaN { return nil }
            return x < y ? -1 : (x > y ? 1 : 0)
        case (.float(let x), _):
            if x.isNaN { return nil }
            if x.isInfinite { return x > 0 ? 1 : -1 }
            return compareFloatInt(x, b.big)
        case (_, .float(let y)):
            if y.isNaN { return nil }
            if y.isInfinite { return y > 0 ? -1 : 1 }
            return -(compareFloatInt(y, a.big))
        default:
            let x = a.big, y = b.big
            return x < y ? -1 : (x > y ? 1 : 0)
        }
    }

    private func compareFloatInt(_ x: Double, _ y: BigInt) -> Int {
        let fl = x.rounded(.down)
        let whole = BigInt(fl)
        if whole < y { return -1 }
        if whole > y { return 1 }
        return x > fl ? 1 : 0
    }

    /// `<`, `<=`, `>`, `>=` for builtin values, or the user's rich comparison methods.
    public func ordered(_ op: CompareOp, _ l: Value, _ r: Value) throws -> Bool {
        if let a = Num(l), let b = Num(r) {
            guard let c = numericCompare(a, b) else { return false }
            return test(op, c)
        }
        if case .object(let lo) = l, case .object(let ro) = r {
            if let x = lo as? PyStr, let y = ro as? PyStr {
                let c = x.value.utf8.lexicographicallyPrecedes(y.value.utf8) ? -1 : (x.sameText(y) ? 0 : 1)
                return test(op, c)
            }
            if let x = lo as? PyList, let y = ro as? PyList { return try sequenceOrder(op, x.items, y.items) }
            if let x = lo as? PyTuple, let y = ro as? PyTuple { return try sequenceOrder(op, x.items, y.items) }
            if let x = lo as? PyDeque, let y = ro as? PyDeque, x.type.isBuiltin && y.type.isBuiltin {
                return try dequeCompare(op, x, y)
            }
            if let x = lo as? PySet, let y = ro as? PySet {
                let sub = x.items.allSatisfy { y.items.contains($0) }
                let sup = y.items.allSatisfy { x.items.contains($0) }
                switch op {
                case .lt: return sub && x.items.count < y.items.count
                case .le: return sub
                case .gt: return sup && x.items.count > y.items.count
                default: return sup
                }
            }
        }
        let names: [CompareOp: (String, String)] = [.lt: ("__lt__", "__gt__"), .le: ("__le__", "__ge__"),
                                                    .gt: ("__gt__", "__lt__"), .ge: ("__ge__", "__le__")]
        let (name, reflected) = names[op]!
        if !l.type.isBuiltin, let v = try callDunder(l, name, r) { return try truthy(v) }
        if !r.type.isBuiltin, let v = try callDunder(r, reflected, l) { return try truthy(v) }
        throw typeError("'\(op.rawValue)' not supported between instances of '\(l.typeName)' and '\(r.typeName)'")
    }

    private func test(_ op: CompareOp, _ c: Int) -> Bool {
        switch op {
        case .lt: return c < 0
        case .le: return c <= 0
        case .gt: return c > 0
        default: return c >= 0
        }
    }

    private func sequenceOrder(_ op: CompareOp, _ a: [Value], _ b: [Value]) throws -> Bool {
        for (x, y) in zip(a, b) where !(try equals(x, y)) {
            return try guardingRecursion(.comparison) { try ordered(op, x, y) }
        }
        return test(op, a.count < b.count ? -1 : (a.count > b.count ? 1 : 0))
    }

    /// Truth value testing (`bool(x)`).
    public func truthy(_ v: Value) throws -> Bool {
        switch v {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .object(let o):
            if let s = o as? PyStr { return !s.value.isEmpty }
            if let l = o as? PyList { return !l.items.isEmpty }
            if let t = o as? PyTuple { return !t.items.isEmpty }
            if let d = o as? PyDict { return !d.storage.isEmpty }
            if let s = o as? PySet { return !s.items.isEmpty }
            if let r = o as? PyRange { return r.count > 0 }
            if let d = o as? PyDeque, d.type.isBuiltin { return d.count > 0 }
            if o is PyBigInt { return true }
            if !o.type.isBuiltin || o.type.lookup("__bool__") != nil || o.type.lookup("__len__") != nil {
                if let m = o.type.lookup("__bool__") {
                    let r = try call(bind(m, to: v, type: o.type), [])
                    guard case .bool(let b) = r else { throw typeError("__bool__ should return bool, returned \(r.typeName)") }
                    return b
                }
                if let m = o.type.lookup("__len__") {
                    let r = try call(bind(m, to: v, type: o.type), [])
                    return try index(r) != 0
                }
            }
            return true
        }
    }
}

extension VM {
    /// Whether a user subclass of a builtin type overrides `name` in Python (so the builtin
    /// fast path must not answer for it).
    static func definesInPython(_ t: PyType, _ name: String) -> Bool {
        !t.isBuiltin && t.lookup(name)?.asObject is PyFunction
    }
}
