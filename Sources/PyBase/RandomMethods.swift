import BigInt

/// The pure-Python methods of CPython 3.11's `random.Random` (Lib/random.py), on top of the
/// generator. Sequence methods return indices; the caller maps them to elements.
extension MersenneTwister {
    // MARK: - Integers

    /// `randrange(start, stop, step)`; `stop == nil` is `randrange(start)` (then `step` must be 1;
    /// a step with no stop is the caller's TypeError "Missing a non-None stop argument").
    /// Throws ValueError "empty range for randrange()", "empty range for randrange() (a, b, w)",
    /// "zero step for randrange()".
    public mutating func randrange(_ start: Int, _ stop: Int? = nil, step: Int = 1) throws -> Int {
        guard let stop = stop else {
            if start > 0 { return randbelow(start) }
            throw PyBaseError.value("empty range for randrange()")
        }
        let (width, o) = stop.subtractingReportingOverflow(start)
        if o { return Int(try randrange(BigInt(start), BigInt(stop), step: BigInt(step))) }
        if step == 1 {
            if width > 0 { return start + randbelow(width) }
            throw PyBaseError.value("empty range for randrange() (\(start), \(stop), \(width))")
        }
        return Int(try randrange(BigInt(start), BigInt(stop), step: BigInt(step)))
    }

    /// `randrange` for ints of any size. See `randrange(_: Int, …)`.
    public mutating func randrange(_ start: BigInt, _ stop: BigInt?, step: BigInt = 1) throws -> BigInt {
        guard let stop = stop else {
            if start > 0 { return randbelow(start) }
            throw PyBaseError.value("empty range for randrange()")
        }
        let width = stop - start
        if step == 1 {
            if width > 0 { return start + randbelow(width) }
            throw PyBaseError.value("empty range for randrange() (\(start), \(stop), \(width))")
        }
        let n: BigInt
        if step > 0 {
            n = IntMath.floorDiv(width + step - 1, step)
        } else if step < 0 {
            n = IntMath.floorDiv(width + step + 1, step)
        } else {
            throw PyBaseError.value("zero step for randrange()")
        }
        if n <= 0 { throw PyBaseError.value("empty range for randrange()") }
        return start + step * randbelow(n)
    }

    /// `randint(a, b)` = `randrange(a, b + 1)`.
    public mutating func randint(_ a: Int, _ b: Int) throws -> Int {
        if b == Int.max { return Int(try randrange(BigInt(a), BigInt(b) + 1)) }
        return try randrange(a, b + 1)
    }

    /// `randint(a, b)` for ints of any size.
    public mutating func randint(_ a: BigInt, _ b: BigInt) throws -> BigInt {
        try randrange(a, b + 1)
    }

    /// `randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`.
    public mutating func randbytes(_ n: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(n)
        var remaining = n * 8
        while remaining > 0 {
            var r = nextUInt32()
            if remaining < 32 { r >>= UInt32(32 - remaining) }
            for i in 0..<min(4, (remaining + 7) / 8) { out.append(UInt8(truncatingIfNeeded: r >> UInt32(8 * i))) }
            remaining -= 32
        }
        return out
    }

    // MARK: - Sequences

    /// `choice(seq)`: the index chosen in a sequence of `count` elements. Throws IndexError
    /// "Cannot choose from an empty sequence".
    public mutating func choiceIndex(count: Int) throws -> Int {
        if count == 0 { throw PyBaseError(.indexError, "Cannot choose from an empty sequence") }
        return randbelow(count)
    }

    /// `shuffle(x)` in place.
    public mutating func shuffle<T>(_ x: inout [T]) {
        var i = x.count - 1
        while i >= 1 {
            let j = randbelow(i + 1)
            x.swapAt(i, j)
            i -= 1
        }
    }

    /// `sample(population, k)` for a population of `n` elements: the chosen indices, in order.
    /// Throws ValueError "Sample larger than population or is negative".
    public mutating func sample(populationCount n: Int, k: Int) throws -> [Int] {
        if !(0 <= k && k <= n) { throw PyBaseError.value("Sample larger than population or is negative") }
        var result: [Int] = []
        result.reserveCapacity(k)
        var setsize = 21
        if k > 5 {
            let e = (libmLog(Double(k * 3)) / libmLog(4.0)).rounded(.up)
            setsize += 1 << (2 * Int(e))
        }
        if n <= setsize {
            var pool = Array(0..<n)
            for i in 0..<k {
                let j = randbelow(n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for _ in 0..<k {
                var j = randbelow(n)
                while selected.contains(j) { j = randbelow(n) }
                selected.insert(j)
                result.append(j)
            }
        }
        return result
    }

    /// `sample(population, k, counts=counts)`: indices into the population. Throws ValueError
    /// "Total of counts must be greater than zero" and the errors of `sample(populationCount:k:)`
    /// (a `counts` length mismatch is the caller's ValueError "The number of counts does not
    /// match the population").
    public mutating func sample(counts: [Int], k: Int) throws -> [Int] {
        var cum: [Int] = []
        cum.reserveCapacity(counts.count)
        var total = 0
        for c in counts { total += c; cum.append(total) }
        guard let last = cum.popLast(), last > 0 else {
            throw PyBaseError.value("Total of counts must be greater than zero")
        }
        let selections = try sample(populationCount: last, k: k)
        return selections.map { s in MersenneTwister.bisectRight(cum, s) }
    }

    /// `choices(population, k=k)` without weights: `floor(random() * n)` for each pick.
    public mutating func choices(populationCount n: Int, k: Int) -> [Int] {
        let nf = Double(n)
        return (0..<max(k, 0)).map { _ in Int((random() * nf).rounded(.down)) }
    }

    /// `choices(population, cum_weights=cumWeights, k=k)`; for `weights=` pass the running sums
    /// (`itertools.accumulate`). Throws ValueError "Total of weights must be greater than zero",
    /// "Total of weights must be finite". (Length mismatch is the caller's ValueError "The number
    /// of weights does not match the population"; int weights are assumed exact in a Double.)
    public mutating func choices(cumulativeWeights cum: [Double], k: Int) throws -> [Int] {
        guard let total = cum.last else { throw PyBaseError(.indexError, "list index out of range") }
        if total <= 0 { throw PyBaseError.value("Total of weights must be greater than zero") }
        if !total.isFinite { throw PyBaseError.value("Total of weights must be finite") }
        let hi = cum.count - 1
        return (0..<max(k, 0)).map { _ in
            MersenneTwister.bisectRight(cum, random() * total, hi: hi)
        }
    }

    static func bisectRight<T: Comparable>(_ a: [T], _ x: T, hi: Int? = nil) -> Int {
        var lo = 0, hi = hi ?? a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if x < a[mid] { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    // MARK: - Real-valued distributions

    /// `uniform(a, b)` = `a + (b - a) * random()`.
    public mutating func uniform(_ a: Double, _ b: Double) -> Double {
        a + (b - a) * random()
    }

    /// `triangular(low, high, mode)`; `mode == nil` means the midpoint.
    public mutating func triangular(_ low: Double = 0, _ high: Double = 1, mode: Double? = nil) -> Double {
        var u = random()
        var c: Double
        if let m = mode {
            if high - low == 0 { return low }   // ZeroDivisionError caught in Python
            c = (m - low) / (high - low)
        } else {
            c = 0.5
        }
        var lo = low, hi = high
        if u > c {
            u = 1.0 - u
            c = 1.0 - c
            swap(&lo, &hi)
        }
        return lo + (hi - lo) * libmSqrt(u * c)
    }

    /// `4 * exp(-0.5) / sqrt(2.0)`.
    static let nvMagicConst = 4 * libmExp(-0.5) / libmSqrt(2.0)

    /// `normalvariate(mu, sigma)` (Kinderman–Monahan).
    public mutating func normalvariate(_ mu: Double = 0, _ sigma: Double = 1) -> Double {
        var z: Double
        while true {
            let u1 = random()
            let u2 = 1.0 - random()
            z = MersenneTwister.nvMagicConst * (u1 - 0.5) / u2
            let zz = z * z / 4.0
            if zz <= -libmLog(u2) { break }
        }
        return mu + z * sigma
    }

    /// `gauss(mu, sigma)` (Box–Muller, caching the second value in `gaussNext`).
    public mutating func gauss(_ mu: Double = 0, _ sigma: Double = 1) -> Double {
        var z = gaussNext
        gaussNext = nil
        if z == nil {
            let x2pi = random() * (2 * Double.pi)
            let g2rad = libmSqrt(-2.0 * libmLog(1.0 - random()))
            z = libmCos(x2pi) * g2rad
            gaussNext = libmSin(x2pi) * g2rad
        }
        return mu + z! * sigma
    }

    /// `lognormvariate(mu, sigma)` = `exp(normalvariate(mu, sigma))`.
    public mutating func lognormvariate(_ mu: Double, _ sigma: Double) -> Double {
        libmExp(normalvariate(mu, sigma))
    }

    /// `expovariate(lambd)` = `-log(1 - random()) / lambd`. Throws ZeroDivisionError
    /// "float division by zero" for `lambd == 0`.
    public mutating func expovariate(_ lambd: Double) throws -> Double {
        try FloatMath.divide(-libmLog(1.0 - random()), lambd)
    }

    /// `paretovariate(alpha)` = `(1 - random()) ** (-1 / alpha)`.
    public mutating func paretovariate(_ alpha: Double) throws -> Double {
        let u = 1.0 - random()
        return try FloatMath.pow(u, try FloatMath.divide(-1.0, alpha))
    }

    /// `weibullvariate(alpha, beta)` = `alpha * (-log(1 - random())) ** (1 / beta)`.
    public mutating func weibullvariate(_ alpha: Double, _ beta: Double) throws -> Double {
        let u = 1.0 - random()
        return alpha * (try FloatMath.pow(-libmLog(u), try FloatMath.divide(1.0, beta)))
    }
}
