import BigInt
import Language
import VM
#if canImport(Glibc)
import Glibc
#endif

/// The `math` module: the common functions, with CPython's domain errors.
enum MathModule {
    static func make() -> PyModule {
        let m = PyModule(name: "math")
        m["pi"] = .float(Double.pi)
        m["e"] = .float(M_E)
        m["tau"] = .float(2 * Double.pi)
        m["inf"] = .float(.infinity)
        m["nan"] = .float(.nan)
        func real(_ vm: VM, _ v: Value) throws -> Double {
            switch v {
            case .int(let i): return Double(i)
            case .bool(let b): return b ? 1 : 0
            case .float(let d): return d
            case .object(let o):
                if let b = o as? PyBigInt { return Double(b.value) }
            default: break
            }
            throw vm.typeError("must be real number, not \(v.typeName)")
        }
        func unary(_ name: String, domain: @escaping (Double) -> Bool = { _ in true }, _ f: @escaping (Double) -> Double) {
            m.def(name) { vm, a in
                try a.expect(name, 1)
                let x = try real(vm, a[0])
                guard domain(x) else { throw vm.valueError("math domain error") }
                let r = f(x)
                if r.isInfinite && x.isFinite { throw vm.overflowError("math range error") }
                return .float(r)
            }
        }
        unary("sqrt", domain: { $0 >= 0 || $0.isNaN }) { $0.squareRoot() }
        unary("exp") { Glibc.exp($0) }
        unary("sin") { Glibc.sin($0) }
        unary("cos") { Glibc.cos($0) }
        unary("tan") { Glibc.tan($0) }
        unary("asin", domain: { abs($0) <= 1 }) { Glibc.asin($0) }
        unary("acos", domain: { abs($0) <= 1 }) { Glibc.acos($0) }
        unary("atan") { Glibc.atan($0) }
        unary("sinh") { Glibc.sinh($0) }
        unary("cosh") { Glibc.cosh($0) }
        unary("tanh") { Glibc.tanh($0) }
        unary("fabs") { abs($0) }
        unary("log10", domain: { $0 > 0 }) { Glibc.log10($0) }
        unary("log2", domain: { $0 > 0 }) { Glibc.log2($0) }
        unary("log1p", domain: { $0 > -1 }) { Glibc.log1p($0) }
        unary("expm1") { Glibc.expm1($0) }
        unary("degrees") { $0 * 180 / Double.pi }
        unary("radians") { $0 * Double.pi / 180 }
        m.def("log") { vm, a in
            try a.expect("log", 1, 2)
            let x = try real(vm, a[0])
            guard x > 0 else { throw vm.valueError("math domain error") }
            if a.count == 2 {
                let b = try real(vm, a[1])
                guard b > 0, b != 1 else { throw b == 1 ? vm.zeroDivision("float division by zero") : vm.valueError("math domain error") }
                return .float(Glibc.log(x) / Glibc.log(b))
            }
            return .float(Glibc.log(x))
        }
        m.def("pow") { vm, a in
            try a.expect("pow", 2)
            return .float(Glibc.pow(try real(vm, a[0]), try real(vm, a[1])))
        }
        m.def("atan2") { vm, a in
            try a.expect("atan2", 2)
            return .float(Glibc.atan2(try real(vm, a[0]), try real(vm, a[1])))
        }
        m.def("hypot") { vm, a in
            .float(try a.positional.reduce(0.0) { ($0 * $0 + (try real(vm, $1)) * (try real(vm, $1))).squareRoot() })
        }
        m.def("fmod") { vm, a in
            try a.expect("fmod", 2)
            let y = try real(vm, a[1])
            if y == 0 { throw vm.valueError("math domain error") }
            return .float(Glibc.fmod(try real(vm, a[0]), y))
        }
        func integral(_ name: String, _ rule: FloatingPointRoundingRule) {
            m.def(name) { vm, a in
                try a.expect(name, 1)
                if case .int = a[0] { return a[0] }
                if case .object(let o) = a[0], o is PyBigInt { return a[0] }
                let x = try real(vm, a[0])
                if x.isNaN { throw vm.valueError("cannot convert float NaN to integer") }
                if x.isInfinite { throw vm.overflowError("cannot convert float infinity to integer") }
                return .int(BigInt(x.rounded(rule)))
            }
        }
        integral("floor", .down)
        integral("ceil", .up)
        integral("trunc", .towardZero)
        m.def("isclose") { vm, a in
            let rel = try a.take("rel_tol").map { try real(vm, $0) } ?? 1e-09
            let absTol = try a.take("abs_tol").map { try real(vm, $0) } ?? 0
            try a.expect("isclose", 2)
            let x = try real(vm, a[0]), y = try real(vm, a[1])
            if x == y { return .bool(true) }
            if x.isInfinite || y.isInfinite { return .bool(false) }
            let diff = abs(y - x)
            return .bool(diff <= abs(rel * y) || diff <= abs(rel * x) || diff <= absTol)
        }
        m.def("isnan") { vm, a in .bool(try real(vm, a[0]).isNaN) }
        m.def("isinf") { vm, a in .bool(try real(vm, a[0]).isInfinite) }
        m.def("isfinite") { vm, a in .bool(try real(vm, a[0]).isFinite) }
        m.def("copysign") { vm, a in
            try a.expect("copysign", 2)
            return .float(Double(signOf: try real(vm, a[1]), magnitudeOf: try real(vm, a[0])))
        }
        m.def("gcd") { vm, a in
            var g = BigInt(0)
            for v in a.positional {
                guard let b = v.bigIntValue else { throw vm.typeError("'\(v.typeName)' object cannot be interpreted as an integer") }
                g = g.greatestCommonDivisor(with: b)
            }
            return .int(g)
        }
        m.def("factorial") { vm, a in
            try a.expect("factorial", 1)
            guard let n = a[0].bigIntValue, case .int(let k) = Value.int(n) else {
                throw vm.typeError("'\(a[0].typeName)' object cannot be interpreted as an integer")
            }
            if k < 0 { throw vm.valueError("factorial() not defined for negative values") }
            // n! has about n·log2(n) bits: refuse what the memory budget cannot hold.
            try vm.reserveBytes(k, size: max(1, Int.bitWidth - k.leadingZeroBitCount) / 8 + 1)
            return .int(MathModule.product(2, k))
        }
        m.def("comb") { vm, a in
            try a.expect("comb", 2)
            let n = try vm.index(a[0]), k = try vm.index(a[1])
            if n < 0 || k < 0 { throw vm.valueError("n must be a non-negative integer") }
            if k > n { return .int(0) }
            try vm.reserveBytes(min(k, n - k), size: max(1, Int.bitWidth - n.leadingZeroBitCount) / 8 + 1)
            var r = BigInt(1)
            for i in 0..<min(k, n - k) { r = r * BigInt(n - i) / BigInt(i + 1) }
            return .int(r)
        }
        m.def("prod") { vm, a in
            var r: Value = a.take("start") ?? .int(1)
            try a.expect("prod", 1)
            for v in try vm.collect(a[0]) { r = try vm.binaryOp(.mul, r, v) }
            return r
        }
        m.def("fsum") { vm, a in
            try a.expect("fsum", 1)
            // Neumaier summation: exact for the sums scenarios print.
            var sum = 0.0, c = 0.0
            for v in try vm.collect(a[0]) {
                let x = try real(vm, v)
                let t = sum + x
                c += abs(sum) >= abs(x) ? (sum - t) + x : (x - t) + sum
                sum = t
            }
            return .float(sum + c)
        }
        return m
    }
}

extension MathModule {
    /// lo * (lo+1) * ... * hi by balanced splitting: the big multiplications pair numbers of
    /// similar size (far fewer word operations than multiplying one factor at a time), and
    /// runs of small factors are multiplied in machine words first.
    static func product(_ lo: Int, _ hi: Int) -> BigInt {
        if lo > hi { return 1 }
        if hi - lo < 16 {
            var acc = BigInt(1)
            var word: UInt = 1
            for i in lo...hi {
                let (p, o) = word.multipliedReportingOverflow(by: UInt(i))
                if o {
                    acc *= BigInt(word)
                    word = UInt(i)
                } else {
                    word = p
                }
            }
            return acc * BigInt(word)
        }
        let mid = lo + (hi - lo) / 2
        return product(lo, mid) * product(mid + 1, hi)
    }
}

