import BigInt

/// `int.__format__` and `float.__format__` (CPython's Python/formatter_unicode.c).
extension FormatSpec {
    /// `format(value, spec)` for a Python int (fast path for machine integers).
    /// `typeName` is used in error messages ("Unknown format code 'q' for object of type 'int'").
    /// Types `b c d o x X n` and none format the integer; `e E f F g G %` convert it to float first.
    public func format(int value: Int, typeName: String = "int") throws -> String {
        try TextBudget.check(width: width)
        if text.isEmpty { return String(value) }
        let t = try validated(defaultType: "d", typeName: typeName)
        switch t {
        case "b", "c", "d", "o", "x", "X", "n":
            return try formatInteger(negative: value < 0, magnitude: UInt64(value.magnitude), big: nil, type: t!)
        case "e", "E", "f", "F", "g", "G", "%":
            return try formatFloatInternal(Double(value), type: t)
        default:
            throw FormatSpec.unknownType(t!, typeName)
        }
    }

    /// `format(value, spec)` for a Python int of any size. See `format(int: Int, …)`.
    public func format(int value: BigInt, typeName: String = "int") throws -> String {
        try TextBudget.check(width: width)
        if let small = Int(exactly: value) { return try format(int: small, typeName: typeName) }
        let t = try validated(defaultType: "d", typeName: typeName)
        switch t {
        case "b", "c", "d", "o", "x", "X", "n":
            return try formatInteger(negative: value.sign == .minus, magnitude: 0, big: value.magnitude, type: t!)
        case "e", "E", "f", "F", "g", "G", "%":
            return try formatFloatInternal(try FloatMath.toDouble(value), type: t)
        default:
            throw FormatSpec.unknownType(t!, typeName)
        }
    }

    /// `format(value, spec)` for a Python float: types `e E f F g G n %` and none
    /// (none without precision = `repr`; with precision = `g` keeping at least one decimal).
    public func format(float value: Double, typeName: String = "float") throws -> String {
        try TextBudget.check(width: width)
        let t = try validated(defaultType: nil, typeName: typeName)
        switch t {
        case nil, "e", "E", "f", "F", "g", "G", "n", "%":
            return try formatFloatInternal(value, type: t)
        default:
            throw FormatSpec.unknownType(t!, typeName)
        }
    }

    // MARK: - Integers

    /// `format_long_internal`. The magnitude is `magnitude` unless `big` is given.
    func formatInteger(negative: Bool, magnitude: UInt64, big: BigUInt?, type t: Unicode.Scalar) throws -> String {
        if precision != -1 {
            throw PyBaseError.value("Precision not allowed in integer format specifier")
        }
        if noNegativeZero {
            throw PyBaseError.value("Negative zero coercion (z) not allowed in integer format specifier")
        }
        if t == "c" {
            if sign != nil {
                throw PyBaseError.value("Sign not allowed with integer format specifier 'c'")
            }
            if alternate {
                throw PyBaseError.value("Alternate form (#) not allowed with integer format specifier 'c'")
            }
            if big != nil || magnitude > UInt64(Int.max) + (negative ? 1 : 0) {
                throw PyBaseError.overflow("Python int too large to convert to C long")
            }
            if negative || magnitude > 0x10ffff {
                throw PyBaseError.overflow("%c arg not in range(0x110000)")
            }
            // Lone surrogates cannot live in a Swift String; they become U+FFFD.
            let ch = Unicode.Scalar(UInt32(magnitude)) ?? "\u{FFFD}"
            let encoded = Array(UTF8.encode(ch)!)
            return encoded.withUnsafeBufferPointer { rem in
                render(NumberParts(remainder: rem, remainderChars: 1), align: numericAlign, separator: nil, groupSize: 0)
            }
        }
        let base: Int
        switch t {
        case "b": base = 2
        case "o": base = 8
        case "x", "X": base = 16
        default: base = 10
        }
        let upper = t == "X"
        // Fast path: plain digits.
        if sign != "+" && sign != " " && width == -1 && t != "X" && t != "n" && grouping == nil && !alternate {
            let digits = big.map { String($0, radix: base) } ?? String(magnitude, radix: base)
            if base == 10 && digits.utf8.count > IntText.maxStrDigits { throw IntText.tooManyDigitsForStr }
            return negative ? "-" + digits : digits
        }
        var parts = NumberParts()
        parts.negative = negative
        if alternate && base != 10 {
            parts.prefix = upper ? UInt8(ascii: "X") : UInt8(ascii: base == 2 ? "b" : base == 8 ? "o" : "x")
        }
        var sep: UInt8? = nil
        var groupSize = 0
        if t != "n", let g = grouping {
            sep = UInt8(g.value)
            groupSize = (g == "_" && base != 10) ? 4 : 3
        }
        let align = numericAlign
        if let b = big {
            let text = base == 10 ? try IntText.decimalMagnitude(b) : String(b, radix: base, uppercase: upper)
            return Array(text.utf8).withUnsafeBufferPointer { d in
                parts.digits = d
                return render(parts, align: align, separator: sep, groupSize: groupSize)
            }
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buf in
            parts.digits = FormatSpec.writeDigits(magnitude, base: base, upper: upper, into: buf)
            return render(parts, align: align, separator: sep, groupSize: groupSize)
        }
    }

    /// Writes the digits of `v` (base 2, 8, 10 or 16) at the end of `buf` (64 bytes).
    static func writeDigits(_ v: UInt64, base: Int, upper: Bool,
                            into buf: UnsafeMutableBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var pos = buf.count
        var v = v
        let b = UInt64(base)
        let letterBase: UInt8 = upper ? 55 : 87   // 'A' - 10, 'a' - 10
        repeat {
            let d = UInt8(truncatingIfNeeded: v % b)
            pos -= 1
            buf[pos] = d < 10 ? 48 + d : letterBase + d
            v /= b
        } while v != 0
        return UnsafeBufferPointer(rebasing: buf[pos...])
    }

    // MARK: - Floats

    /// `format_float_internal`; `type` is the effective type (nil = none).
    func formatFloatInternal(_ value: Double, type t: Unicode.Scalar?) throws -> String {
        if precision > Int(Int32.max) { throw PyBaseError.value("precision too big") }
        var flags: FloatRepr.Flags = []
        if alternate { flags.insert(.alternate) }
        if noNegativeZero { flags.insert(.noNegativeZero) }
        var code: UInt8
        var defaultPrecision = 6
        if let t = t {
            code = t == "n" ? UInt8(ascii: "g") : UInt8(t.value)
        } else {
            flags.insert(.addDot0)
            code = UInt8(ascii: "r")
            defaultPrecision = 0
        }
        var val = value
        var addPercent = false
        if code == UInt8(ascii: "%") {
            code = UInt8(ascii: "f")
            val *= 100
            addPercent = true
        }
        var prec = precision
        if prec < 0 {
            prec = defaultPrecision
        } else if code == UInt8(ascii: "r") {
            code = UInt8(ascii: "g")
        }
        let plain = sign != "+" && sign != " " && width == -1 && t != "n" && grouping == nil
        if code == UInt8(ascii: "r") && flags == [.addDot0] && plain {
            return FloatRepr.repr(val)
        }
        var text = FloatRepr.formatString(val, code: code, precision: prec, flags: flags,
                                          suffix: addPercent ? UInt8(ascii: "%") : 0)
        if plain { return text }
        var sep: UInt8? = nil
        if t != "n", let g = grouping { sep = UInt8(g.value) }
        let align = numericAlign
        return text.withUTF8 { b in
            var parts = NumberParts()
            var i = 0
            if b.first == UInt8(ascii: "-") {
                parts.negative = true
                i = 1
            }
            let digitsStart = i
            while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
            parts.digits = UnsafeBufferPointer(rebasing: b[digitsStart..<i])
            if i < b.count && b[i] == UInt8(ascii: ".") {
                parts.hasDecimal = true
                i += 1
            }
            parts.remainder = UnsafeBufferPointer(rebasing: b[i...])
            parts.remainderChars = parts.remainder.count
            return render(parts, align: align, separator: sep, groupSize: sep == nil ? 0 : 3)
        }
    }

    // MARK: - Layout shared by ints and floats

    /// The pieces of a formatted number: `[sign][prefix]digits[.remainder]` (ASCII, except a
    /// `c` character in `remainder`). The buffers are only valid during `render`.
    struct NumberParts {
        var negative = false
        /// The letter of a `0b`/`0o`/`0x`/`0X` prefix, or 0 for none.
        var prefix: UInt8 = 0
        var digits = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        var hasDecimal = false
        var remainder = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        var remainderChars = 0
    }

    /// `calc_number_widths` + `fill_number`, writing straight into the result's storage.
    func render(_ p: NumberParts, align: Unicode.Scalar, separator: UInt8?, groupSize: Int) -> String {
        var signChar: UInt8 = 0
        if p.negative {
            signChar = UInt8(ascii: "-")
        } else if sign == "+" {
            signChar = UInt8(ascii: "+")
        } else if sign == " " {
            signChar = UInt8(ascii: " ")
        }
        let nonDigit = (signChar == 0 ? 0 : 1) + (p.prefix == 0 ? 0 : 2) + (p.hasDecimal ? 1 : 0) + p.remainderChars
        let minWidth = (fill == "0" && align == "=") ? width - nonDigit : 0
        let groupedCount = p.digits.isEmpty ? 0
            : FormatSpec.groupedLength(p.digits.count, minWidth: minWidth, groupSize: groupSize)
        let padding = width - (nonDigit + groupedCount)
        var lpad = 0, rpad = 0, spad = 0
        if padding > 0 {
            switch align {
            case "<": rpad = padding
            case "^": lpad = padding / 2; rpad = padding - lpad
            case "=": spad = padding
            default: lpad = padding
            }
        }
        let fillUTF8 = UTF8.encode(fill)!
        let fillLen = fillUTF8.count
        let total = (lpad + spad + rpad) * fillLen + (signChar == 0 ? 0 : 1) + (p.prefix == 0 ? 0 : 2)
            + groupedCount + (p.hasDecimal ? 1 : 0) + p.remainder.count
        return String(unsafeUninitializedCapacity: total) { out in
            var i = 0
            func pad(_ n: Int) {
                if n <= 0 { return }
                if fillLen == 1 {
                    let f = fillUTF8[fillUTF8.startIndex]
                    for _ in 0..<n { out[i] = f; i += 1 }
                } else {
                    for _ in 0..<n { for b in fillUTF8 { out[i] = b; i += 1 } }
                }
            }
            pad(lpad)
            if signChar != 0 { out[i] = signChar; i += 1 }
            if p.prefix != 0 {
                out[i] = UInt8(ascii: "0")
                out[i + 1] = p.prefix
                i += 2
            }
            pad(spad)
            if groupedCount == p.digits.count {
                for d in p.digits { out[i] = d; i += 1 }   // no separator, no zero padding
            } else if groupedCount > 0 {
                FormatSpec.writeGrouped(p.digits, into: out, end: i + groupedCount, minWidth: minWidth,
                                        groupSize: groupSize, separator: separator ?? 0)
                i += groupedCount
            }
            if p.hasDecimal { out[i] = UInt8(ascii: "."); i += 1 }
            for b in p.remainder { out[i] = b; i += 1 }
            pad(rpad)
            return i
        }
    }

    /// The length `_PyUnicode_InsertThousandsGrouping` produces for `n` digits (n >= 1): a
    /// separator every `groupSize` digits (0 = no grouping), zero-padded up to `minWidth`.
    static func groupedLength(_ n: Int, minWidth: Int, groupSize: Int) -> Int {
        var remaining = n
        var minWidth = minWidth
        var count = 0
        var useSeparator = false
        if groupSize > 0 {
            while true {
                let len = min(groupSize, max(remaining, minWidth, 1))
                count += (useSeparator ? 1 : 0) + len
                useSeparator = true
                remaining -= min(remaining, len)
                minWidth -= len
                if remaining <= 0 && minWidth <= 0 { return count }
                minWidth -= 1
            }
        }
        return max(remaining, minWidth, 1)
    }

    /// Writes the grouped, zero-padded digits right to left, ending just before `end`.
    static func writeGrouped(_ digits: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
                             end: Int, minWidth: Int, groupSize: Int, separator: UInt8) {
        var pos = end
        var idx = digits.count
        var remaining = digits.count
        var minWidth = minWidth
        var useSeparator = false
        func put(_ len: Int) {
            let nChars = max(0, min(remaining, len))
            if useSeparator { pos -= 1; out[pos] = separator }
            for _ in 0..<nChars { idx -= 1; pos -= 1; out[pos] = digits[idx] }
            for _ in 0..<max(0, len - remaining) { pos -= 1; out[pos] = UInt8(ascii: "0") }
            remaining -= nChars
        }
        if groupSize > 0 {
            while true {
                let len = min(groupSize, max(remaining, minWidth, 1))
                put(len)
                useSeparator = true
                minWidth -= len
                if remaining <= 0 && minWidth <= 0 { return }
                minWidth -= 1
            }
        }
        put(max(remaining, minWidth, 1))
    }
}
