import BigInt

/// Conversions between Python ints and floats with CPython's exact semantics.
extension FloatMath {
    /// `float(v)`: correctly rounded (half to even). Throws OverflowError
    /// "int too large to convert to float" when the result would be infinite.
    public static func toDouble(_ v: BigInt) throws -> Double {
        if let small = Int(exactly: v) { return Double(small) }
        let d = roundToDouble(v.magnitude, sticky: false, exp2: 0)
        if d.isInfinite { throw PyBaseError.overflow("int too large to convert to float") }
        return v.sign == .minus ? -d : d
    }

    /// `int(x)` for a float: truncation toward zero, any size. Throws OverflowError
    /// "cannot convert float infinity to integer" / ValueError "cannot convert float NaN to integer".
    public static func toBigInt(_ x: Double) throws -> BigInt {
        if let i = toInt(x) { return BigInt(i) }
        if x.isNaN { throw PyBaseError.value("cannot convert float NaN to integer") }
        if x.isInfinite { throw PyBaseError.overflow("cannot convert float infinity to integer") }
        return BigInt(x.rounded(.towardZero))
    }

    /// `int(x)` for a float when the result fits an `Int`; nil otherwise (including inf/nan).
    @inline(__always)
    public static func toInt(_ x: Double) -> Int? {
        // -2^63 <= trunc(x) < 2^63
        if x > -9223372036854775809.0 && x < 9223372036854775808.0 { return Int(x.rounded(.towardZero)) }
        return nil
    }

    /// `a / b` for Python ints: correctly rounded true division.
    /// Throws ZeroDivisionError "division by zero" and OverflowError
    /// "integer division result too large for a float".
    public static func trueDivide(_ a: Int, _ b: Int) throws -> Double {
        if b == 0 { throw PyBaseError.zeroDivision("division by zero") }
        let limit: UInt = 1 << 53
        if a.magnitude <= limit && b.magnitude <= limit { return Double(a) / Double(b) }
        return try trueDivide(BigInt(a), BigInt(b))
    }

    /// `a / b` for Python ints of any size. See `trueDivide(_: Int, _: Int)`.
    public static func trueDivide(_ a: BigInt, _ b: BigInt) throws -> Double {
        if b.isZero { throw PyBaseError.zeroDivision("division by zero") }
        let am = a.magnitude, bm = b.magnitude
        let na = am.bitWidth, nb = bm.bitWidth
        if na <= 53 && nb <= 53 { return Double(a) / Double(b) }
        let negative = (a.sign == .minus && !am.isZero) != (b.sign == .minus)
        if am.isZero { return negative ? -0.0 : 0.0 }
        if na - nb > 1026 { throw PyBaseError.overflow("integer division result too large for a float") }
        if nb - na > 1080 { return negative ? -0.0 : 0.0 }
        // Scale so the quotient has 56 or 57 bits, then round once, sticky bit = remainder != 0.
        let s = nb - na + 56
        var num = am, den = bm
        if s >= 0 { num <<= s } else { den <<= -s }
        let (q, r) = num.quotientAndRemainder(dividingBy: den)
        let d = roundToDouble(q, sticky: !r.isZero, exp2: -s)
        if d.isInfinite { throw PyBaseError.overflow("integer division result too large for a float") }
        return negative ? -d : d
    }

    /// Exact comparison of a Python int with a float, as Python's `<`/`==` do:
    /// -1, 0 or 1, or nil when `b` is NaN.
    public static func compare(_ a: BigInt, _ b: Double) -> Int? {
        if b.isNaN { return nil }
        if b.isInfinite { return b > 0 ? -1 : 1 }
        if let small = Int(exactly: a), small.magnitude <= (1 << 53) {
            let d = Double(small)
            return d < b ? -1 : (d == b ? 0 : 1)
        }
        let t = b.rounded(.towardZero)
        let bi = BigInt(t)
        if a < bi { return -1 }
        if a > bi { return 1 }
        let frac = b - t
        return frac > 0 ? -1 : (frac < 0 ? 1 : 0)
    }

    /// Rounds `(mant + ε) × 2^exp2` to the nearest double (half to even), where `sticky` says
    /// whether `ε` (below the last bit of `mant`) is nonzero. With `sticky`, `mant` must have at
    /// least 55 bits. Returns +inf on overflow.
    static func roundToDouble(_ mant: BigUInt, sticky: Bool, exp2: Int) -> Double {
        let bl = mant.bitWidth
        if bl == 0 { return 0 }
        let topExp = bl - 1 + exp2
        if topExp >= 1024 { return .infinity }
        if topExp < -1075 { return 0 }
        if bl <= 64 && !sticky && topExp >= -1022 {
            // Fits the normal range: the UInt64 conversion rounds correctly, scaling is exact.
            return Double(sign: .plus, exponent: exp2, significand: Double(UInt64(mant)))
        }
        let keep = topExp < -1022 ? 53 - (-1022 - topExp) : 53
        let drop = bl - keep
        if drop <= 0 {
            return Double(sign: .plus, exponent: exp2, significand: Double(UInt64(mant)))
        }
        var q = UInt64(mant >> drop)
        let rem = mant & ((BigUInt(1) << drop) - 1)
        let half = BigUInt(1) << (drop - 1)
        if rem > half || (rem == half && (sticky || q & 1 == 1)) { q += 1 }
        return Double(sign: .plus, exponent: exp2 + drop, significand: Double(q))
    }
}
