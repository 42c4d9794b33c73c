import BigInt

/// CPython's `random.Random` generator (Modules/_randommodule.c): MT19937 seeded with
/// `init_by_array`, producing exactly CPython's sequences. The Python-level methods
/// (`randrange`, `shuffle`, `sample`, `gauss`, …) are in RandomMethods.swift.
public struct MersenneTwister: Sendable {
    static let n = 624
    static let m = 397

    var state = [UInt32](repeating: 0, count: 624)
    var index = 625
    /// `Random.gauss_next`: the second value of the last Box–Muller pair (reset by seeding).
    public var gaussNext: Double?

    /// A generator seeded like `random.Random(seed)` for an int seed.
    public init(seed: BigInt) { self.seed(seed) }

    /// A generator seeded like `random.Random(seed)` for an int seed.
    public init(seed: Int = 0) { self.seed(BigInt(seed)) }

    // MARK: - Seeding

    /// `seed(n)` for an int (bool too): the absolute value's 32-bit words, little-endian.
    public mutating func seed(_ n: BigInt) {
        var key: [UInt32] = []
        for w in n.magnitude.words {
            let v = UInt64(w)
            key.append(UInt32(truncatingIfNeeded: v))
            key.append(UInt32(truncatingIfNeeded: v >> 32))
        }
        while key.count > 1 && key.last == 0 { key.removeLast() }
        if key.isEmpty { key = [0] }
        initByArray(key)
        gaussNext = nil
    }

    /// `seed(s)` for a str (version 2): the UTF-8 bytes followed by their SHA-512 digest, read as
    /// a big-endian int. (Strings with lone surrogates, which Python cannot encode either, don't
    /// arise in Swift.)
    public mutating func seed(string s: String) {
        seed(bytes: Array(s.utf8))
    }

    /// `seed(b)` for bytes/bytearray (version 2).
    public mutating func seed(bytes: [UInt8]) {
        let all = bytes + SHA512.digest(bytes)
        // Big-endian bytes → little-endian 32-bit words, leading zeros dropped.
        var key: [UInt32] = []
        var i = all.count
        while i > 0 {
            var word: UInt32 = 0
            let lo = max(0, i - 4)
            for j in lo..<i { word = (word << 8) | UInt32(all[j]) }
            key.append(word)
            i = lo
        }
        while key.count > 1 && key.last == 0 { key.removeLast() }
        initByArray(key)
        gaussNext = nil
    }

    /// `seed(x)` for a float: seeds with `hash(x)` reinterpreted as an unsigned 64-bit integer
    /// (CPython's `(size_t)hash`). A NaN seed depends on object identity in CPython and is not
    /// reproducible; here it behaves like hash 0.
    public mutating func seed(float x: Double) {
        let h = UInt64(bitPattern: Int64(PyHash.hash(float: x)))
        seed(BigInt(h))
    }

    mutating func initGenrand(_ s: UInt32) {
        state[0] = s
        for i in 1..<MersenneTwister.n {
            let prev = state[i - 1]
            state[i] = 1812433253 &* (prev ^ (prev >> 30)) &+ UInt32(i)
        }
        index = MersenneTwister.n
    }

    mutating func initByArray(_ key: [UInt32]) {
        let n = MersenneTwister.n
        initGenrand(19650218)
        var i = 1, j = 0
        var k = max(n, key.count)
        while k > 0 {
            let prev = state[i - 1]
            state[i] = (state[i] ^ ((prev ^ (prev >> 30)) &* 1664525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
            i += 1; j += 1
            if i >= n { state[0] = state[n - 1]; i = 1 }
            if j >= key.count { j = 0 }
            k -= 1
        }
        k = n - 1
        while k > 0 {
            let prev = state[i - 1]
            state[i] = (state[i] ^ ((prev ^ (prev >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= n { state[0] = state[n - 1]; i = 1 }
            k -= 1
        }
        state[0] = 0x80000000
    }

    // MARK: - Core output

    /// `genrand_uint32`: the next 32-bit output.
    public mutating func nextUInt32() -> UInt32 {
        if index >= MersenneTwister.n { twist() }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y
    }

    mutating func twist() {
        let n = MersenneTwister.n, m = MersenneTwister.m
        state.withUnsafeMutableBufferPointer { mt in
            @inline(__always) func mix(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt32 {
                let y = (a & 0x80000000) | (b & 0x7fffffff)
                return c ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : 0x9908b0df)
            }
            for kk in 0..<(n - m) { mt[kk] = mix(mt[kk], mt[kk + 1], mt[kk + m]) }
            for kk in (n - m)..<(n - 1) { mt[kk] = mix(mt[kk], mt[kk + 1], mt[kk + m - n]) }
            mt[n - 1] = mix(mt[n - 1], mt[0], mt[m - 1])
        }
        index = 0
    }

    /// `random()`: a float in [0, 1) with 53 random bits.
    public mutating func random() -> Double {
        let a = Double(nextUInt32() >> 5)
        let b = Double(nextUInt32() >> 6)
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `getrandbits(k)` for `0 <= k <= 64` as a machine integer.
    public mutating func getrandbits64(_ k: Int) -> UInt64 {
        precondition(k >= 0 && k <= 64)
        if k == 0 { return 0 }
        if k <= 32 { return UInt64(nextUInt32() >> UInt32(32 - k)) }
        let lo = UInt64(nextUInt32())
        let hi = UInt64(nextUInt32() >> UInt32(64 - k))
        return (hi << 32) | lo
    }

    /// `getrandbits(k)`. Throws ValueError "number of bits must be non-negative".
    public mutating func getrandbits(_ k: Int) throws -> BigInt {
        if k < 0 { throw PyBaseError.value("number of bits must be non-negative") }
        if k <= 64 { return BigInt(getrandbits64(k)) }
        var words: [UInt32] = []
        words.reserveCapacity((k - 1) / 32 + 1)
        var bits = k
        while bits > 0 {
            var r = nextUInt32()
            if bits < 32 { r >>= UInt32(32 - bits) }
            words.append(r)
            bits -= 32
        }
        var big: [UInt] = []
        var i = 0
        while i < words.count {
            let lo = UInt(words[i])
            let hi = i + 1 < words.count ? UInt(words[i + 1]) : 0
            big.append(lo | (hi << 32))
            i += 2
        }
        return BigInt(BigUInt(words: big))
    }

    /// `_randbelow(n)` for `n > 0`: `getrandbits(n.bit_length())` until below `n`.
    public mutating func randbelow(_ n: Int) -> Int {
        precondition(n > 0)
        let k = Int.bitWidth - n.leadingZeroBitCount
        var r = getrandbits64(k)
        while r >= UInt64(n) { r = getrandbits64(k) }
        return Int(r)
    }

    /// `_randbelow(n)` for an int of any size (`n > 0`).
    public mutating func randbelow(_ n: BigInt) -> BigInt {
        precondition(n > 0)
        if let small = Int(exactly: n) { return BigInt(randbelow(small)) }
        let k = n.magnitude.bitWidth
        var r = (try? getrandbits(k)) ?? 0
        while r >= n { r = (try? getrandbits(k)) ?? 0 }
        return r
    }
}
