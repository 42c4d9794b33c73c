/// A parsed format specification (the part after `:` in `{:…}`, or `format(x, spec)`),
/// following CPython 3.11's `parse_internal_render_format_spec`:
///
///     [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
///
/// Parsing is type-independent; the checks that depend on the formatted object's type
/// (the default type, "Invalid format specifier …", grouping vs type) are made by the
/// `format(int:)`, `format(float:)` and `format(string:)` methods, in CPython's order.
public struct FormatSpec: Sendable, Equatable {
    /// The fill character (`" "` unless given, or `"0"` from the `0` flag).
    public var fill: Unicode.Scalar = " "
    /// Explicit alignment `<`, `>`, `^` or `=`; `nil` means the type's default.
    public var align: Unicode.Scalar?
    /// `+`, `-` or `" "`; `nil` when absent.
    public var sign: Unicode.Scalar?
    /// The `z` option (coerce negative zero, floats only).
    public var noNegativeZero = false
    /// The `#` option.
    public var alternate = false
    /// The `0` option was given (without an explicit fill): fill with `0`, and for numbers
    /// without explicit alignment use `=`.
    public var zeroPad = false
    /// Minimum width, or -1.
    public var width = -1
    /// `,` or `_` grouping, `nil` when absent.
    public var grouping: Unicode.Scalar?
    /// Precision, or -1.
    public var precision = -1
    /// The presentation type, `nil` when absent.
    public var type: Unicode.Scalar?
    /// The original text, for error messages.
    public var text: String = ""
    /// More than one character remained where the type was expected: the spec is invalid,
    /// reported (with the object's type name) by the `format` methods.
    public var invalidTail = false

    public init() {}

    /// Parses a format specification. Throws (ValueError) the type-independent errors:
    /// "Cannot specify both ',' and '_'.", "Format specifier missing precision",
    /// "Too many decimal digits in format string".
    public static func parse(_ spec: String) throws -> FormatSpec {
        var f = FormatSpec()
        f.text = spec
        if spec.isEmpty { return f }
        var u = spec
        let ascii = u.withUTF8 { b in !b.contains { $0 >= 0x80 } }
        if ascii {
            try u.withUTF8 { b in try f.parseCore(b) }
        } else {
            try f.parseCore(spec.unicodeScalars.map { $0.value })
        }
        return f
    }

    /// The parser proper, over code points.
    mutating func parseCore<C: RandomAccessCollection>(_ s: C) throws
        where C.Index == Int, C.Element: FixedWidthInteger {
        let end = s.count
        var pos = 0
        @inline(__always) func at(_ i: Int) -> UInt32 { UInt32(truncatingIfNeeded: s[i]) }
        func isAlign(_ c: UInt32) -> Bool { c == 0x3c || c == 0x3e || c == 0x3d || c == 0x5e }  // < > = ^
        var fillSpecified = false
        if end - pos >= 2 && isAlign(at(pos + 1)) {
            align = Unicode.Scalar(at(pos + 1))
            fill = Unicode.Scalar(at(pos)) ?? " "
            fillSpecified = true
            pos += 2
        } else if end - pos >= 1 && isAlign(at(pos)) {
            align = Unicode.Scalar(at(pos))
            pos += 1
        }
        if pos < end && (at(pos) == 0x2b || at(pos) == 0x2d || at(pos) == 0x20) {   // + - space
            sign = Unicode.Scalar(at(pos))
            pos += 1
        }
        if pos < end && at(pos) == 0x7a {   // z
            noNegativeZero = true
            pos += 1
        }
        if pos < end && at(pos) == 0x23 {   // #
            alternate = true
            pos += 1
        }
        if !fillSpecified && pos < end && at(pos) == 0x30 {
            fill = "0"
            zeroPad = true
            pos += 1
        }
        if let w = try FormatSpec.parseInteger(s, &pos) { width = w }
        if pos < end && at(pos) == 0x2c {   // ,
            grouping = ","
            pos += 1
        }
        if pos < end && at(pos) == 0x5f {   // _
            if grouping != nil { throw PyBaseError.value("Cannot specify both ',' and '_'.") }
            grouping = "_"
            pos += 1
        }
        if pos < end && at(pos) == 0x2c && grouping == "_" {
            throw PyBaseError.value("Cannot specify both ',' and '_'.")
        }
        if pos < end && at(pos) == 0x2e {   // .
            pos += 1
            guard let p = try FormatSpec.parseInteger(s, &pos) else {
                throw PyBaseError.value("Format specifier missing precision")
            }
            precision = p
        }
        if end - pos > 1 {
            invalidTail = true
            return
        }
        if end - pos == 1 { type = Unicode.Scalar(at(pos)) ?? "\u{FFFD}" }
    }

    /// CPython's `get_integer` for format specs: a run of Unicode decimal digits; nil if none.
    static func parseInteger<C: RandomAccessCollection>(_ s: C, _ pos: inout Int) throws -> Int?
        where C.Index == Int, C.Element: FixedWidthInteger {
        var acc = 0
        var n = 0
        while pos < s.count, let c = Unicode.Scalar(UInt32(truncatingIfNeeded: s[pos])), let d = decimalValue(c) {
            if acc > (Int.max - d) / 10 {
                throw PyBaseError.value("Too many decimal digits in format string")
            }
            acc = acc * 10 + d
            pos += 1
            n += 1
        }
        return n == 0 ? nil : acc
    }

    /// `Py_UNICODE_TODECIMAL`: the value of a Unicode decimal digit (category Nd), else nil.
    @inline(__always)
    static func decimalValue(_ c: Unicode.Scalar) -> Int? {
        if c.value < 128 {
            return c.value >= 48 && c.value <= 57 ? Int(c.value - 48) : nil
        }
        if c.properties.numericType == .decimal, let v = c.properties.numericValue { return Int(v) }
        return nil
    }

    // MARK: - Type-dependent validation (shared by the formatters)

    /// The checks CPython makes at the end of parsing, once the default type is known.
    /// Returns the effective type (`nil` = none).
    func validated(defaultType: Unicode.Scalar?, typeName: String) throws -> Unicode.Scalar? {
        if invalidTail {
            throw PyBaseError.value("Invalid format specifier '\(text)' for object of type '\(typeName)'")
        }
        let t = type ?? defaultType
        if let g = grouping {
            var ok: Bool
            switch t {
            case "d", "e", "f", "g", "E", "G", "%", "F", nil: ok = true
            case "b", "o", "x", "X": ok = g == "_"
            default: ok = false
            }
            if !ok {
                let c = t!
                if c.value > 32 && c.value < 128 {
                    throw PyBaseError.value("Cannot specify '\(g)' with '\(c)'.")
                }
                throw PyBaseError.value("Cannot specify '\(g)' with '\\x\(String(c.value, radix: 16))'.")
            }
        }
        return t
    }

    static func unknownType(_ t: Unicode.Scalar, _ typeName: String) -> PyBaseError {
        if t.value > 32 && t.value < 128 {
            return .value("Unknown format code '\(t)' for object of type '\(typeName)'")
        }
        return .value("Unknown format code '\\x\(String(t.value, radix: 16))' for object of type '\(typeName)'")
    }

    /// The effective alignment for numbers (default `>`, or `=` with the `0` flag).
    var numericAlign: Unicode.Scalar {
        if let a = align { return a }
        return zeroPad ? "=" : ">"
    }
}
