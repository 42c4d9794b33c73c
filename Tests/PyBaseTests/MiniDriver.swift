import BigInt
import PyBase

/// A tiny model of Python values and of the interpreter-side glue for `%`-formatting and
/// `str.format`, following the call protocols documented in PercentFormat.swift and
/// StrFormat.swift. It lets the tests compare whole format operations with CPython's output.
enum PV: Equatable {
    case int(BigInt)
    case float(Double)
    case str(String)

    var typeName: String {
        switch self {
        case .int: return "int"
        case .float: return "float"
        case .str: return "str"
        }
    }

    var str: String {
        switch self {
        case .int(let v): return IntText.format(v)
        case .float(let d): return FloatRepr.repr(d)
        case .str(let s): return s
        }
    }

    /// repr() — strings are quoted simply (the tests use no quotes or control characters).
    var repr: String {
        if case .str(let s) = self { return "'" + s + "'" }
        return str
    }

    var ascii: String {
        var out = ""
        for u in repr.unicodeScalars {
            if u.value < 128 {
                out.unicodeScalars.append(u)
            } else if u.value < 256 {
                out += "\\x" + hex(u.value, 2)
            } else if u.value < 65536 {
                out += "\\u" + hex(u.value, 4)
            } else {
                out += "\\U" + hex(u.value, 8)
            }
        }
        return out
    }

    private func hex(_ v: UInt32, _ n: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, n - s.count)) + s
    }
}

enum MiniDriver {
    /// `fmt % args` (`tuple`: args is a tuple; else `args[0]` is the single operand) or
    /// `fmt % mapping`.
    static func percent(_ fmt: String, _ args: [PV], tuple: Bool, mapping: [String: PV]? = nil) throws -> String {
        let isMapping = mapping != nil
        var cursor = PercentFormat.ArgCursor(tupleCount: isMapping || !tuple ? nil : args.count)
        var single: PV? = isMapping ? nil : (tuple ? nil : args.first)
        var out = ""
        func fetch() throws -> PV {
            switch try cursor.next() {
            case .single: return single!
            case .tupleItem(let i): return args[i]
            }
        }
        for piece in PercentFormat.parse(fmt) {
            switch piece {
            case .literal(let s):
                out += s
            case .spec(let spec):
                if spec.key != .none && !isMapping { throw PercentFormat.formatRequiresMapping }
                if case .incomplete = spec.key { throw spec.error! }
                if case .name(let k) = spec.key {
                    guard let v = mapping![k] else { throw PyBaseError(.keyError, "'\(k)'") }
                    single = v
                    cursor.useSingleArgument()
                }
                var starWidth: Int?, starPrecision: Int?
                if spec.width == .star {
                    guard case .int(let n) = try fetch() else { throw PercentFormat.starWantsInt }
                    starWidth = Int(n)
                }
                if spec.precision == .star {
                    guard case .int(let n) = try fetch() else { throw PercentFormat.starWantsInt }
                    starPrecision = Int(n)
                }
                if let e = spec.error { throw e }
                let v = try fetch()
                if !spec.isSupported { throw spec.unsupportedError }
                let c = try spec.resolve(starWidth: starWidth, starPrecision: starPrecision)
                switch spec.conversion {
                case "d", "i", "u":
                    switch v {
                    case .int(let n): out += try PercentFormat.format(int: n, c)
                    case .float(let d): out += try PercentFormat.format(int: FloatMath.toBigInt(d), c)
                    case .str: throw PercentFormat.wrongType(conversion: spec.conversion, typeName: v.typeName)
                    }
                case "o", "x", "X":
                    guard case .int(let n) = v else {
                        throw PercentFormat.wrongType(conversion: spec.conversion, typeName: v.typeName)
                    }
                    out += try PercentFormat.format(int: n, c)
                case "e", "E", "f", "F", "g", "G":
                    switch v {
                    case .int(let n): out += PercentFormat.format(float: try FloatMath.toDouble(n), c)
                    case .float(let d): out += PercentFormat.format(float: d, c)
                    case .str: throw PercentFormat.realNumberRequired(typeName: v.typeName)
                    }
                case "s": out += PercentFormat.format(string: v.str, c)
                case "r": out += PercentFormat.format(string: v.repr, c)
                case "a": out += PercentFormat.format(string: v.ascii, c)
                default: // "c"
                    switch v {
                    case .int(let n): out += PercentFormat.format(char: try PercentFormat.char(fromInt: n), c)
                    case .str(let s): out += PercentFormat.format(char: try PercentFormat.char(fromString: s), c)
                    case .float: throw PercentFormat.charRequiresIntOrChar
                    }
                }
                if isMapping && cursor.hasUnconsumed { throw PercentFormat.notAllConverted }
            }
        }
        if !isMapping && cursor.hasUnconsumed { throw PercentFormat.notAllConverted }
        return out
    }

    /// `format(value, spec)`.
    static func formatValue(_ v: PV, _ spec: String) throws -> String {
        let s = try FormatSpec.parse(spec)
        switch v {
        case .int(let n): return try s.format(int: n)
        case .float(let d): return try s.format(float: d)
        case .str(let t): return try s.format(string: t)
        }
    }

    /// `template.format(*args, **kwargs)`.
    static func strFormat(_ template: String, _ args: [PV], _ kwargs: [String: PV] = [:]) throws -> String {
        var auto = StrFormat.AutoNumber()
        return try build(template, args, kwargs, depth: 2, &auto)
    }

    static func build(_ template: String, _ args: [PV], _ kwargs: [String: PV], depth: Int,
                      _ auto: inout StrFormat.AutoNumber) throws -> String {
        if depth <= 0 { throw StrFormat.maxRecursion }
        var it = StrFormat.Iterator(template)
        var out = ""
        while let piece = try it.next() {
            out += piece.literal
            guard let field = piece.field else { continue }
            let name = try StrFormat.FieldName.parse(field.name, autoNumber: &auto)
            var v: PV
            switch name.first {
            case .index(let i):
                guard i < args.count else { throw StrFormat.indexOutOfRange(i) }
                v = args[i]
            case .keyword(let k):
                guard let x = kwargs[k] else { throw PyBaseError(.keyError, "'\(k)'") }
                v = x
            }
            for acc in name.accessors {
                guard case .str(let s) = v else {
                    throw PyBaseError(.typeError, "'\(v.typeName)' object is not subscriptable")
                }
                guard case .index(let i) = acc else {
                    throw PyBaseError(.typeError, "string indices must be integers, not 'str'")
                }
                let scalars = Array(s.unicodeScalars)
                guard i < scalars.count else { throw PyBaseError(.indexError, "string index out of range") }
                v = .str(String(Character(scalars[i])))
            }
            if let e = name.trailingError { throw e }
            if let c = field.conversion {
                try StrFormat.checkConversion(c)
                v = .str(c == "r" ? v.repr : c == "a" ? v.ascii : v.str)
            }
            var spec = field.spec
            if field.specNeedsExpanding {
                spec = try build(spec, args, kwargs, depth: depth - 1, &auto)
            }
            out += try formatValue(v, spec)
        }
        return out
    }
}
