import BigInt

/// Integer text conversions with Python's rules: `int(str, base)` parsing and `str`/`hex`/`oct`/
/// `bin` of ints, including CPython 3.11's 4300-digit limit for decimal conversions.
public enum IntText {
    /// `sys.get_int_max_str_digits()` default; conversions between int and decimal text with more
    /// digits raise ValueError (bases that are powers of two are not limited).
    public static let maxStrDigits = 4300

    /// `int(s, base)`: returns nil when CPython raises "invalid literal" (or base is out of range).
    /// Accepts surrounding whitespace (ASCII and Unicode), a sign, underscores between digits,
    /// Unicode decimal digits, and `0x`/`0o`/`0b` prefixes for base 0 and the matching base.
    /// The digit limit is not applied; see `parseChecked`.
    public static func parse(_ s: String, base: Int) -> BigInt? {
        if case .value(let v) = scan(s, base: base, limit: false) { return v }
        return nil
    }

    /// `int(s, base)` with all of CPython's errors (ValueError):
    /// "int() base must be >= 2 and <= 36, or 0", "invalid literal for int() with base 10: 'x'"
    /// (`repr` supplies Python's repr of `s`, called only on error), and the digit-limit error.
    public static func parseChecked(_ s: String, base: Int, repr: () -> String) throws -> BigInt {
        if base != 0 && (base < 2 || base > 36) {
            throw PyBaseError.value("int() base must be >= 2 and <= 36, or 0")
        }
        switch scan(s, base: base, limit: true) {
        case .value(let v): return v
        case .invalid: throw PyBaseError.value(invalidLiteralMessage(base: base, repr: repr()))
        case .tooManyDigits(let n):
            throw PyBaseError.value("Exceeds the limit (\(maxStrDigits) digits) for integer string conversion: value has \(n) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
    }

    /// "invalid literal for int() with base B: R" where R is the repr truncated to 200 characters
    /// (CPython's `%.200R`).
    public static func invalidLiteralMessage(base: Int, repr: String) -> String {
        var r = repr
        if r.unicodeScalars.count > 200 {
            r = String(String.UnicodeScalarView(r.unicodeScalars.prefix(200)))
        }
        return "invalid literal for int() with base \(base): \(r)"
    }

    /// The error CPython raises for `str(n)` when `n` has more than `maxStrDigits` decimal digits.
    public static let tooManyDigitsForStr = PyBaseError.value(
        "Exceeds the limit (\(maxStrDigits) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")

    /// Digits of `v` in `radix` (2...36), lower case unless `uppercase`, with a leading `-` when
    /// negative; no prefix and no digit limit.
    public static func format(_ v: BigInt, radix: Int = 10, uppercase: Bool = false) -> String {
        if let small = Int(exactly: v) { return String(small, radix: radix, uppercase: uppercase) }
        return String(v, radix: radix, uppercase: uppercase)
    }

    /// `str(v)` with CPython's digit limit (ValueError `tooManyDigitsForStr`).
    public static func decimal(_ v: BigInt) throws -> String {
        if let small = Int(exactly: v) { return String(small) }
        let s = try decimalMagnitude(v.magnitude)
        return v.sign == .minus ? "-" + s : s
    }

    /// Decimal digits of a magnitude, enforcing the digit limit.
    static func decimalMagnitude(_ m: BigUInt) throws -> String {
        if m.bitWidth > 14300 { throw tooManyDigitsForStr }   // surely more than 4300 digits
        let s = String(m)
        if s.utf8.count > maxStrDigits { throw tooManyDigitsForStr }
        return s
    }

    /// `bin(v)`, `oct(v)`, `hex(v)`: radix 2, 8 or 16 with the `0b`/`0o`/`0x` prefix after the sign.
    public static func prefixed(_ v: BigInt, radix: Int) -> String {
        let p = radix == 2 ? "0b" : radix == 8 ? "0o" : "0x"
        let digits = format(v.magnitude.isZero ? 0 : BigInt(v.magnitude), radix: radix)
        return (v.sign == .minus && !v.magnitude.isZero ? "-" : "") + p + digits
    }

    // MARK: - Parsing

    enum ScanResult { case value(BigInt), invalid, tooManyDigits(Int) }

    /// `Py_ISSPACE` for ASCII bytes.
    @inline(__always)
    static func isASCIISpace(_ c: UInt8) -> Bool {
        c == 0x20 || (c >= 0x09 && c <= 0x0d)
    }

    @inline(__always)
    static func digitValue(_ c: UInt8) -> Int {
        switch c {
        case 0x30...0x39: return Int(c - 0x30)
        case 0x61...0x7a: return Int(c - 0x61 + 10)
        case 0x41...0x5a: return Int(c - 0x41 + 10)
        default: return 37
        }
    }

    /// `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII whitespace becomes ' ', Unicode
    /// decimal digits become ASCII digits, anything else non-ASCII (and NUL) becomes '?'.
    static func asciiBytes(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var allASCII = true
        for b in s.utf8 where b >= 0x80 || b == 0 { allASCII = false; break }
        if allASCII {
            out.append(contentsOf: s.utf8)
            return out
        }
        for u in s.unicodeScalars {
            if u.value == 0 {
                out.append(UInt8(ascii: "?"))
            } else if u.value < 128 {
                out.append(UInt8(u.value))
            } else if u.properties.isWhitespace {
                out.append(0x20)
            } else if let d = FormatSpec.decimalValue(u) {
                out.append(0x30 + UInt8(d))
            } else {
                out.append(UInt8(ascii: "?"))
            }
        }
        return out
    }

    /// CPython's `PyLong_FromString` on the ASCII-transformed text.
    static func scan(_ text: String, base requested: Int, limit: Bool) -> ScanResult {
        if requested != 0 && (requested < 2 || requested > 36) { return .invalid }
        let s = asciiBytes(text)
        let n = s.count
        @inline(__always) func at(_ i: Int) -> UInt8 { i < n ? s[i] : 0 }
        var i = 0
        while i < n && isASCIISpace(s[i]) { i += 1 }
        var negative = false
        if at(i) == UInt8(ascii: "+") {
            i += 1
        } else if at(i) == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        var base = requested
        var errorIfNonzero = false
        let c1 = at(i + 1) | 0x20   // lower-cased second character
        if base == 0 {
            if at(i) != UInt8(ascii: "0") {
                base = 10
            } else if c1 == UInt8(ascii: "x") {
                base = 16
            } else if c1 == UInt8(ascii: "o") {
                base = 8
            } else if c1 == UInt8(ascii: "b") {
                base = 2
            } else {
                errorIfNonzero = true
                base = 10
            }
        }
        if at(i) == UInt8(ascii: "0") &&
            ((base == 16 && c1 == UInt8(ascii: "x")) || (base == 8 && c1 == UInt8(ascii: "o")) ||
             (base == 2 && c1 == UInt8(ascii: "b"))) {
            i += 2
            if at(i) == UInt8(ascii: "_") { i += 1 }
        }
        if at(i) == UInt8(ascii: "_") { return .invalid }
        let start = i
        var prev: UInt8 = 0
        var digitCount = 0
        while i < n && (digitValue(s[i]) < base || s[i] == UInt8(ascii: "_")) {
            if s[i] == UInt8(ascii: "_") {
                if prev == UInt8(ascii: "_") { return .invalid }
            } else {
                digitCount += 1
            }
            prev = s[i]
            i += 1
        }
        if prev == UInt8(ascii: "_") { return .invalid }
        let end = i
        if end == start { return .invalid }
        if limit && base & (base - 1) != 0 && digitCount > maxStrDigits { return .tooManyDigits(digitCount) }
        while i < n && isASCIISpace(s[i]) { i += 1 }
        if i != n { return .invalid }
        var value = accumulate(s, start, end, base: base)
        if errorIfNonzero && !value.isZero { return .invalid }
        if negative { value.negate() }
        return .value(value)
    }

    /// Value of the digits (underscores skipped) in `s[start..<end]`.
    static func accumulate(_ s: [UInt8], _ start: Int, _ end: Int, base: Int) -> BigInt {
        // Chunk size k with base^k < 2^63 so each chunk fits an UInt64 multiply-add.
        var k = 0
        var pk: UInt64 = 1
        while pk <= UInt64(Int64.max) / UInt64(base) { pk *= UInt64(base); k += 1 }
        var big: BigUInt? = nil
        var chunk: UInt64 = 0
        var chunkPow: UInt64 = 1
        var chunkLen = 0
        for j in start..<end where s[j] != UInt8(ascii: "_") {
            chunk = chunk * UInt64(base) + UInt64(digitValue(s[j]))
            chunkPow *= UInt64(base)
            chunkLen += 1
            if chunkLen == k {
                if var b = big {
                    b.multiply(byWord: UInt(chunkPow))
                    b += BigUInt(chunk)
                    big = b
                } else {
                    big = BigUInt(chunk)
                }
                chunk = 0; chunkPow = 1; chunkLen = 0
            }
        }
        guard var b = big else { return BigInt(chunk) }
        if chunkLen > 0 {
            b.multiply(byWord: UInt(chunkPow))
            b += BigUInt(chunk)
        }
        return BigInt(b)
    }
}
