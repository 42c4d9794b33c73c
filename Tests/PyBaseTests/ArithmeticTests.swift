import XCTest
import BigInt
@testable import PyBase

final class IntTextTests: XCTestCase {
    func testParse() {
        for (text, base, repr, expected) in intParseCases {
            XCTAssertEqual(outcome({ try IntText.parseChecked(text, base: base, repr: { repr }) }, { String($0) }),
                           expected, "int(\(repr), \(base))")
            if !expected.hasPrefix("!") {
                XCTAssertEqual(IntText.parse(text, base: base).map { String($0) }, expected)
            } else {
                XCTAssertNil(IntText.parse(text, base: base))
            }
        }
    }

    func testDigitLimit() {
        let long = String(repeating: "1", count: 5000)
        XCTAssertEqual(outcome({ try IntText.parseChecked(long, base: 10, repr: { "" }) }, { String($0) }),
                       "!ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit")
        XCTAssertNotNil(IntText.parse(long, base: 10))
        XCTAssertEqual(outcome({ try IntText.parseChecked(long, base: 16, repr: { "" }) }, { _ in "ok" }), "ok")
        XCTAssertEqual(outcome { try IntText.decimal(BigInt(10).power(4300)) },
                       "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
        XCTAssertEqual(try IntText.decimal(BigInt(10).power(4299)).count, 4300)
    }

    func testFormat() {
        XCTAssertEqual(IntText.format(BigInt(-255), radix: 16), "-ff")
        XCTAssertEqual(IntText.format(BigInt(255), radix: 16, uppercase: true), "FF")
        XCTAssertEqual(IntText.prefixed(BigInt(-255), radix: 16), "-0xff")
        XCTAssertEqual(IntText.prefixed(BigInt(8), radix: 8), "0o10")
        XCTAssertEqual(IntText.prefixed(BigInt(0), radix: 2), "0b0")
        XCTAssertEqual(IntText.format(BigInt(1) << 100), "1267650600228229401496703205376")
        XCTAssertEqual(IntText.invalidLiteralMessage(base: 10, repr: "'" + String(repeating: "x", count: 300) + "'").count,
                       "invalid literal for int() with base 10: ".count + 200)
    }
}

final class IntMathTests: XCTestCase {
    func testDivision() {
        for (a, b, q, m, dm) in intArithCases {
            let x = BigInt(a, radix: 10)!, y = BigInt(b, radix: 10)!
            XCTAssertEqual(outcome({ try IntMath.floorDivide(x, y) }, { String($0) }), q, "\(a) // \(b)")
            XCTAssertEqual(outcome({ try IntMath.modulo(x, y) }, { String($0) }), m, "\(a) % \(b)")
            XCTAssertEqual(outcome({ try IntMath.divmod(x, y) }, { "(\($0.quotient), \($0.remainder))" }), dm)
            if let xi = Int(exactly: x), let yi = Int(exactly: y) {
                let fq = outcome({ try IntMath.floorDivide(xi, yi) }, { $0.map(String.init) ?? "overflow" })
                XCTAssertTrue(fq == q || (fq == "overflow" && Int(q) == nil), "\(a) // \(b): \(fq)")
                XCTAssertEqual(outcome({ try IntMath.modulo(xi, yi) }, { String($0) }), m)
            }
        }
    }

    func testShifts() {
        for (a, n, left, right) in shiftCases {
            let x = BigInt(a, radix: 10)!
            XCTAssertEqual(outcome({ try IntMath.shiftLeft(x, n) }, { String($0) }), left, "\(a) << \(n)")
            XCTAssertEqual(outcome({ try IntMath.shiftRight(x, n) }, { String($0) }), right, "\(a) >> \(n)")
            if let xi = Int(exactly: x) {
                XCTAssertEqual(outcome({ try IntMath.shiftRight(xi, n) }, { String($0) }), right)
                let l = outcome({ try IntMath.shiftLeft(xi, n) }, { $0.map(String.init) ?? "overflow" })
                XCTAssertTrue(l == left || (l == "overflow" && Int(left) == nil), "\(a) << \(n): \(l)")
            }
        }
    }

    func testPowers() {
        for (a, b, expected) in powCases {
            let x = BigInt(a, radix: 10)!
            let got = b >= 0 ? IntText.format(IntMath.power(x, b), radix: 16)
                             : outcome({ try IntMath.powerNegative(x, BigInt(b)) }, { FloatRepr.repr($0) })
            XCTAssertEqual(got, expected, "\(a) ** \(b)")
            if b >= 0, let xi = Int(exactly: x), let r = IntMath.power(xi, b) { XCTAssertEqual(String(r, radix: 16), expected) }
        }
        for (a, b, m, expected) in powModCases {
            XCTAssertEqual(outcome({ try IntMath.powerModulo(BigInt(a, radix: 10)!, BigInt(b, radix: 10)!, BigInt(m, radix: 10)!) },
                                   { String($0) }), expected, "pow(\(a), \(b), \(m))")
        }
    }

    func testRound() {
        for (a, nd, expected) in intRoundCases {
            XCTAssertEqual(String(IntMath.round(BigInt(a, radix: 10)!, ndigits: nd)), expected, "round(\(a), \(nd))")
        }
    }
}

final class FloatMathTests: XCTestCase {
    func testTrueDivision() {
        for (a, b, expected) in trueDivCases {
            let x = BigInt(a, radix: 10)!, y = BigInt(b, radix: 10)!
            XCTAssertEqual(outcome({ try FloatMath.trueDivide(x, y) }, { FloatRepr.repr($0) }), expected, "\(a) / \(b)")
            if let xi = Int(exactly: x), let yi = Int(exactly: y) {
                XCTAssertEqual(outcome({ try FloatMath.trueDivide(xi, yi) }, { FloatRepr.repr($0) }), expected)
            }
        }
    }

    func testConversions() {
        for (a, expected) in intToFloatCases {
            XCTAssertEqual(outcome({ try FloatMath.toDouble(BigInt(a, radix: 10)!) }, { FloatRepr.repr($0) }), expected, "float(\(a))")
        }
        for (x, expected) in floatToIntCases {
            XCTAssertEqual(outcome({ try FloatMath.toBigInt(x) }, { String($0) }), expected, "int(\(x))")
        }
        for (a, x, expected) in compareCases {
            XCTAssertEqual(FloatMath.compare(BigInt(a, radix: 10)!, x), expected, "cmp(\(a), \(x))")
        }
    }

    func testRound() {
        for (x, nd, expected) in floatRoundCases {
            let got = nd.map { n in outcome({ try FloatMath.round(x, ndigits: n) }, { FloatRepr.repr($0) }) }
                ?? outcome({ try FloatMath.round(x) }, { String($0) })
            XCTAssertEqual(got, expected, "round(\(x), \(String(describing: nd)))")
        }
    }

    func testArithmetic() {
        for (a, b, expected) in floatArithCases {
            let got = [
                outcome({ try FloatMath.mod(a, b) }, { FloatRepr.repr($0) }),
                outcome({ try FloatMath.floorDivide(a, b) }, { FloatRepr.repr($0) }),
                outcome({ try FloatMath.divmod(a, b) }, { "(\(FloatRepr.repr($0.quotient)), \(FloatRepr.repr($0.remainder)))" }),
                outcome({ try FloatMath.pow(a, b) }, { FloatRepr.repr($0) }),
                outcome({ try FloatMath.divide(a, b) }, { FloatRepr.repr($0) }),
            ].joined(separator: "|")
            XCTAssertEqual(got, expected, "\(a) op \(b)")
        }
    }

    func testHash() {
        for (a, h) in hashIntCases { XCTAssertEqual(PyHash.hash(int: BigInt(a, radix: 10)!), h, "hash(\(a))") }
        for (x, h) in hashFloatCases { XCTAssertEqual(PyHash.hash(float: x), h, "hash(\(x))") }
        XCTAssertEqual(PyHash.hash(int: -1), -2)
    }
}
