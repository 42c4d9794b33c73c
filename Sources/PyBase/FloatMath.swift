import BigInt

/// Python float arithmetic where Python differs from IEEE/Swift operators
/// (CPython's Objects/floatobject.c), plus int/float conversions (FloatConversion.swift).
public enum FloatMath {
    /// `a / b`. Throws ZeroDivisionError "float division by zero".
    @inline(__always)
    public static func divide(_ a: Double, _ b: Double) throws -> Double {
        if b == 0 { throw PyBaseError.zeroDivision("float division by zero") }
        return a / b
    }

    /// `a % b`: `math.fmod` adjusted so the result has the sign of `b` (`-7.5 % 2 == 0.5`).
    /// Throws ZeroDivisionError "float modulo".
    public static func mod(_ a: Double, _ b: Double) throws -> Double {
        if b == 0 { throw PyBaseError.zeroDivision("float modulo") }
        var m = a.truncatingRemainder(dividingBy: b)
        if m != 0 {
            if (b < 0) != (m < 0) { m += b }
        } else {
            m = Double(signOf: b, magnitudeOf: 0)
        }
        return m
    }

    /// `a // b`. Throws ZeroDivisionError "float floor division by zero".
    public static func floorDivide(_ a: Double, _ b: Double) throws -> Double {
        if b == 0 { throw PyBaseError.zeroDivision("float floor division by zero") }
        return divMod(a, b).quotient
    }

    /// `divmod(a, b)`. Throws ZeroDivisionError "float divmod()".
    public static func divmod(_ a: Double, _ b: Double) throws -> (quotient: Double, remainder: Double) {
        if b == 0 { throw PyBaseError.zeroDivision("float divmod()") }
        return divMod(a, b)
    }

    /// CPython's `_float_div_mod` (b != 0).
    static func divMod(_ vx: Double, _ wx: Double) -> (quotient: Double, remainder: Double) {
        var mod = vx.truncatingRemainder(dividingBy: wx)
        var div = (vx - mod) / wx
        if mod != 0 {
            if (wx < 0) != (mod < 0) {
                mod += wx
                div -= 1.0
            }
        } else {
            mod = Double(signOf: wx, magnitudeOf: 0)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1.0 }
        } else {
            floordiv = Double(signOf: vx / wx, magnitudeOf: 0)
        }
        return (floordiv, mod)
    }

    /// `a ** b` for floats (CPython's `float_pow`). Throws ZeroDivisionError
    /// "0.0 cannot be raised to a negative power", OverflowError
    /// "(34, 'Numerical result out of range')", or `.complexResult` for a negative base with a
    /// non-integer exponent (Python returns a complex number).
    public static func pow(_ v: Double, _ w: Double) throws -> Double {
        var iv = v
        let iw = w
        if iw == 0 { return 1.0 }
        if iv.isNaN { return iv }
        if iw.isNaN { return iv == 1.0 ? 1.0 : iw }
        if iw.isInfinite {
            iv = iv.magnitude
            if iv == 1.0 { return 1.0 }
            if (iw > 0) == (iv > 1.0) { return iw.magnitude }
            return 0.0
        }
        let iwIsOddInteger = isOddInteger(iw)
        if iv.isInfinite {
            if iw > 0 { return iwIsOddInteger ? iv : iv.magnitude }
            return iwIsOddInteger ? Double(signOf: iv, magnitudeOf: 0) : 0.0
        }
        if iv == 0 {
            if iw < 0 { throw PyBaseError.zeroDivision("0.0 cannot be raised to a negative power") }
            return iwIsOddInteger ? iv : 0.0
        }
        var negate = false
        if iv < 0 {
            if iw != iw.rounded(.down) { throw PyBaseError(.complexResult, "") }
            iv = -iv
            negate = iwIsOddInteger
        }
        if iv == 1.0 { return negate ? -1.0 : 1.0 }
        var ix = libmPow(iv, iw)
        if ix.isInfinite {
            throw PyBaseError.overflow("(34, 'Numerical result out of range')")
        }
        if negate { ix = -ix }
        return ix
    }

    /// `DOUBLE_IS_ODD_INTEGER`.
    @inline(__always)
    static func isOddInteger(_ x: Double) -> Bool {
        x.truncatingRemainder(dividingBy: 2.0).magnitude == 1.0
    }

    // MARK: - round()

    /// `round(x)` without ndigits: round half to even, as an int. Throws OverflowError
    /// "cannot convert float infinity to integer" / ValueError "cannot convert float NaN to integer".
    public static func round(_ x: Double) throws -> BigInt {
        try toBigInt(x.rounded(.toNearestOrEven))
    }

    /// `round(x)` when the result fits an `Int`; nil otherwise (then use `round(_:)`, which
    /// also raises the inf/NaN errors).
    @inline(__always)
    public static func roundToInt(_ x: Double) -> Int? {
        toInt(x.rounded(.toNearestOrEven))
    }

    /// `round(x, ndigits)` for a float, exactly as CPython: the correctly rounded decimal string
    /// with `ndigits` places, converted back to the nearest double (`round(2.675, 2) == 2.67`,
    /// `round(-0.5, 0) == -0.0`, `round(25.0, -1) == 20.0`). `ndigits` is the Python int clipped
    /// to `Int`. Throws OverflowError "rounded value too large to represent".
    public static func round(_ x: Double, ndigits: Int) throws -> Double {
        if !x.isFinite { return x }
        if ndigits > 323 { return x }
        if ndigits < -308 { return Double(signOf: x, magnitudeOf: 0) }
        let d = DecimalDigits.fixed(x, places: ndigits)
        if d.isZero { return Double(signOf: x, magnitudeOf: 0) }
        let text = d.withDigits { String(decoding: $0, as: UTF8.self) } + "e" + String(d.decpt - d.count)
        let r = Double(text) ?? .nan
        if r.isInfinite { throw PyBaseError.overflow("rounded value too large to represent") }
        return x.sign == .minus ? -r : r
    }
}
