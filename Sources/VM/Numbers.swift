import Language
import PyBase
import BigInt

/// A number viewed for arithmetic: bool and int share the integer paths.
enum Num {
    case int(Int)
    case big(BigInt)
    case float(Double)

    init?(_ v: Value) {
        switch v {
        case .int(let i): self = .int(i)
        case .bool(let b): self = .int(b ? 1 : 0)
        case .float(let d): self = .float(d)
        case .object(let o):
            guard let b = o as? PyBigInt else { return nil }
            self = .big(b.value)
        case .none: return nil
        }
    }

    var big: BigInt {
        switch self {
        case .int(let i): return BigInt(i)
        case .big(let b): return b
        case .float(let d): return BigInt(exactly: d.rounded(.towardZero)) ?? 0
        }
    }

    var double: Double {
        switch self {
        case .int(let i): return Double(i)
        case .big(let b): return Double(b)
        case .float(let d): return d
        }
    }

    var isFloat: Bool {
        if case .float = self { return true }
        return false
    }
}

extension VM {
    /// Integer and float arithmetic with Python semantics (floor division and modulo follow
    /// the divisor's sign; ints never overflow; `/` is true division).
    func arithmetic(_ op: BinaryOp, _ a: Num, _ b: Num) throws -> Value? {
        if a.isFloat || b.isFloat {
            return try floatArithmetic(op, a.double, b.double)
        }
        if case .int(let x) = a, case .int(let y) = b {
            if let r = try smallIntArithmetic(op, x, y) { return r }
        }
        return try bigArithmetic(op, a.big, b.big)
    }

    private func smallIntArithmetic(_ op: BinaryOp, _ x: Int, _ y: Int) throws -> Value? {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? nil : .int(r)
        case .sub:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? nil : .int(r)
        case .mul:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? nil : .int(r)
        case .floorDiv:
            if y == 0 { throw zeroDivision("integer division or modulo by zero") }
            if x == Int.min && y == -1 { return nil }
            var q = x / y
            if (x % y != 0) && ((x < 0) != (y < 0)) { q -= 1 }
            return .int(q)
        case .mod:
            if y == 0 { throw zeroDivision("integer modulo by zero") }
            if y == -1 { return .int(0) }
            var r = x % y
            if r != 0 && ((r < 0) != (y < 0)) { r += y }
            return .int(r)
        case .div:
            if y == 0 { throw zeroDivision("division by zero") }
            if x.magnitude < (1 << 53) && y.magnitude < (1 << 53) { return .float(Double(x) / Double(y)) }
            return nil
        case .pow:
            if y < 0 {
                if x == 0 { throw zeroDivision("0.0 cannot be raised to a negative power") }
                return .float(pow(Double(x), Double(y)))
            }
            var result = 1, base = x, e = y
            while e > 0 {
                if e & 1 == 1 {
                    let (r, o) = result.multipliedReportingOverflow(by: base)
                    if o { return nil }
                    result = r
                }
                e >>= 1
                if e > 0 {
                    let (b2, o) = base.multipliedReportingOverflow(by: base)
                    if o { return nil }
                    base = b2
                }
            }
            return .int(result)
        case .lshift:
            if y < 0 { throw valueError("negative shift count") }
            if y >= 63 { return x == 0 ? .int(0) : nil }
            let r = x << y
            return (r >> y) == x ? .int(r) : nil
        case .rshift:
            if y < 0 { throw valueError("negative shift count") }
            return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .bitXor: return .int(x ^ y)
        case .matMul: return nil
        }
    }

    /// `x ** e` for `e >= 0`: 0, 1 and -1 at once, powers of two by shifting, and a result
    /// larger than the memory budget refused (MemoryError) before it is computed.
    private func bigPower(_ x: BigInt, _ y: BigInt) throws -> BigInt {
        if x.isZero { return y.isZero ? 1 : 0 }
        if x == 1 { return 1 }
        if x == -1 { return y.words[0] & 1 == 0 ? 1 : -1 }
        guard let e = Int(exactly: y) else { throw memoryError() }
        let bits = x.magnitude.bitWidth
        let (size, overflow) = bits.multipliedReportingOverflow(by: e)
        if overflow { throw memoryError() }
        try reserveBytes(size / 8, size: 1)
        let magnitude = x.magnitude
        if magnitude.trailingZeroBitCount == bits - 1 {
            let power = BigInt(1) << ((bits - 1) * e)
            return x.sign == .minus && e & 1 == 1 ? -power : power
        }
        return x.power(e)
    }

    private func bigArithmetic(_ op: BinaryOp, _ x: BigInt, _ y: BigInt) throws -> Value? {
        switch op {
        case .add: return .int(x + y)
        case .sub: return .int(x - y)
        case .mul: return .int(x * y)
        case .floorDiv:
            if y == 0 { throw zeroDivision("integer division or modulo by zero") }
            let (q, r) = VM.divide(x, y)
            return .int(r != 0 && (r.sign == .minus) != (y.sign == .minus) ? q - 1 : q)
        case .mod:
            if y == 0 { throw zeroDivision("integer modulo by zero") }
            let r = VM.divide(x, y).remainder
            return .int(r != 0 && (r.sign == .minus) != (y.sign == .minus) ? r + y : r)
        case .div:
            if y == 0 { throw zeroDivision("division by zero") }
            return .float(try pyBase { try FloatMath.trueDivide(x, y) })
        case .pow:
            if y.sign == .minus { return .float(pow(Double(x), Double(y))) }
            return .int(try bigPower(x, y))
        case .lshift:
            if y.sign == .minus { throw valueError("negative shift count") }
            guard let s = Int(exactly: y) else { throw overflowError("too many digits in integer") }
            try reserveBytes(x.magnitude.bitWidth / 8 + s / 8, size: 1)
            return .int(x << s)
        case .rshift:
            if y.sign == .minus { throw valueError("negative shift count") }
            guard let s = Int(exactly: y) else { return .int(x.sign == .minus ? -1 : 0) }
            return .int(x >> s)
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .bitXor: return .int(x ^ y)
        case .matMul: return nil
        }
    }

    /// Truncating division; a divisor of one machine word takes BigUInt's single-word
    /// path (linear), not the general long division.
    static func divide(_ x: BigInt, _ y: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        if y.magnitude.words.count == 1 {
            let d = y.magnitude.words[0]
            let words = Array(x.magnitude.words)
            var qw = [UInt](repeating: 0, count: words.count)
            var r: UInt = 0
            for i in stride(from: words.count - 1, through: 0, by: -1) {
                (qw[i], r) = d.dividingFullWidth((high: r, low: words[i]))
            }
            let q = BigUInt(words: qw)
            let quotient = BigInt(sign: x.sign == y.sign ? .plus : .minus, magnitude: q)
            let remainder = BigInt(sign: x.sign, magnitude: BigUInt(r))
            return (quotient, remainder)
        }
        return x.quotientAndRemainder(dividingBy: y)
    }

    private func floatArithmetic(_ op: BinaryOp, _ x: Double, _ y: Double) throws -> Value? {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        case .div:
            if y == 0 { throw zeroDivision("float division by zero") }
            return .float(x / y)
        case .floorDiv:
            return .float(try pyBase { try FloatMath.floorDivide(x, y) })
        case .mod:
            return .float(try pyBase { try FloatMath.mod(x, y) })
        case .pow:
            return .float(try pyBase { try FloatMath.pow(x, y) })
        default:
            return nil
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
