/// `str.__format__` (CPython's `format_string_internal`).
extension FormatSpec {
    /// `format(value, spec)` for a Python str: type `s` or none. Width and precision count
    /// Unicode scalars (Python code points); precision truncates.
    public func format(string value: String, typeName: String = "str") throws -> String {
        try TextBudget.check(width: width)
        if text.isEmpty { return value }
        let t = try validated(defaultType: "s", typeName: typeName)
        guard t == "s" else { throw FormatSpec.unknownType(t!, typeName) }
        if let s = sign {
            throw PyBaseError.value(s == " " ? "Space not allowed in string format specifier"
                                             : "Sign not allowed in string format specifier")
        }
        if noNegativeZero {
            throw PyBaseError.value("Negative zero coercion (z) not allowed in string format specifier")
        }
        if alternate {
            throw PyBaseError.value("Alternate form (#) not allowed in string format specifier")
        }
        if align == "=" {
            throw PyBaseError.value("'=' alignment not allowed in string format specifier")
        }
        if width <= 0 && precision < 0 { return value }
        var len = value.unicodeScalars.count
        if (width == -1 || width <= len) && (precision == -1 || precision >= len) { return value }
        var body = Substring(value)
        if precision >= 0 && len >= precision {
            len = precision
            let scalars = value.unicodeScalars
            body = Substring(scalars[scalars.startIndex..<scalars.index(scalars.startIndex, offsetBy: len)])
        }
        let total = width >= 0 && width > len ? width : len
        let a = align ?? "<"
        let lpad = a == ">" ? total - len : (a == "^" ? (total - len) / 2 : 0)
        let rpad = total - len - lpad
        return FormatSpec.padded(body, fill: fill, left: lpad, right: rpad)
    }

    /// `body` with `left`/`right` copies of `fill` around it.
    static func padded(_ body: Substring, fill: Unicode.Scalar, left: Int, right: Int) -> String {
        var out = ""
        out.reserveCapacity(body.utf8.count + (left + right) * 4)
        if left > 0 { out.unicodeScalars.append(contentsOf: repeatElement(fill, count: left)) }
        out.unicodeScalars.append(contentsOf: body.unicodeScalars)
        if right > 0 { out.unicodeScalars.append(contentsOf: repeatElement(fill, count: right)) }
        return out
    }
}
