import XCTest
@testable import PyBase

final class FloatReprTests: XCTestCase {
    func testRepr() {
        for (x, expected) in reprCases {
            XCTAssertEqual(FloatRepr.repr(x), expected)
            XCTAssertEqual(FloatRepr.reprSlow(x), expected)
        }
    }

    /// The fast path (Swift's description) and the digit-based layout agree; the latter is the
    /// one checked against CPython above.
    func testFastPathMatchesLayout() {
        var g = MersenneTwister(seed: 2024)
        for i in 0..<20000 {
            let bits = (UInt64(g.nextUInt32()) << 32) | UInt64(g.nextUInt32())
            var x = Double(bitPattern: bits)
            if i % 3 == 0 { x = Double(g.nextUInt32()) * 1e6 + g.random() }   // around 2^53 .. 1e16
            if !x.isFinite { continue }
            XCTAssertEqual(FloatRepr.repr(x), FloatRepr.reprSlow(x))
        }
    }

    func testDoubleToString() {
        // PyOS_double_to_string as used by '%' formatting.
        XCTAssertEqual(FloatRepr.format(2.675, code: "f", precision: 2), "2.67")
        XCTAssertEqual(FloatRepr.format(0.25, code: "f", precision: 1), "0.2")
        XCTAssertEqual(FloatRepr.format(1e300, code: "e", precision: 3), "1.000e+300")
        XCTAssertEqual(FloatRepr.format(1.0, code: "g", precision: 6, flags: [.alternate]), "1.00000")
        XCTAssertEqual(FloatRepr.format(-1.5, code: "E", precision: 0, flags: [.alternate]), "-2.E+00")
        XCTAssertEqual(FloatRepr.format(.infinity, code: "F", precision: 2, flags: [.sign]), "+INF")
        XCTAssertEqual(FloatRepr.format(0.1, code: "r", precision: 0, flags: [.addDot0]), "0.1")
        XCTAssertEqual(FloatRepr.format(1e23, code: "g", precision: 17), "9.9999999999999992e+22")
        XCTAssertEqual(FloatRepr.format(5e-324, code: "f", precision: 330).suffix(6), "940656")
    }
}
