import BigInt

/// Exact decimal digit generation for doubles, the three `_Py_dg_dtoa` modes CPython uses.
///
/// A result is `digits` (ASCII, no trailing zeros) and `decpt`, meaning the value
/// `0.d1d2d3… × 10^decpt`. Zero is `"0"` with `decpt == 1`; a value that rounds to zero in
/// fixed mode has no digits and `decpt == -places` (as dtoa does). Rounding is correct and
/// half-to-even on the exact binary value, as David Gay's dtoa (and hence CPython) does.
struct DecimalDigits {
    /// Number of digits.
    private(set) var count: Int
    var decpt: Int
    /// Up to 40 digits are stored inline (no allocation); longer ones in `heap`.
    private var inline: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
    private var heap: [UInt8]? = nil

    /// No digits (a value that rounded to zero).
    init(empty decpt: Int) {
        count = 0
        self.decpt = decpt
    }

    init(copying digits: UnsafeBufferPointer<UInt8>, decpt: Int) {
        count = digits.count
        self.decpt = decpt
        if digits.count <= 40 {
            withUnsafeMutableBytes(of: &inline) { raw in
                for k in 0..<digits.count { raw[k] = digits[k] }
            }
        } else {
            heap = Array(digits)
        }
    }

    static let zero: DecimalDigits = {
        var z = DecimalDigits(empty: 1)
        z.count = 1
        withUnsafeMutableBytes(of: &z.inline) { $0[0] = 0x30 }
        return z
    }()

    /// Calls `body` with the ASCII digits.
    func withDigits<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let h = heap { return try h.withUnsafeBufferPointer(body) }
        return try withUnsafeBytes(of: inline) { raw in
            try body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
        }
    }

    /// The first digit, if any.
    var first: UInt8? { count == 0 ? nil : withDigits { $0[0] } }

    /// Whether the digits are those of zero (none, or "0").
    var isZero: Bool { count == 0 || (count == 1 && first == 0x30) }

    /// Shortest digits that round-trip (dtoa mode 0, `repr`). `x` must be finite; sign ignored.
    static func shortest(_ x: Double) -> DecimalDigits {
        if x == 0 { return .zero }
        // Swift's description yields the shortest round-trip digits (closest to the exact value
        // among the shortest), the same digits as dtoa mode 0; only the layout needs redoing.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { digits in
            var n = 0
            var intCount = 0
            var seenDot = false
            var exp = 0
            var expSign = 1
            var inExp = false
            for c in x.magnitude.description.utf8 {
                if inExp {
                    if c == UInt8(ascii: "-") { expSign = -1 } else if c >= 0x30 && c <= 0x39 { exp = exp * 10 + Int(c - 0x30) }
                } else if c == UInt8(ascii: ".") {
                    seenDot = true
                } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                    inExp = true
                } else if c >= 0x30 && c <= 0x39 && n < 32 {
                    digits[n] = c
                    n += 1
                    if !seenDot { intCount += 1 }
                }
            }
            var lead = 0
            while lead < n && digits[lead] == 0x30 { lead += 1 }
            var end = n
            while end > lead && digits[end - 1] == 0x30 { end -= 1 }
            if lead == end { return .zero }
            return DecimalDigits(copying: UnsafeBufferPointer(rebasing: digits[lead..<end]),
                                 decpt: intCount - lead + expSign * exp)
        }
    }

    /// Digits rounded to `places` digits after the decimal point (dtoa mode 3); `places` may be
    /// negative (rounding to tens, hundreds…). `x` must be finite; sign ignored.
    static func fixed(_ x: Double, places p: Int) -> DecimalDigits {
        let a = x.magnitude
        if a == 0 { return .zero }
        // A double is a multiple of 2^-1074 below 2^1024: it has at most 1074 decimals and
        // rounds to zero at 10^309. Beyond those bounds the digits are the same (decimals)
        // or none (tens), so huge places never reach the big-number arithmetic.
        if p > fixedMaxPlaces { return fixed(a, places: fixedMaxPlaces) }
        if p < -fixedMaxMagnitude { return DecimalDigits(empty: -p) }
        if let fast = fastFixed(a, places: p) { return fast }
        return bigFixed(a, places: p)
    }

    static let fixedMaxPlaces = 1100
    static let fixedMaxMagnitude = 330

    /// `n` significant digits, correctly rounded (dtoa mode 2). `n >= 1`; `x` finite, sign ignored.
    static func significant(_ x: Double, count n: Int) -> DecimalDigits {
        let a = x.magnitude
        if a == 0 { return .zero }
        // Estimate k = floor(log10(a)), never too high (a too-high k could be wrongly accepted
        // below); a too-low estimate is detected and corrected.
        var k = Int((libmLog10(a) - 1e-9).rounded(.down))
        var tries = 0
        while true {
            let r = fixed(a, places: n - 1 - k)
            let len = r.decpt + (n - 1 - k)   // number of digits of the rounded integer N
            tries += 1
            if len < n && tries < 4 { k -= 1; continue }
            if len > n && tries < 4 && !(r.count == 1 && r.first == 0x31) { k += 1; continue }
            return r
        }
    }

    // MARK: - Fast path (64/128-bit arithmetic)

    static let pow10: [UInt64] = {
        var t: [UInt64] = [1]
        for _ in 1...19 { t.append(t.last! &* 10) }
        return t
    }()

    /// Decomposes a positive finite double into `m × 2^e` with `m` odd (or the value 0).
    @inline(__always)
    static func decompose(_ a: Double) -> (m: UInt64, e: Int) {
        var m = a.significandBitPattern
        var e: Int
        if a.exponentBitPattern == 0 {
            e = -1074
        } else {
            m |= 1 << 52
            e = Int(a.exponentBitPattern) - 1075
        }
        let tz = m.trailingZeroBitCount
        m >>= UInt64(tz)
        e += tz
        return (m, e)
    }

    static func fastFixed(_ a: Double, places p: Int) -> DecimalDigits? {
        let (m, e) = decompose(a)
        if e >= 0 {
            // An integer value.
            guard a < 18446744073709551616.0 else { return nil }
            let u = m << UInt64(e)
            if p >= 0 { return fromUInt(u, high: 0, places: 0) }
            if -p > 19 { return DecimalDigits(empty: -p) }
            let d = pow10[-p]
            var q = u / d
            let r = u % d
            let half = d / 2
            if r > half || (r == half && q & 1 == 1) { q += 1 }
            return fromUInt(q, high: 0, places: p)
        }
        // m × 2^-s with s > 0, value below 2^53.
        let s = -e
        if p < 0 {
            if -p > 19 { return DecimalDigits(empty: -p) }
            // Value = ip + frac with 0 < frac < 1, so no tie is possible.
            let ip = s >= 64 ? 0 : m >> UInt64(s)
            let d = pow10[-p]
            var q = ip / d
            if ip % d >= d / 2 { q += 1 }
            return fromUInt(q, high: 0, places: p)
        }
        guard p <= 19 else { return nil }
        let (hi, lo) = m.multipliedFullWidth(by: pow10[p])
        if s >= 118 { return DecimalDigits(empty: -p) }   // product < 2^117 ≤ half
        var qhi: UInt64, qlo: UInt64
        var cmp: Int   // remainder compared with half: -1, 0, 1
        if s < 64 {
            qlo = (lo >> UInt64(s)) | (hi << UInt64(64 - s))
            qhi = hi >> UInt64(s)
            let rem = lo & ((1 << UInt64(s)) - 1)
            let half: UInt64 = 1 << UInt64(s - 1)
            cmp = rem < half ? -1 : (rem == half ? 0 : 1)
        } else if s == 64 {
            qlo = hi; qhi = 0
            let half: UInt64 = 1 << 63
            cmp = lo < half ? -1 : (lo == half ? 0 : 1)
        } else {
            let t = s - 64
            qlo = hi >> UInt64(t); qhi = 0
            let remHi = hi & ((1 << UInt64(t)) - 1)
            let halfHi: UInt64 = 1 << UInt64(t - 1)
            if remHi != halfHi { cmp = remHi < halfHi ? -1 : 1 } else { cmp = lo == 0 ? 0 : 1 }
        }
        if cmp > 0 || (cmp == 0 && qlo & 1 == 1) {
            qlo &+= 1
            if qlo == 0 { qhi += 1 }
        }
        return fromUInt(qlo, high: qhi, places: p)
    }

    /// Digits of the integer `high·2^64 + low` (high < 10^19) interpreted as `N × 10^-places`.
    static func fromUInt(_ low: UInt64, high: UInt64, places p: Int) -> DecimalDigits {
        if high == 0 && low == 0 { return DecimalDigits(empty: -p) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { buf in
            var pos = 40
            func put(_ v: UInt64, minDigits: Int) {
                var v = v
                var n = 0
                while v != 0 || n < minDigits {
                    pos -= 1
                    buf[pos] = 0x30 + UInt8(truncatingIfNeeded: v % 10)
                    v /= 10
                    n += 1
                }
            }
            if high == 0 {
                put(low, minDigits: 0)
            } else {
                let (q, r) = pow10[19].dividingFullWidth((high, low))
                put(r, minDigits: 19)
                put(q, minDigits: 0)
            }
            var end = 40
            while end > pos && buf[end - 1] == 0x30 { end -= 1 }
            return DecimalDigits(copying: UnsafeBufferPointer(rebasing: buf[pos..<end]), decpt: 40 - pos - p)
        }
    }

    // MARK: - General path (BigUInt)

    static func bigFixed(_ a: Double, places p: Int) -> DecimalDigits {
        let (m, e) = decompose(a)
        var num = BigUInt(m)
        var den = BigUInt(1)
        if e >= 0 { num <<= e } else { den <<= -e }
        if p >= 0 { num *= BigUInt(10).power(p) } else { den *= BigUInt(10).power(-p) }
        var (q, r) = num.quotientAndRemainder(dividingBy: den)
        let twice = r << 1
        if twice > den || (twice == den && q.words.first.map { $0 & 1 == 1 } ?? false) { q += 1 }
        if q.isZero { return DecimalDigits(empty: -p) }
        var digits = Array(String(q).utf8)
        let len = digits.count
        while let last = digits.last, last == 0x30 { digits.removeLast() }
        return digits.withUnsafeBufferPointer { DecimalDigits(copying: $0, decpt: len - p) }
    }
}
