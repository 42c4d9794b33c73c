/// Python's float-to-text conversions: `repr(float)`/`str(float)` and CPython's
/// `PyOS_double_to_string`, on which `format()`, f-strings and `%`-formatting of floats build.
public enum FloatRepr {
    /// Exactly `repr(x)` (and `str(x)`) for a Python float: shortest round-trip digits,
    /// exponent notation when the decimal exponent is < -4 or >= 16.
    /// `5.0`, `0.1`, `1e-05`, `1e+16`, `-0.0`, `inf`, `-inf`, `nan`.
    public static func repr(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        // Swift's `description` prints the same shortest digits in the same layout as Python,
        // except that it switches to exponent notation from 2^53 where Python waits for 1e16.
        let m = x.magnitude
        if m < 9007199254740992.0 || m >= 1e16 { return x.description }
        return reprSlow(x)
    }

    /// `repr` computed from the digits alone (used for 2^53 <= |x| < 1e16, and by the tests to
    /// cross-check the fast path).
    static func reprSlow(_ x: Double) -> String {
        formatString(x, code: UInt8(ascii: "r"), precision: 0, flags: [.addDot0])
    }

    /// Options of `PyOS_double_to_string` (the `Py_DTSF_*` flags).
    public struct Flags: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Always emit a sign (`+` for non-negative values).
        public static let sign = Flags(rawValue: 1)
        /// Append `.0` to a result that would look like an integer (repr / format without type).
        public static let addDot0 = Flags(rawValue: 2)
        /// Alternate form (`#`): keep the decimal point and, for `g`, trailing zeros.
        public static let alternate = Flags(rawValue: 4)
        /// Format-spec `z`: a negative value that rounds to zero is written without `-`.
        public static let noNegativeZero = Flags(rawValue: 8)
    }

    /// CPython's `PyOS_double_to_string(x, code, precision, flags)`.
    ///
    /// `code` is one of `e E f F g G r` (`r` = repr layout, precision ignored). Precision is the
    /// number of digits after the point for `e`/`f`, significant digits for `g` (0 means 1).
    /// `inf`/`nan` are written as `inf`/`nan` (`INF`/`NAN` for upper-case codes).
    public static func format(_ x: Double, code: Character, precision: Int, flags: Flags = []) -> String {
        formatString(x, code: UInt8(ascii: code.unicodeScalars.first!), precision: precision, flags: flags)
    }

    enum Code { case e, f, g, repr }

    /// `PyOS_double_to_string` with an ASCII `code` among `eEfFgGr`; `suffix` (if not 0) is
    /// appended (the `%` of the `%` presentation type).
    static func formatString(_ x: Double, code: UInt8, precision: Int, flags: Flags, suffix: UInt8 = 0) -> String {
        var p = precision
        let upper: Bool
        let c: Code
        switch code {
        case UInt8(ascii: "e"), UInt8(ascii: "E"): c = .e; upper = code == UInt8(ascii: "E"); p += 1
        case UInt8(ascii: "f"), UInt8(ascii: "F"): c = .f; upper = code == UInt8(ascii: "F")
        case UInt8(ascii: "g"), UInt8(ascii: "G"): c = .g; upper = code == UInt8(ascii: "G"); if p == 0 { p = 1 }
        default: c = .repr; upper = false; p = 0
        }
        if !x.isFinite {
            var t = x.isNaN ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf")
            if x.isInfinite && x < 0 {
                t = "-" + t
            } else if flags.contains(.sign) {
                t = "+" + t
            }
            if suffix != 0 { t.unicodeScalars.append(Unicode.Scalar(suffix)) }
            return t
        }
        let d: DecimalDigits
        switch c {
        case .e, .g: d = DecimalDigits.significant(x, count: p)
        case .f: d = DecimalDigits.fixed(x, places: p)
        case .repr: d = DecimalDigits.shortest(x)
        }
        return layout(d, negative: x.sign == .minus, code: c, precision: p, flags: flags, upper: upper, suffix: suffix)
    }

    /// The layout half of CPython's `format_float_short` (Python/pystrtod.c), given dtoa digits.
    static func layout(_ d: DecimalDigits, negative: Bool, code: Code, precision: Int, flags: Flags,
                       upper: Bool, suffix: UInt8) -> String {
        let digitsLen = d.count
        var decpt = d.decpt
        var sign = negative
        let addDot0 = flags.contains(.addDot0)
        let alt = flags.contains(.alternate)
        if flags.contains(.noNegativeZero) && sign && d.isZero {
            sign = false
        }
        var vdigitsEnd = digitsLen
        var useExp = false
        switch code {
        case .e:
            useExp = true
            vdigitsEnd = precision
        case .f:
            vdigitsEnd = decpt + precision
        case .g:
            if decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision) { useExp = true }
            if alt { vdigitsEnd = precision }
        case .repr:
            if decpt <= -4 || decpt > 16 { useExp = true }
        }
        var exp = 0
        if useExp {
            exp = decpt - 1
            decpt = 1
        }
        let vdigitsStart = decpt <= 0 ? decpt - 1 : 0
        if !useExp && addDot0 {
            vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1
        } else {
            vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt
        }
        // sign, point, zero padded digits, exponent (up to "e+308"), suffix
        let bound = 3 + (vdigitsEnd - vdigitsStart) + (useExp ? 5 : 0)
        let forceSign = flags.contains(.sign)
        return d.withDigits { digits in
            String(unsafeUninitializedCapacity: bound) { out in
                var i = 0
                @inline(__always) func put(_ b: UInt8) { out[i] = b; i += 1 }
                @inline(__always) func zeros(_ n: Int) { if n > 0 { for _ in 0..<n { put(0x30) } } }
                if sign {
                    put(UInt8(ascii: "-"))
                } else if forceSign {
                    put(UInt8(ascii: "+"))
                }
                if decpt <= 0 {
                    zeros(decpt - vdigitsStart)
                    put(UInt8(ascii: "."))
                    zeros(-decpt)
                } else {
                    zeros(-vdigitsStart)
                }
                if 0 < decpt && decpt <= digitsLen {
                    for k in 0..<decpt { put(digits[k]) }
                    put(UInt8(ascii: "."))
                    for k in decpt..<digitsLen { put(digits[k]) }
                } else {
                    for k in 0..<digitsLen { put(digits[k]) }
                }
                if digitsLen < decpt {
                    zeros(decpt - digitsLen)
                    put(UInt8(ascii: "."))
                    zeros(vdigitsEnd - decpt)
                } else {
                    zeros(vdigitsEnd - digitsLen)
                }
                if i > 0 && out[i - 1] == UInt8(ascii: ".") && !alt { i -= 1 }
                if useExp {
                    put(upper ? UInt8(ascii: "E") : UInt8(ascii: "e"))
                    if exp < 0 { put(UInt8(ascii: "-")); exp = -exp } else { put(UInt8(ascii: "+")) }
                    if exp >= 100 { put(0x30 + UInt8(exp / 100)) }
                    put(0x30 + UInt8(exp / 10 % 10))
                    put(0x30 + UInt8(exp % 10))
                }
                if suffix != 0 { put(suffix) }
                return i
            }
        }
    }
}
