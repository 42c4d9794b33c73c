// The C math library, for the few functions whose exact results must match CPython's
// (which calls the same libm): pow, log, exp, sqrt, sin, cos, acos.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

@inline(__always) func libmPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
@inline(__always) func libmLog(_ x: Double) -> Double { log(x) }
@inline(__always) func libmExp(_ x: Double) -> Double { exp(x) }
@inline(__always) func libmSqrt(_ x: Double) -> Double { sqrt(x) }
@inline(__always) func libmSin(_ x: Double) -> Double { sin(x) }
@inline(__always) func libmCos(_ x: Double) -> Double { cos(x) }
@inline(__always) func libmAcos(_ x: Double) -> Double { acos(x) }
@inline(__always) func libmLog10(_ x: Double) -> Double { log10(x) }
