import BigInt

/// Python int arithmetic where Python differs from Swift: floor division and modulo (result has
/// the divisor's sign), shifts, powers, `divmod`, `round(n, ndigits)`. The `Int` versions return
/// nil on overflow so the caller can redo the operation with `BigInt`.
public enum IntMath {
    static let divisionByZero = PyBaseError.zeroDivision("integer division or modulo by zero")
    static let moduloByZero = PyBaseError.zeroDivision("integer modulo by zero")

    // MARK: - Division

    /// `a // b`; nil on overflow (`Int.min // -1`). Throws ZeroDivisionError
    /// "integer division or modulo by zero".
    @inline(__always)
    public static func floorDivide(_ a: Int, _ b: Int) throws -> Int? {
        if b == 0 { throw divisionByZero }
        let (q, o) = a.dividedReportingOverflow(by: b)
        if o { return nil }
        if (a % b != 0) && ((a < 0) != (b < 0)) { return q - 1 }
        return q
    }

    /// `a % b` with the sign of `b`. Throws ZeroDivisionError "integer modulo by zero".
    @inline(__always)
    public static func modulo(_ a: Int, _ b: Int) throws -> Int {
        if b == 0 { throw moduloByZero }
        if b == -1 { return 0 }
        let r = a % b
        return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r
    }

    /// `divmod(a, b)`; nil on overflow. Throws ZeroDivisionError "integer division or modulo by zero".
    public static func divmod(_ a: Int, _ b: Int) throws -> (quotient: Int, remainder: Int)? {
        guard let q = try floorDivide(a, b) else { return nil }
        return (q, try modulo(a, b))
    }

    /// `a // b` for ints of any size. Throws ZeroDivisionError "integer division or modulo by zero".
    public static func floorDivide(_ a: BigInt, _ b: BigInt) throws -> BigInt {
        if b.isZero { throw divisionByZero }
        return floorDiv(a, b)
    }

    /// `a % b` for ints of any size. Throws ZeroDivisionError "integer modulo by zero".
    public static func modulo(_ a: BigInt, _ b: BigInt) throws -> BigInt {
        if b.isZero { throw moduloByZero }
        return floorDivMod(a, b).remainder
    }

    /// `divmod(a, b)` for ints of any size. Throws ZeroDivisionError "integer division or modulo by zero".
    public static func divmod(_ a: BigInt, _ b: BigInt) throws -> (quotient: BigInt, remainder: BigInt) {
        if b.isZero { throw divisionByZero }
        return floorDivMod(a, b)
    }

    static func floorDiv(_ a: BigInt, _ b: BigInt) -> BigInt { floorDivMod(a, b).quotient }

    static func floorDivMod(_ a: BigInt, _ b: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        var (q, r) = a.quotientAndRemainder(dividingBy: b)
        if !r.isZero && ((r.sign == .minus) != (b.sign == .minus)) {
            q -= 1
            r += b
        }
        return (q, r)
    }

    // MARK: - Powers

    /// `a ** b` for `b >= 0`; nil on overflow.
    public static func power(_ a: Int, _ b: Int) -> Int? {
        precondition(b >= 0)
        var result = 1
        var base = a
        var e = b
        while true {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: base)
                if o { return nil }
                result = r
            }
            e >>= 1
            if e == 0 { return result }
            let (sq, o) = base.multipliedReportingOverflow(by: base)
            if o { return nil }
            base = sq
        }
    }

    /// `a ** b` for `b >= 0`, any size.
    public static func power(_ a: BigInt, _ b: Int) -> BigInt {
        precondition(b >= 0)
        if let small = Int(exactly: a), let r = power(small, b) { return BigInt(r) }
        return a.power(b)
    }

    /// `a ** b` for `b < 0`: Python computes `float(a) ** float(b)`. Throws OverflowError
    /// "int too large to convert to float" and the errors of `FloatMath.pow` (e.g.
    /// ZeroDivisionError "0.0 cannot be raised to a negative power").
    public static func powerNegative(_ a: BigInt, _ b: BigInt) throws -> Double {
        let x = try FloatMath.toDouble(a)
        let y = try FloatMath.toDouble(b)
        return try FloatMath.pow(x, y)
    }

    /// `pow(a, b, m)`. Throws ValueError "pow() 3rd argument cannot be 0",
    /// "base is not invertible for the given modulus" (for `b < 0`).
    public static func powerModulo(_ a: BigInt, _ b: BigInt, _ m: BigInt) throws -> BigInt {
        if m.isZero { throw PyBaseError.value("pow() 3rd argument cannot be 0") }
        let negativeOutput = m.sign == .minus
        let mm = m.magnitude
        if mm == 1 { return 0 }
        var base = floorDivMod(a, BigInt(mm)).remainder.magnitude
        var e = b.magnitude
        if b.sign == .minus && !b.isZero {
            guard let inv = base.inverse(mm) else {
                throw PyBaseError.value("base is not invertible for the given modulus")
            }
            base = inv
            e = b.magnitude
        }
        let r = BigInt(base.power(e, modulus: mm))
        if negativeOutput && !r.isZero { return r - BigInt(mm) }
        return r
    }

    // MARK: - Shifts

    static let negativeShift = PyBaseError.value("negative shift count")

    /// `a << n`; nil on overflow. Throws ValueError "negative shift count".
    @inline(__always)
    public static func shiftLeft(_ a: Int, _ n: Int) throws -> Int? {
        if n < 0 { throw negativeShift }
        if a == 0 { return 0 }
        if n >= Int.bitWidth { return nil }
        let r = a << n
        return (r >> n) == a ? r : nil
    }

    /// `a >> n` (floor). Throws ValueError "negative shift count".
    @inline(__always)
    public static func shiftRight(_ a: Int, _ n: Int) throws -> Int {
        if n < 0 { throw negativeShift }
        if n >= Int.bitWidth { return a < 0 ? -1 : 0 }
        return a >> n
    }

    /// `a << n`, any size. Throws ValueError "negative shift count", and OverflowError
    /// "too many digits in integer" for shift counts above 2^31 (where CPython would run out of
    /// memory).
    public static func shiftLeft(_ a: BigInt, _ n: Int) throws -> BigInt {
        if n < 0 { throw negativeShift }
        if a.isZero { return 0 }
        if n > (1 << 31) { throw PyBaseError.overflow("too many digits in integer") }
        return a << n
    }

    /// `a >> n` (floor), any size. Throws ValueError "negative shift count".
    public static func shiftRight(_ a: BigInt, _ n: Int) throws -> BigInt {
        if n < 0 { throw negativeShift }
        if a.sign == .plus || a.isZero {
            return BigInt(a.magnitude >> n)
        }
        // floor(-m / 2^n) = -((m - 1) >> n) - 1
        return -BigInt((a.magnitude - 1) >> n) - 1
    }

    // MARK: - Rounding

    /// `round(n, ndigits)` for an int: unchanged for `ndigits >= 0`, else rounded half to even to
    /// a multiple of `10 ** -ndigits`.
    public static func round(_ n: BigInt, ndigits: Int) -> BigInt {
        if ndigits >= 0 { return n }
        let pow10 = BigInt(10).power(-ndigits)
        var (q, r) = floorDivMod(n, pow10)
        let twice = r * 2
        if twice > pow10 || (twice == pow10 && q.magnitude.words.first.map { $0 & 1 == 1 } ?? false) {
            q += 1
            r -= pow10
        }
        return n - r
    }
}
