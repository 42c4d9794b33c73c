import BigInt

/// CPython's numeric hashes (Python/pyhash.c, 64-bit): `hash(int)` and `hash(float)` agree for
/// equal values, reduce modulo 2^61 - 1, and never return -1.
public enum PyHash {
    /// 2^61 - 1.
    public static let modulus: UInt64 = (1 << 61) - 1
    /// `hash(float('inf'))`.
    public static let infinity = 314159

    /// `hash(n)` for an int.
    public static func hash(int n: Int) -> Int {
        var x = Int(UInt64(n.magnitude) % modulus)
        if n < 0 { x = -x }
        return x == -1 ? -2 : x
    }

    /// `hash(n)` for an int of any size.
    public static func hash(int n: BigInt) -> Int {
        if let small = Int(exactly: n) { return hash(int: small) }
        // Horner over 64-bit words: 2^64 ≡ 2^3 (mod 2^61 - 1).
        var x: UInt64 = 0
        for w in n.magnitude.words.reversed() {
            let v = UInt64(w)
            x = mulmod(x, 8) &+ (v >> 61) &+ (v & modulus)
            x = (x & modulus) &+ (x >> 61)
            if x >= modulus { x -= modulus }
        }
        var r = Int(x)
        if n.sign == .minus { r = -r }
        return r == -1 ? -2 : r
    }

    @inline(__always)
    static func mulmod(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (hi, lo) = a.multipliedFullWidth(by: b)
        // value = hi·2^64 + lo ≡ hi·8 + lo (mod 2^61-1)
        var x = (lo & modulus) &+ (lo >> 61) &+ (hi << 3)
        x = (x & modulus) &+ (x >> 61)
        if x >= modulus { x -= modulus }
        return x
    }

    /// `hash(x)` for a float (`_Py_HashDouble`). NaN hashes by object identity in CPython 3.11,
    /// so it has no fixed value: this returns 0 for NaN.
    public static func hash(float v: Double) -> Int {
        if !v.isFinite {
            if v.isInfinite { return v > 0 ? infinity : -infinity }
            return 0
        }
        if v == 0 { return 0 }
        // frexp: v = m × 2^e with 0.5 <= |m| < 1
        var m = v.significand.magnitude / 2
        var e = Int(v.exponent) + 1
        let negative = v < 0
        var x: UInt64 = 0
        while m != 0 {
            x = ((x << 28) & modulus) | x >> (61 - 28)
            m *= 268435456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt64(e)) & modulus) | x >> UInt64(61 - e)
        if negative { x = 0 &- x }
        if x == UInt64.max { x = UInt64.max - 1 }
        return Int(bitPattern: UInt(x))
    }
}
