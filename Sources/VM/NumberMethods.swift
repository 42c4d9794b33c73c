import BigInt
import PyBase

/// Methods and properties of `int` (and so `bool`) and `float`.
extension Builtins {
    static func installNumberMethods() {
        installIntMethods()
        installFloatMethods()
    }

    private static func installIntMethods() {
        let t = intType
        func def(_ name: String, _ body: @escaping (VM, inout Arguments, BigInt) throws -> Value) {
            method(t, name) { vm, a in try body(vm, &a, try vm.intReceiver(a, name)) }
        }
        def("bit_length") { _, a, v in
            try a.noArguments("int.bit_length")
            return .int(v.isZero ? 0 : v.magnitude.bitWidth)
        }
        def("bit_count") { _, a, v in
            try a.noArguments("int.bit_count")
            return .int(v.magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
        }
        def("conjugate") { _, a, v in
            try a.noArguments("int.conjugate")
            return .int(v)
        }
        def("as_integer_ratio") { _, a, v in
            try a.noArguments("int.as_integer_ratio")
            return .object(PyTuple([.int(v), .int(1)]))
        }
        for name in ["__index__", "__int__", "__trunc__", "__floor__", "__ceil__", "__pos__"] {
            def(name) { _, a, v in
                try a.noArguments("int.\(name)")
                return .int(v)
            }
        }
        def("__abs__") { _, a, v in
            try a.noArguments("int.__abs__")
            return .int(BigInt(v.magnitude))
        }
        def("__neg__") { _, a, v in
            try a.noArguments("int.__neg__")
            return .int(-v)
        }
        def("__float__") { vm, a, v in
            try a.noArguments("int.__float__")
            return .float(try vm.pyBase { try FloatMath.toDouble(v) })
        }
        def("__bool__") { _, a, v in
            try a.noArguments("int.__bool__")
            return .bool(!v.isZero)
        }
        def("to_bytes") { vm, a, v in
            if a.restCount > 2 { throw vm.typeError("to_bytes() takes at most 2 positional arguments (\(a.restCount) given)") }
            let args = try a.bind("to_bytes", ["length", "byteorder", "signed"])
            let length = try args[0].map { try vm.indexArgument($0) } ?? 1
            let little = try vm.byteOrder(args[1])
            let signed = try args[2].map { try vm.truthy($0) } ?? false
            if length < 0 { throw vm.valueError("length argument must be non-negative") }
            try checkAllocation(vm, length)
            if !signed && v.sign == .minus { throw vm.overflowError("can't convert negative int to unsigned") }
            // Two's complement over `length` bytes.
            let modulus = BigInt(1) << (8 * length)
            if signed {
                let half = modulus >> 1
                if v >= half || v < -half { throw vm.overflowError("int too big to convert") }
            } else if v >= modulus {
                throw vm.overflowError("int too big to convert")
            }
            var u = v.sign == .minus ? v + modulus : v
            var bytes = [UInt8](repeating: 0, count: length)
            for i in 0..<length {
                bytes[length - 1 - i] = UInt8(truncatingIfNeeded: Int(u & 0xff))
                u >>= 8
            }
            return .object(PyBytes(little ? bytes.reversed() : bytes))
        }
        let fromBytes = PyNativeFunction("from_bytes", qualname: "int.from_bytes") { vm, a in
            if a.restCount > 2 { throw vm.typeError("from_bytes() takes at most 2 positional arguments (\(a.restCount) given)") }
            let args = try a.bind("from_bytes", ["bytes", "byteorder", "signed"], required: 1)
            let little = try vm.byteOrder(args[1])
            let signed = try args[2].map { try vm.truthy($0) } ?? false
            var bytes = try vm.bytesArgument(args[0]!)
            if little { bytes.reverse() }
            var v = BigInt(0)
            for b in bytes { v = (v << 8) | BigInt(b) }
            if signed, let first = bytes.first, first & 0x80 != 0 { v -= BigInt(1) << (8 * bytes.count) }
            if case .object(let o) = a[0], let cls = o as? PyType, cls !== intType {
                return try vm.call(a[0], [.int(v)])
            }
            return .int(v)
        }
        t.dict["from_bytes"] = .object(PyDescriptor(kind: .classMethod, function: .object(fromBytes)))
        property(t, "real") { vm, v in .int(try vm.intValue(v)) }
        property(t, "imag") { _, _ in .int(0) }
        property(t, "numerator") { vm, v in .int(try vm.intValue(v)) }
        property(t, "denominator") { _, _ in .int(1) }
    }

    private static func installFloatMethods() {
        let t = floatType
        func def(_ name: String, _ body: @escaping (VM, inout Arguments, Double) throws -> Value) {
            method(t, name) { vm, a in
                guard case .float(let d)? = a.positional.first else {
                    if a.positional.isEmpty { throw vm.typeError("unbound method float.\(name)() needs an argument") }
                    throw vm.typeError("descriptor '\(name)' for 'float' objects doesn't apply to a '\(a[0].typeName)' object")
                }
                return try body(vm, &a, d)
            }
        }
        def("is_integer") { _, a, d in
            try a.noArguments("float.is_integer")
            return .bool(d.isFinite && d == d.rounded(.towardZero))
        }
        def("conjugate") { _, a, d in
            try a.noArguments("float.conjugate")
            return .float(d)
        }
        def("as_integer_ratio") { vm, a, d in
            try a.noArguments("float.as_integer_ratio")
            if d.isNaN { throw vm.valueError("cannot convert NaN to integer ratio") }
            if d.isInfinite { throw vm.overflowError("cannot convert Infinity to integer ratio") }
            let (n, den) = floatRatio(d)
            return .object(PyTuple([.int(n), .int(den)]))
        }
        def("hex") { _, a, d in
            try a.noArguments("float.hex")
            return .str(floatHex(d))
        }
        def("__int__") { vm, a, d in
            try a.noArguments("float.__int__")
            return .int(try vm.pyBase { try FloatMath.toBigInt(d) })
        }
        def("__trunc__") { vm, a, d in
            try a.noArguments("float.__trunc__")
            return .int(try vm.pyBase { try FloatMath.toBigInt(d) })
        }
        def("__float__") { _, a, d in
            try a.noArguments("float.__float__")
            return .float(d)
        }
        def("__abs__") { _, a, d in
            try a.noArguments("float.__abs__")
            return .float(Swift.abs(d))
        }
        def("__neg__") { _, a, d in
            try a.noArguments("float.__neg__")
            return .float(-d)
        }
        def("__bool__") { _, a, d in
            try a.noArguments("float.__bool__")
            return .bool(d != 0)
        }
        let fromhex = PyNativeFunction("fromhex", qualname: "float.fromhex") { vm, a in
            let arg = try a.oneArgument("float.fromhex")
            guard let s = arg.stringValue else { throw vm.typeError("bad argument type for built-in operation") }
            let d = try vm.floatFromHex(s)
            if case .object(let o) = a[0], let cls = o as? PyType, cls !== floatType { return try vm.call(a[0], [.float(d)]) }
            return .float(d)
        }
        t.dict["fromhex"] = .object(PyDescriptor(kind: .classMethod, function: .object(fromhex)))
        property(t, "real") { _, v in v }
        property(t, "imag") { _, _ in .float(0) }
    }
}

extension VM {
    /// `self` of an int method (ints, bools and big ints).
    func intReceiver(_ a: Arguments, _ name: String) throws -> BigInt {
        guard let first = a.positional.first else { throw typeError("unbound method int.\(name)() needs an argument") }
        guard let v = first.bigIntValue else {
            throw typeError("descriptor '\(name)' for 'int' objects doesn't apply to a '\(first.typeName)' object")
        }
        return v
    }

    func intValue(_ v: Value) throws -> BigInt {
        guard let b = v.bigIntValue else { throw typeError("an integer is required") }
        return b
    }

    func byteOrder(_ v: Value?) throws -> Bool {
        guard let v else { return false }
        guard let s = v.stringValue else {
            throw typeError("to_bytes() argument 'byteorder' must be str, not \(v.typeName)")
        }
        switch s {
        case "little": return true
        case "big": return false
        default: throw valueError("byteorder must be either 'little' or 'big'")
        }
    }

    /// `bytes(x)` for `int.from_bytes`: bytes, or an iterable of ints in range(256).
    func bytesArgument(_ v: Value) throws -> [UInt8] {
        if let b = v.asObject as? PyBytes { return b.bytes }
        switch v {
        case .object(let o) where !(o is PyStr):
            var out: [UInt8] = []
            for item in try collect(v) {
                let i = try index(item)
                guard i >= 0 && i < 256 else { throw valueError("bytes must be in range(0, 256)") }
                out.append(UInt8(i))
            }
            return out
        default:
            throw typeError("cannot convert '\(v.typeName)' object to bytes")
        }
    }

    /// `float.fromhex`.
    func floatFromHex(_ text: String) throws -> Double {
        let invalid = valueError("invalid hexadecimal floating-point string")
        var s = Substring(text.trimmingPythonWhitespace())
        var negative = false
        if s.first == "-" || s.first == "+" {
            negative = s.first == "-"
            s = s.dropFirst()
        }
        let lower = s.lowercased()
        if lower == "inf" || lower == "infinity" { return negative ? -.infinity : .infinity }
        if lower == "nan" { return .nan }
        if lower.hasPrefix("0x") { s = s.dropFirst(2) }
        var mantissa = BigInt(0)
        var exponent = 0
        var digits = 0
        var seenDot = false
        while let c = s.first, c == "." || c.isHexDigit {
            s = s.dropFirst()
            if c == "." {
                if seenDot { throw invalid }
                seenDot = true
                continue
            }
            mantissa = mantissa * 16 + BigInt(c.hexDigitValue!)
            if seenDot { exponent -= 4 }
            digits += 1
        }
        if digits == 0 { throw invalid }
        if let p = s.first, p == "p" || p == "P" {
            s = s.dropFirst()
            var expNegative = false
            if s.first == "-" || s.first == "+" {
                expNegative = s.first == "-"
                s = s.dropFirst()
            }
            guard !s.isEmpty, s.allSatisfy({ $0.isASCII && $0.isNumber }), let e = Int(s.prefix(18)) else { throw invalid }
            exponent += expNegative ? -e : e
            s = ""
        }
        if !s.isEmpty { throw invalid }
        if mantissa.isZero { return negative ? -0.0 : 0.0 }
        // Normalise to 53 significant bits with round-half-even, then scale.
        let bits = mantissa.magnitude.bitWidth
        var shift = bits - 53
        let minExponent = -1074
        if exponent + shift < minExponent { shift = minExponent - exponent }
        var m = mantissa
        if shift > 0 {
            let rem = m & ((BigInt(1) << shift) - 1)
            m >>= shift
            let half = BigInt(1) << (shift - 1)
            if rem > half || (rem == half && m & 1 == 1) { m += 1 }
            exponent += shift
        }
        let d = Double(sign: .plus, exponent: exponent, significand: Double(m))
        if d.isInfinite { throw overflowError("hexadecimal value too large to represent as a float") }
        return negative ? -d : d
    }
}

/// `float.as_integer_ratio` for a finite float.
func floatRatio(_ d: Double) -> (BigInt, BigInt) {
    if d == 0 { return (0, 1) }
    var n = BigInt(d.significandBitPattern) | (d.isNormal ? BigInt(1) << 52 : 0)
    var e = (d.isNormal ? Int(d.exponent) : -1022) - 52
    while e < 0 && n & 1 == 0 {
        n >>= 1
        e += 1
    }
    if d < 0 { n = -n }
    return e >= 0 ? (n << e, 1) : (n, BigInt(1) << -e)
}

/// `float.hex()`: `[-]0x1.hhhhhhhhhhhhhp±e`.
func floatHex(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    let sign = d.sign == .minus ? "-" : ""
    if d == 0 { return sign + "0x0.0p+0" }
    let frac = String(d.significandBitPattern, radix: 16)
    let digits = String(repeating: "0", count: 13 - frac.count) + frac
    let lead = d.isNormal ? "1" : "0"
    let e = d.isNormal ? Int(d.exponent) : -1022
    return "\(sign)0x\(lead).\(digits)p\(e >= 0 ? "+" : "")\(e)"
}

extension String {
    func trimmingPythonWhitespace() -> String {
        let sc = Array(unicodeScalars)
        var i = 0, j = sc.count
        while i < j && isPySpace(sc[i]) { i += 1 }
        while j > i && isPySpace(sc[j - 1]) { j -= 1 }
        return String(String.UnicodeScalarView(sc[i..<j]))
    }
}
