/// Virtual times as text, from the exact integer nanoseconds (never through `Double`
/// formatting, so every machine prints the same digits).
enum TimeText {
    /// Seconds with a fixed number of decimals, rounded half away from zero: the format of
    /// `loopscope run --timestamps` (`4_000_000_000` → `"4.000"`).
    static func seconds(_ ns: Int64, decimals: Int = 3) -> String {
        precondition(decimals >= 0 && decimals <= 9, "decimals must be in 0...9")
        let unit = pow10(9 - decimals)
        let magnitude = ns.magnitude
        let (sum, overflow) = magnitude.addingReportingOverflow(unit == 1 ? 0 : unit / 2)
        let units = (overflow ? magnitude : sum) / unit
        let scale = pow10(decimals)
        var text = ns < 0 && units != 0 ? "-" : ""
        text += String(units / scale)
        if decimals > 0 {
            let frac = String(units % scale)
            text += "." + String(repeating: "0", count: decimals - frac.count) + frac
        }
        return text
    }

    /// Seconds with as many decimals as needed and no more: `100_000_000` → `"0.1"`,
    /// `5_000_000_000` → `"5"`, `1_500` → `"0.0000015"`.
    static func compactSeconds(_ ns: Int64) -> String {
        var text = seconds(ns, decimals: 9)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// Microseconds (Chrome trace `ts`/`dur`): an integer, or up to three decimals for the
    /// nanoseconds (`4_000_000_000` → `"4000000"`, `1_500` → `"1.5"`).
    static func microseconds(_ ns: Int64) -> String {
        let sign = ns < 0 ? "-" : ""
        let m = ns.magnitude
        var text = sign + String(m / 1000)
        let frac = m % 1000
        if frac != 0 {
            var f = String(frac)
            f = String(repeating: "0", count: 3 - f.count) + f
            while f.hasSuffix("0") { f.removeLast() }
            text += "." + f
        }
        return text
    }

    /// Nanoseconds from seconds given on the command line, rounded to the nearest
    /// nanosecond (halves away from zero); saturates at the `Int64` range; NaN gives 0.
    static func nanoseconds(fromSeconds s: Double) -> Int64 {
        if s.isNaN { return 0 }
        let ns = (s * 1e9).rounded(.toNearestOrAwayFromZero)
        if ns >= 9_223_372_036_854_775_808.0 { return .max }
        if ns <= -9_223_372_036_854_775_808.0 { return .min }
        return Int64(ns)
    }

    static func pow10(_ n: Int) -> UInt64 {
        var v: UInt64 = 1
        for _ in 0..<n { v *= 10 }
        return v
    }
}
