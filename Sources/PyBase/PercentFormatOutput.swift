import BigInt

/// Formatting one `%` conversion once its value is known (CPython's `mainformatlong`,
/// `_PyUnicode_FormatLong`, `formatfloat`, `formatchar` and `unicode_format_arg_output`).
///
/// Value conversions are the caller's: for `%d %i %u` a float is truncated with
/// `FloatMath.toBigInt` first (other non-ints: `wrongType`), `%o %x %X` need an int (`__index__`),
/// `%e…%G` need a float (ints via `FloatMath.toDouble`, else `realNumberRequired`), `%s %r %a`
/// take `str()`/`repr()`/`ascii()` of the value, `%c` takes `char(fromInt:)`/`char(fromString:)`.
extension PercentFormat {
    /// `%d %i %u %o %x %X` of an int. Throws only the decimal digit-limit ValueError.
    public static func format(int value: Int, _ c: Conversion) throws -> String {
        if c.width == -1 && c.precision == -1 && c.flags.isDisjoint(with: [.sign, .blank, .alternate])
            && c.conversion != "X" {
            switch c.conversion {
            case "o": return String(value, radix: 8)
            case "x": return String(value, radix: 16)
            default: return String(value)
            }
        }
        return try format(int: BigInt(value), c)
    }

    /// `%d %i %u %o %x %X` of an int of any size. Throws only the decimal digit-limit ValueError.
    public static func format(int value: BigInt, _ c: Conversion) throws -> String {
        let conv = c.conversion
        let base = conv == "o" ? 8 : (conv == "x" || conv == "X") ? 16 : 10
        let negative = value.sign == .minus && !value.isZero
        var digits: [UInt8]
        if base == 10 {
            digits = Array(try IntText.decimalMagnitude(value.magnitude).utf8)
        } else {
            digits = Array(String(value.magnitude, radix: base, uppercase: conv == "X").utf8)
        }
        var s: [UInt8] = []
        s.reserveCapacity(digits.count + 4 + max(c.precision, 0))
        if negative { s.append(UInt8(ascii: "-")) }
        if c.flags.contains(.alternate) && base != 10 {
            s.append(UInt8(ascii: "0"))
            s.append(UInt8(conv.value))
        }
        if c.precision > digits.count {
            s.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: c.precision - digits.count))
        }
        s.append(contentsOf: digits)
        return output(s.map { Unicode.Scalar($0) }, c, sign: true)
    }

    /// `%e %E %f %F %g %G` of a float (precision defaults to 6).
    public static func format(float value: Double, _ c: Conversion) -> String {
        let prec = c.precision < 0 ? 6 : c.precision
        let flags: FloatRepr.Flags = c.flags.contains(.alternate) ? [.alternate] : []
        let text = FloatRepr.formatString(value, code: UInt8(truncatingIfNeeded: c.conversion.value),
                                          precision: prec, flags: flags)
        if c.width == -1 && c.flags.isDisjoint(with: [.sign, .blank]) { return text }
        return output(Array(text.unicodeScalars), c, sign: true)
    }

    /// `%s %r %a`: `text` is `str()`, `repr()` or `ascii()` of the value; precision truncates.
    public static func format(string text: String, _ c: Conversion) -> String {
        if c.width <= 0 && c.precision < 0 && c.flags.isDisjoint(with: [.sign, .blank]) { return text }
        return output(Array(text.unicodeScalars), c, sign: false)
    }

    /// `%c` of a character obtained with `char(fromInt:)` or `char(fromString:)`.
    public static func format(char: Unicode.Scalar, _ c: Conversion) -> String {
        if c.width == -1 && c.precision == -1 { return String(Character(char)) }
        return output([char], c, sign: false)
    }

    /// `%c` argument from an int: OverflowError "%c arg not in range(0x110000)". Lone surrogates
    /// (not representable in a Swift String) become U+FFFD.
    public static func char(fromInt value: BigInt) throws -> Unicode.Scalar {
        guard let v = Int(exactly: value), v >= 0, v <= 0x10ffff else { throw charOutOfRange }
        return Unicode.Scalar(UInt32(v)) ?? "\u{FFFD}"
    }

    /// `%c` argument from a str: exactly one code point, else TypeError "%c requires int or char".
    public static func char(fromString s: String) throws -> Unicode.Scalar {
        var it = s.unicodeScalars.makeIterator()
        guard let first = it.next(), it.next() == nil else { throw charRequiresIntOrChar }
        return first
    }

    /// `unicode_format_arg_output`: padding, sign and `0x`/`0o` prefix placement.
    static func output(_ chars: [Unicode.Scalar], _ c: Conversion, sign signFlag: Bool) -> String {
        let flags = c.flags
        var sign = signFlag
        let fill: Unicode.Scalar = (sign && flags.contains(.zero)) ? "0" : " "
        var len = chars.count
        var width = c.width
        let conv = c.conversion
        if (width == -1 || width <= len) && (c.precision == -1 || c.precision >= len)
            && flags.isDisjoint(with: [.sign, .blank]) {
            var out = String.UnicodeScalarView()
            out.append(contentsOf: chars)
            return String(out)
        }
        if conv == "s" || conv == "r" || conv == "a" {
            if c.precision >= 0 && len > c.precision { len = c.precision }
        }
        var pindex = 0
        var signChar: Unicode.Scalar = " "
        if sign {
            let ch = chars.first ?? "\0"
            if ch == "-" || ch == "+" {
                signChar = ch
                len -= 1
                pindex += 1
            } else if flags.contains(.sign) {
                signChar = "+"
            } else if flags.contains(.blank) {
                signChar = " "
            } else {
                sign = false
            }
        }
        if width < len { width = len }
        var out = String.UnicodeScalarView()
        let hasPrefix = flags.contains(.alternate) && (conv == "x" || conv == "X" || conv == "o")
        if sign {
            if fill != " " { out.append(signChar) }
            if width > len { width -= 1 }
        }
        if hasPrefix {
            if fill != " " {
                out.append("0")
                out.append(conv)
                pindex += 2
            }
            width -= 2
            if width < 0 { width = 0 }
            len -= 2
        }
        if width > len && !flags.contains(.leftAdjust) {
            out.append(contentsOf: repeatElement(fill, count: width - len))
            width = len
        }
        if fill == " " {
            if sign { out.append(signChar) }
            if hasPrefix {
                out.append("0")
                out.append(conv)
                pindex += 2
            }
        }
        if len > 0 { out.append(contentsOf: chars[pindex..<(pindex + len)]) }
        if width > len { out.append(contentsOf: repeatElement(" ", count: width - len)) }
        return String(out)
    }
}
