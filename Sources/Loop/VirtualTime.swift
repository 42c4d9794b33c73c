/// Virtual time: signed 64-bit nanoseconds since the start of the scenario (time 0).
///
/// Nothing in loopscope reads a wall clock. Only sleeps, timers and modelled blocking
/// calls move an `EventLoop`'s `now`, and it never goes backwards.
public typealias Nanoseconds = Int64

/// Helpers to convert and display virtual times.
public enum VirtualTime {
    /// Nanoseconds in one second.
    public static let nanosecondsPerSecond: Int64 = 1_000_000_000

    /// Converts seconds (as Python passes them to `sleep`, `call_later`...) to nanoseconds,
    /// rounded to the nearest nanosecond (halves away from zero).
    ///
    /// Values beyond the `Int64` range, including infinities, saturate at
    /// `Int64.max` / `Int64.min` (so `sleep(float("inf"))` means "never"); NaN gives 0.
    ///
    ///     VirtualTime.nanoseconds(fromSeconds: 0.1)  // 100_000_000
    ///     VirtualTime.nanoseconds(fromSeconds: 1.5)  // 1_500_000_000
    public static func nanoseconds(fromSeconds seconds: Double) -> Nanoseconds {
        if seconds.isNaN { return 0 }
        let ns = (seconds * 1e9).rounded(.toNearestOrAwayFromZero)
        // 2^63 is exactly representable; Int64.max is not.
        if ns >= 9_223_372_036_854_775_808.0 { return .max }
        if ns <= -9_223_372_036_854_775_808.0 { return .min }
        return Int64(ns)
    }

    /// `time + delay`, saturating at the ends of the `Int64` range: a timer a program sets
    /// for `1e308` seconds (or `inf`) from now is due "never", not an overflow.
    @inlinable
    public static func adding(_ time: Nanoseconds, _ delay: Nanoseconds) -> Nanoseconds {
        let (sum, overflow) = time.addingReportingOverflow(delay)
        return overflow ? (delay > 0 ? .max : .min) : sum
    }

    /// Converts nanoseconds to seconds, as `loop.time()` / `time.monotonic()` report them.
    public static func seconds(fromNanoseconds ns: Nanoseconds) -> Double {
        // Split to keep full precision for large values.
        let whole = ns / nanosecondsPerSecond
        let frac = ns % nanosecondsPerSecond
        return Double(whole) + Double(frac) / 1e9
    }

    /// Formats a time as seconds with a fixed number of decimals (3 by default), rounding
    /// the exact integer value half away from zero: `4_000_000_000` → `"4.000"`,
    /// `1_234_500_000` → `"1.235"` (with 3 decimals), `0` → `"0.000"`.
    ///
    /// This is the format of `loopscope run --timestamps`; keep it stable.
    public static func format(_ ns: Nanoseconds, decimals: Int = 3) -> String {
        precondition(decimals >= 0 && decimals <= 9, "decimals must be in 0...9")
        var unit: Int64 = 1
        for _ in 0..<(9 - decimals) { unit *= 10 }
        let negative = ns < 0
        // Work on the magnitude in UInt64 so Int64.min does not overflow.
        let magnitude = ns.magnitude
        let half = UInt64(unit / 2)
        let (sum, overflow) = magnitude.addingReportingOverflow(unit == 1 ? 0 : half)
        let rounded = overflow ? magnitude : sum
        let units = rounded / UInt64(unit)
        var scale: UInt64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let whole = units / scale
        var text = negative && units != 0 ? "-" : ""
        text += String(whole)
        if decimals > 0 {
            let frac = String(units % scale)
            text += "." + String(repeating: "0", count: decimals - frac.count) + frac
        }
        return text
    }
}
