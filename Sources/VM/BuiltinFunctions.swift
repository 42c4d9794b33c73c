import BigInt
import Language
import PyBase

/// The functions of the `builtins` module.
extension VM {
    func installBuiltinFunctions() {
        let b = builtins
        func def(_ name: String, _ body: @escaping PyNativeFunction.Body) {
            b[name] = .object(PyNativeFunction(name, body))
        }
        for t in [Builtins.objectType, Builtins.typeType, Builtins.intType, Builtins.boolType, Builtins.floatType,
                  Builtins.strType, Builtins.listType, Builtins.tupleType, Builtins.dictType, Builtins.setType,
                  Builtins.frozensetType, Builtins.rangeType, Builtins.sliceType, Builtins.staticmethodType,
                  Builtins.classmethodType, Builtins.propertyType, Builtins.superType, Builtins.bytesType,
                  Builtins.enumerateType, Builtins.zipType, Builtins.mapType, Builtins.filterType, Builtins.reversedType] {
            b[t.name] = .object(t)
        }
        for t in Builtins.exceptionTypes + Builtins.moreExceptionTypes { b[t.name] = .object(t) }
        b["EnvironmentError"] = .object(Builtins.osError)
        b["IOError"] = .object(Builtins.osError)
        b["NotImplemented"] = .object(Builtins.notImplemented)
        b["Ellipsis"] = .object(Builtins.ellipsis)
        b["__name__"] = .str("builtins")

        def("print") { vm, a in try vm.builtinPrint(&a) }
        def("len") { vm, a in
            try a.expect("len", 1)
            return .int(try vm.length(a[0]))
        }
        def("repr") { vm, a in
            try a.expect("repr", 1)
            return .str(try vm.repr(a[0]))
        }
        def("ascii") { vm, a in
            try a.expect("ascii", 1)
            return .str(vm.ascii(try vm.repr(a[0])))
        }
        def("format") { vm, a in
            try a.expect("format", 1, 2)
            return .str(try vm.format(a[0], spec: a.count > 1 ? try vm.string(a[1], "format") : ""))
        }
        def("abs") { vm, a in
            try a.expect("abs", 1)
            switch a[0] {
            case .int(let i): return i == Int.min ? .int(-BigInt(i)) : .int(Swift.abs(i))
            case .bool(let x): return .int(x ? 1 : 0)
            case .float(let d): return .float(Swift.abs(d))
            case .object(let o):
                if let big = o as? PyBigInt { return .int(BigInt(big.value.magnitude)) }
                if let m = o.type.lookup("__abs__") { return try vm.call(vm.bind(m, to: a[0], type: o.type), []) }
            default: break
            }
            throw vm.typeError("bad operand type for abs(): '\(a[0].typeName)'")
        }
        def("isinstance") { vm, a in
            try a.expect("isinstance", 2)
            return .bool(try vm.isInstance(a[0], a[1]))
        }
        def("issubclass") { vm, a in
            try a.expect("issubclass", 2)
            guard case .object(let o) = a[0], let t = o as? PyType else { throw vm.typeError("issubclass() arg 1 must be a class") }
            return .bool(try vm.classMatches(t, a[1], fn: "issubclass"))
        }
        def("callable") { vm, a in
            try a.expect("callable", 1)
            guard case .object(let o) = a[0] else { return .bool(false) }
            return .bool(o is PyFunction || o is PyNativeFunction || o is PyBoundMethod || o is PyType || o.type.lookup("__call__") != nil)
        }
        def("hash") { vm, a in
            try a.expect("hash", 1)
            if case .object(let o) = a[0], !o.type.isBuiltin, let h = o.type.lookup("__hash__"), !h.isNone {
                return try vm.call(vm.bind(h, to: a[0], type: o.type), [])
            }
            return .int(pythonHash(try vm.hashKey(a[0]).value))
        }
        def("id") { vm, a in
            try a.expect("id", 1)
            if case .object(let o) = a[0] { return .int(Int(vm.address(o).dropFirst(2), radix: 16) ?? 0) }
            return .int(pythonHash(a[0]))
        }
        def("aiter") { vm, a in
            try a.expect("aiter", 1)
            return try vm.asyncIterator(a[0])
        }
        def("anext") { vm, a in
            try a.expect("anext", 1, 2)
            return try vm.asyncNext(a[0], default: a.count > 1 ? a[1] : nil)
        }
        def("iter") { vm, a in
            try a.expect("iter", 1, 2)
            if a.count == 2 {
                let fn = a[0], sentinel = a[1]
                return .object(PyIterator(.native({
                    let v = try vm.call(fn, [])
                    return try vm.equals(v, sentinel) ? nil : v
                }), typeName: "callable_iterator"))
            }
            return try vm.iterator(a[0])
        }
        def("next") { vm, a in
            try a.expect("next", 1, 2)
            if case .object(let o) = a[0], let g = o as? PyGenerator, g.type === Builtins.generatorType {
                switch try vm.resumeGenerator(g, send: .none) {
                case .yielded(let v): return v
                case .returned(let v):
                    if a.count > 1 { return a[1] }
                    throw PyError(PyBaseException(type: Builtins.stopIteration, args: v.isNone ? [] : [v]))
                }
            }
            guard case .object(let o) = a[0], o is PyIterator || o.type.lookup("__next__") != nil else {
                throw vm.typeError("'\(a[0].typeName)' object is not an iterator")
            }
            if o is PyIterator {
                if let v = try vm.nextItem(a[0]) { return v }
                if a.count > 1 { return a[1] }
                throw PyError(PyBaseException(type: Builtins.stopIteration, args: []))
            }
            do {
                return try vm.call(vm.bind(o.type.lookup("__next__")!, to: a[0], type: o.type), [])
            } catch let e as PyError where a.count > 1 && e.exception.type.isSubtype(of: Builtins.stopIteration) {
                return a[1]
            }
        }
        def("sorted") { vm, a in
            guard a.count == 1 else { throw vm.typeError("sorted expected 1 argument, got \(a.count)") }
            let key = a.take("key") ?? .none
            let reverse = try vm.truthy(a.take("reverse") ?? .bool(false))
            try a.noKeywords("sorted")
            return .object(PyList(try vm.sorted(try vm.collect(a[0]), key: key, reverse: reverse)))
        }
        def("min") { vm, a in try vm.minMax(&a, name: "min", op: .lt) }
        def("max") { vm, a in try vm.minMax(&a, name: "max", op: .gt) }
        def("sum") { vm, a in
            let start = a.take("start") ?? (a.count > 1 ? a[1] : .int(0))
            try a.expect("sum", 1, 2)
            if start.asObject is PyStr { throw vm.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            var total = start
            let it = try vm.iterator(a[0])
            while let v = try vm.nextItem(it) { total = try vm.binaryOp(.add, total, v) }
            return total
        }
        def("any") { vm, a in
            try a.expect("any", 1)
            let it = try vm.iterator(a[0])
            while let v = try vm.nextItem(it) { if try vm.truthy(v) { return .bool(true) } }
            return .bool(false)
        }
        def("all") { vm, a in
            try a.expect("all", 1)
            let it = try vm.iterator(a[0])
            while let v = try vm.nextItem(it) { if !(try vm.truthy(v)) { return .bool(false) } }
            return .bool(true)
        }
        def("round") { vm, a in try vm.round(&a) }
        def("divmod") { vm, a in
            try a.expect("divmod", 2)
            return .object(PyTuple([try vm.binaryOp(.floorDiv, a[0], a[1]), try vm.binaryOp(.mod, a[0], a[1])]))
        }
        def("pow") { vm, a in
            try a.expect("pow", 2, 3)
            if a.count == 3, !a[2].isNone {
                guard let base = a[0].bigIntValue, let e = a[1].bigIntValue, let m = a[2].bigIntValue else {
                    throw vm.typeError("pow() 3rd argument not allowed unless all arguments are integers")
                }
                if m == 0 { throw vm.valueError("pow() 3rd argument cannot be 0") }
                var r = base.power(e, modulus: m)
                if r != 0 && (r.sign == .minus) != (m.sign == .minus) { r += m }
                return .int(r)
            }
            return try vm.binaryOp(.pow, a[0], a[1])
        }
        def("chr") { vm, a in
            try a.expect("chr", 1)
            let i = try vm.index(a[0])
            guard i >= 0, i <= 0x10ffff, let s = Unicode.Scalar(UInt32(i)) else { throw vm.valueError("chr() arg not in range(0x110000)") }
            return .str(String(s))
        }
        def("ord") { vm, a in
            try a.expect("ord", 1)
            guard let s = a[0].asObject as? PyStr else {
                throw vm.typeError("ord() expected string of length 1, but \(a[0].typeName) found")
            }
            guard s.count == 1 else { throw vm.typeError("ord() expected a character, but string of length \(s.count) found") }
            return .int(Int(s.value.unicodeScalars.first!.value))
        }
        def("hex") { vm, a in try vm.radix(a, 16, "hex") }
        def("oct") { vm, a in try vm.radix(a, 8, "oct") }
        def("bin") { vm, a in try vm.radix(a, 2, "bin") }
        def("getattr") { vm, a in
            try a.expect("getattr", 2, 3)
            let name = try vm.string(a[1], "getattr(): attribute name")
            if a.count == 3 {
                do { return try vm.getAttribute(a[0], name) } catch let e as PyError where e.exception.type.isSubtype(of: Builtins.attributeError) { return a[2] }
            }
            return try vm.getAttribute(a[0], name)
        }
        def("setattr") { vm, a in
            try a.expect("setattr", 3)
            try vm.setAttribute(a[0], try vm.string(a[1], "setattr(): attribute name"), a[2])
            return .none
        }
        def("hasattr") { vm, a in
            try a.expect("hasattr", 2)
            do {
                _ = try vm.getAttribute(a[0], try vm.string(a[1], "hasattr(): attribute name"))
                return .bool(true)
            } catch let e as PyError where e.exception.type.isSubtype(of: Builtins.attributeError) {
                return .bool(false)
            }
        }
        def("delattr") { vm, a in
            try a.expect("delattr", 2)
            try vm.deleteAttribute(a[0], try vm.string(a[1], "delattr(): attribute name"))
            return .none
        }
        def("vars") { vm, a in
            try a.expect("vars", 1)
            guard let d = try vm.lookupAttribute(a[0], "__dict__") else {
                throw vm.typeError("vars() argument must have __dict__ attribute")
            }
            return d
        }
        def("globals") { vm, _ in
            let d = PyDict()
            for (k, v) in vm.main.globals.defined { d[k] = v }
            return .object(d)
        }
        def("input") { vm, _ in throw vm.exception(Builtins.eofError, "EOF when reading a line (loopscope scenarios have no input)") }
        def("open") { vm, _ in throw vm.exception(Builtins.osError, "open() is not supported by loopscope: scenarios cannot use files") }
        def("exit") { vm, a in throw PyError(PyBaseException(type: Builtins.systemExit, args: a.positional)) }
        b["quit"] = b["exit"]
    }

    func builtinPrint(_ a: inout Arguments) throws -> Value {
        let sepV = a.take("sep") ?? .none
        let endV = a.take("end") ?? .none
        let file = a.take("file") ?? .none
        _ = a.take("flush")
        try a.noKeywords("print")
        let sep = sepV.isNone ? " " : try string(sepV, "sep must be None or a string, not \(sepV.typeName)", raw: true)
        let end = endV.isNone ? "\n" : try string(endV, "end must be None or a string, not \(endV.typeName)", raw: true)
        let target = file.isNone ? (modules["sys"]?.globals.get("stdout") ?? .none) : file
        if case .object(let o) = target, !(o is PyStream) {
            // A Python file object gets each piece by its own write() call, as in CPython.
            let write = try getAttribute(target, "write")
            for (i, v) in a.positional.enumerated() {
                if i > 0 { try call(write, [.str(sep)]) }
                try call(write, [.str(try str(v))])
            }
            try call(write, [.str(end)])
            return .none
        }
        var text = ""
        for (i, v) in a.positional.enumerated() {
            if i > 0 { text += sep }
            text += try str(v)
        }
        text += end
        try write(text, to: file)
        return .none
    }

    /// Writes to `sys.stdout`, `sys.stderr` or any object with a `write` method.
    /// Writes to `file`; None means the current `sys.stdout` (which a scenario may replace,
    /// as `contextlib.redirect_stdout` does).
    public func write(_ text: String, to file: Value) throws {
        if file.isNone {
            if let current = modules["sys"]?.globals.get("stdout") {
                if !current.isNone { try write(text, to: current) }
                return
            }
            output(.stdout, text)
            return
        }
        if case .object(let o) = file, let stream = o as? PyStream {
            output(stream.stream, text)
            return
        }
        try call(try getAttribute(file, "write"), [.str(text)])
    }

    func string(_ v: Value, _ what: String, raw: Bool = false) throws -> String {
        guard let s = v.stringValue else {
            throw typeError(raw ? what : "\(what) must be str, not \(v.typeName)")
        }
        return s
    }

    public func length(_ v: Value) throws -> Int {
        if case .object(let o) = v {
            if let s = o as? PyStr { return s.count }
            if let l = o as? PyList { return l.items.count }
            if let t = o as? PyTuple { return t.items.count }
            if let d = o as? PyDict { return d.storage.count }
            if let s = o as? PySet { return s.items.count }
            if let r = o as? PyRange { return r.count }
            if let dv = o as? DictView { return dv.dict.storage.count }
            if let b = o as? PyBytes { return b.bytes.count }
            if let d = plainDeque(o, "__len__") { return d.count }
            if let m = o.type.lookup("__len__") {
                let r = try call(bind(m, to: v, type: o.type), [])
                let n = try index(r)
                if n < 0 { throw valueError("__len__() should return >= 0") }
                return n
            }
        }
        throw typeError("object of type '\(v.typeName)' has no len()")
    }

    public func isInstance(_ v: Value, _ cls: Value) throws -> Bool {
        try classMatches(v.type, cls, fn: "isinstance", instance: v)
    }

    /// `isinstance`/`issubclass`: a class whose metaclass defines `__instancecheck__` /
    /// `__subclasscheck__` in Python decides for itself (abstract base classes, protocols).
    func classMatches(_ t: PyType, _ cls: Value, fn: String, instance: Value? = nil) throws -> Bool {
        guard case .object(let o) = cls else {
            throw typeError("\(fn)() arg 2 must be a type, a tuple of types, or a union")
        }
        if let tuple = o as? PyTuple {
            for c in tuple.items where try classMatches(t, c, fn: fn, instance: instance) { return true }
            return false
        }
        if o is PyGenericAlias { throw typeError("\(fn)() argument 2 cannot be a parameterized generic") }
        if let union = o as? PyUnion {
            for member in union.args where try classMatches(t, member, fn: fn, instance: instance) { return true }
            return false
        }
        guard let target = o as? PyType else {
            throw typeError("\(fn)() arg 2 must be a type, a tuple of types, or a union")
        }
        if t === target { return true }
        if target.type !== metatype {
            let hook = instance == nil ? "__subclasscheck__" : "__instancecheck__"
            if let check = target.type.lookup(hook), check.asObject is PyFunction {
                return try truthy(try call(check, [cls, instance ?? .object(t)]))
            }
        }
        return t.isSubtype(of: target)
    }

    /// A stable merge sort (Python's sort is stable) with a throwing comparison.
    public func sorted(_ items: [Value], key: Value, reverse: Bool) throws -> [Value] {
        let keys = key.isNone ? items : try items.map { try call(key, [$0]) }
        if let order = VM.homogeneousOrder(keys, reverse: reverse) { return order.map { items[$0] } }
        var idx = Array(items.indices)
        var tmp = idx
        func less(_ a: Int, _ b: Int) throws -> Bool {
            reverse ? try ordered(.lt, keys[b], keys[a]) : try ordered(.lt, keys[a], keys[b])
        }
        func sort(_ lo: Int, _ hi: Int) throws {
            if hi - lo < 2 { return }
            if hi - lo <= 8 {
                for i in (lo + 1)..<hi {
                    let x = idx[i]
                    var j = i - 1
                    while j >= lo, try less(x, idx[j]) {
                        idx[j + 1] = idx[j]
                        j -= 1
                    }
                    idx[j + 1] = x
                }
                return
            }
            let mid = (lo + hi) / 2
            try sort(lo, mid)
            try sort(mid, hi)
            if !(try less(idx[mid], idx[mid - 1])) { return }
            var i = lo, j = mid, k = lo
            while i < mid && j < hi {
                if try less(idx[j], idx[i]) { tmp[k] = idx[j]; j += 1 } else { tmp[k] = idx[i]; i += 1 }
                k += 1
            }
            while i < mid { tmp[k] = idx[i]; i += 1; k += 1 }
            while j < hi { tmp[k] = idx[j]; j += 1; k += 1 }
            for m in lo..<hi { idx[m] = tmp[m] }
        }
        try sort(0, idx.count)
        return idx.map { items[$0] }
    }

    /// The stable sorted order of keys that are all ints, all floats (no NaN) or all strs,
    /// compared natively (ties keep their original order, also when reversed, as in
    /// CPython); nil for anything else.
    static func homogeneousOrder(_ keys: [Value], reverse: Bool) -> [Int]? {
        guard let first = keys.first else { return [] }
        var idx = Array(keys.indices)
        func stableSort<K: Comparable>(_ k: [K]) {
            idx.sort { a, b in
                if k[a] == k[b] { return a < b }
                return reverse ? k[b] < k[a] : k[a] < k[b]
            }
        }
        switch first {
        case .int:
            var ints: [Int] = []
            ints.reserveCapacity(keys.count)
            for v in keys {
                guard case .int(let i) = v else { return nil }
                ints.append(i)
            }
            stableSort(ints)
        case .float:
            var doubles: [Double] = []
            doubles.reserveCapacity(keys.count)
            for v in keys {
                guard case .float(let d) = v, !d.isNaN else { return nil }
                doubles.append(d)
            }
            stableSort(doubles)
        case .object(let o) where o is PyStr:
            var texts: [CodePointText] = []
            texts.reserveCapacity(keys.count)
            for v in keys {
                guard case .object(let x) = v, let s = x as? PyStr else { return nil }
                texts.append(CodePointText(s.value))
            }
            stableSort(texts)
        default:
            return nil
        }
        return idx
    }

    private func minMax(_ a: inout Arguments, name: String, op: CompareOp) throws -> Value {
        let key = a.take("key") ?? .none
        let dflt = a.take("default")
        try a.noKeywords(name)
        let items: [Value]
        if a.count == 1 {
            items = try collect(a[0])
        } else if a.count == 0 {
            throw typeError("\(name) expected at least 1 argument, got 0")
        } else {
            if dflt != nil { throw typeError("Cannot specify a default for \(name)() with multiple positional arguments") }
            items = a.positional
        }
        guard var best = items.first else {
            if let d = dflt { return d }
            throw valueError("\(name)() arg is an empty sequence")
        }
        var bestKey = key.isNone ? best : try call(key, [best])
        for v in items.dropFirst() {
            let k = key.isNone ? v : try call(key, [v])
            if try ordered(op, k, bestKey) {
                best = v
                bestKey = k
            }
        }
        return best
    }

    private func radix(_ a: Arguments, _ base: Int, _ name: String) throws -> Value {
        try a.expect(name, 1)
        guard let v = a[0].bigIntValue else {
            throw typeError("'\(a[0].typeName)' object cannot be interpreted as an integer")
        }
        return .str(IntText.prefixed(v, radix: base))
    }

    private func round(_ a: inout Arguments) throws -> Value {
        let nd = a.take("ndigits") ?? (a.count > 1 ? a[1] : .none)
        try a.expect("round", 1, 2)
        switch a[0] {
        case .int, .bool, .object(is PyBigInt):
            if nd.isNone { return try unaryOp(2, a[0]) }
            let n = try index(nd)
            if n >= 0 { return try unaryOp(2, a[0]) }
            let x = a[0].bigIntValue!
            // 10^-n > 2|x|: the result is 0 (and 10^-n need not be computed).
            if n == Int.min || -n > x.magnitude.bitWidth / 3 + 2 { return .int(0) }
            let p = BigInt(10).power(-n)
            var (q, r) = x.quotientAndRemainder(dividingBy: p)
            if r.sign == .minus { q -= 1; r += p }
            if r * 2 > p || (r * 2 == p && !q.isMultiple(of: 2)) { q += 1 }
            return .int(q * p)
        case .float(let d):
            if nd.isNone {
                return .int(try pyBase { try FloatMath.round(d) })
            }
            let n = try index(nd)
            return .float(try pyBase { try FloatMath.round(d, ndigits: n) })
        case .object(let o):
            if let m = o.type.lookup("__round__") {
                return try call(bind(m, to: a[0], type: o.type), nd.isNone ? [] : [nd])
            }
        default: break
        }
        throw typeError("type \(a[0].typeName) doesn't define __round__ method")
    }
}

extension Arguments {
    /// Checks the positional count and that no keywords remain.
    public func expect(_ name: String, _ n: Int) throws {
        try expect(name, n, n)
    }

    public func expect(_ name: String, _ min: Int, _ max: Int) throws {
        if !keywords.isEmpty {
            throw PyError(PyBaseException(type: Builtins.typeError, args: [.str("\(name)() takes no keyword arguments")]))
        }
        if positional.count < min || positional.count > max {
            let msg: String
            if min == max {
                msg = min == 1 && max == 1 ? "\(name)() takes exactly one argument (\(positional.count) given)"
                    : "\(name) expected \(min) argument\(min == 1 ? "" : "s"), got \(positional.count)"
            } else if positional.count < min {
                msg = "\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(positional.count)"
            } else {
                msg = "\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(positional.count)"
            }
            throw PyError(PyBaseException(type: Builtins.typeError, args: [.str(msg)]))
        }
    }

    public func noKeywords(_ name: String) throws {
        if let k = keywords.first {
            throw PyError(PyBaseException(type: Builtins.typeError, args: [.str("'\(k.0)' is an invalid keyword argument for \(name)()")]))
        }
    }
}

/// A string ordered by code points, as Python orders `str` (UTF-8 byte order is code-point
/// order; Swift's own `<` would use Unicode canonical ordering).
struct CodePointText: Comparable {
    let text: String
    init(_ text: String) { self.text = text }
    static func < (a: CodePointText, b: CodePointText) -> Bool {
        a.text.utf8.lexicographicallyPrecedes(b.text.utf8)
    }
    static func == (a: CodePointText, b: CodePointText) -> Bool {
        a.text.utf8.elementsEqual(b.text.utf8)
    }
}

