import BigInt
import PyBase

/// printf-style `str % args`, walking PyBase's parsed pieces in CPython's order
/// (`PyUnicode_Format`): mapping keys, `*` arguments, parse errors, the value, then its
/// conversion.
extension VM {
    func percentFormat(_ format: PyStr, _ args: Value) throws -> String {
        let pieces: [PercentFormat.Piece]
        if let cached = format.percentPieces {
            pieces = cached
        } else {
            pieces = PercentFormat.parse(format.value)
            format.percentPieces = pieces
        }
        let tuple = args.asObject as? PyTuple
        let isMapping: Bool = {
            guard tuple == nil, case .object(let o) = args, !(o is PyStr) else { return false }
            return o is PyDict || o is PyList || o is PyRange || o is PyBytes || o.type.lookup("__getitem__") != nil
        }()
        var cursor = PercentFormat.ArgCursor(tupleCount: tuple?.items.count)
        var single = args
        func value(_ arg: PercentFormat.ArgCursor.Arg) -> Value {
            switch arg {
            case .tupleItem(let i): return tuple!.items[i]
            case .single: return single
            }
        }
        func star() throws -> Int {
            let v = value(try pyBase { try cursor.next() })
            switch v {
            case .int(let i): return i
            case .bool(let b): return b ? 1 : 0
            case .object(let o) where o is PyBigInt:
                throw overflowError("Python int too large to convert to C ssize_t")
            default:
                throw exception(Builtins.typeError, PercentFormat.starWantsInt.message)
            }
        }
        var out = ""
        for piece in pieces {
            switch piece {
            case .literal(let text):
                out += text
            case .spec(let spec):
                if spec.key != .none && !isMapping {
                    throw exception(Builtins.typeError, PercentFormat.formatRequiresMapping.message)
                }
                switch spec.key {
                case .incomplete:
                    if let e = spec.error { try pyBase { () throws -> Void in throw e } }
                case .name(let k):
                    single = try getItem(args, .str(k))
                    cursor.useSingleArgument()
                case .none:
                    break
                }
                let starWidth = spec.width == .star ? try star() : nil
                var starPrecision: Int?
                if spec.precision == .star {
                    let p = try star()
                    starPrecision = p
                }
                if let e = spec.error { try pyBase { () throws -> Void in throw e } }
                let v = value(try pyBase { try cursor.next() })
                if !spec.isSupported { try pyBase { () throws -> Void in throw spec.unsupportedError } }
                let conv = try pyBase { try spec.resolve(starWidth: starWidth, starPrecision: starPrecision) }
                out += try formatPercentValue(v, conv)
                if isMapping && cursor.hasUnconsumed {
                    throw exception(Builtins.typeError, PercentFormat.notAllConverted.message)
                }
            }
        }
        if !isMapping && cursor.hasUnconsumed {
            throw exception(Builtins.typeError, PercentFormat.notAllConverted.message)
        }
        return out
    }

    private func formatPercentValue(_ v: Value, _ c: PercentFormat.Conversion) throws -> String {
        switch c.conversion {
        case "s": return PercentFormat.format(string: try str(v), c)
        case "r": return PercentFormat.format(string: try repr(v), c)
        case "a": return PercentFormat.format(string: ascii(try repr(v)), c)
        case "c":
            let ch: Unicode.Scalar
            if let s = v.asObject as? PyStr {
                ch = try pyBase { try PercentFormat.char(fromString: s.value) }
            } else if let i = try? percentIndex(v) {
                ch = try pyBase { try PercentFormat.char(fromInt: i) }
            } else {
                throw exception(Builtins.typeError, PercentFormat.charRequiresIntOrChar.message)
            }
            return PercentFormat.format(char: ch, c)
        case "d", "i", "u", "o", "x", "X":
            let integer: BigInt
            let wrong = PercentFormat.wrongType(conversion: c.conversion, typeName: v.typeName)
            switch v {
            case .int(let i): return try pyBase { try PercentFormat.format(int: i, c) }
            case .bool(let b): return try pyBase { try PercentFormat.format(int: b ? 1 : 0, c) }
            case .float(let d):
                if c.conversion == "o" || c.conversion == "x" || c.conversion == "X" {
                    throw exception(Builtins.typeError, wrong.message)
                }
                integer = try pyBase { try FloatMath.toBigInt(d) }
            case .object(let o):
                if let b = o as? PyBigInt {
                    integer = b.value
                } else if !o.type.isBuiltin, let m = o.type.lookup("__index__") ?? (c.conversion == "d" || c.conversion == "i" || c.conversion == "u" ? o.type.lookup("__int__") : nil) {
                    guard let b = try call(bind(m, to: v, type: o.type), []).bigIntValue else {
                        throw exception(Builtins.typeError, wrong.message)
                    }
                    integer = b
                } else {
                    throw exception(Builtins.typeError, wrong.message)
                }
            default:
                throw exception(Builtins.typeError, wrong.message)
            }
            return try pyBase { try PercentFormat.format(int: integer, c) }
        default:
            let d: Double
            switch v {
            case .float(let x): d = x
            case .int(let i): d = Double(i)
            case .bool(let b): d = b ? 1 : 0
            case .object(let o):
                if let b = o as? PyBigInt {
                    d = try pyBase { try FloatMath.toDouble(b.value) }
                } else if !o.type.isBuiltin, let m = o.type.lookup("__float__") {
                    guard case .float(let x) = try call(bind(m, to: v, type: o.type), []) else {
                        throw exception(Builtins.typeError, PercentFormat.realNumberRequired(typeName: v.typeName).message)
                    }
                    d = x
                } else {
                    throw exception(Builtins.typeError, PercentFormat.realNumberRequired(typeName: v.typeName).message)
                }
            default:
                throw exception(Builtins.typeError, PercentFormat.realNumberRequired(typeName: v.typeName).message)
            }
            return PercentFormat.format(float: d, c)
        }
    }

    /// An int for `%c`: ints, bools and objects with `__index__`.
    private func percentIndex(_ v: Value) throws -> BigInt {
        if let b = v.bigIntValue { return b }
        if case .object(let o) = v, !o.type.isBuiltin, let m = o.type.lookup("__index__"),
           let b = try call(bind(m, to: v, type: o.type), []).bigIntValue {
            return b
        }
        throw typeError("an integer is required")
    }
}
