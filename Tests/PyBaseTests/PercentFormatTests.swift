import XCTest
import BigInt
@testable import PyBase

final class PercentFormatTests: XCTestCase {
    func testAgainstCPython() {
        for (fmt, args, isTuple, expected) in percentCases {
            XCTAssertEqual(outcome { try MiniDriver.percent(fmt, args, tuple: isTuple) }, expected, "\(fmt) % \(args)")
        }
    }

    func testMapping() {
        let d: [String: PV] = ["a": .float(3.14159), "b": .int(255), "name": .str("Ann")]
        for (fmt, expected) in percentMapCases {
            XCTAssertEqual(outcome { try MiniDriver.percent(fmt, [], tuple: false, mapping: d) }, expected, fmt)
        }
    }

    func testParsePieces() {
        let pieces = PercentFormat.parse("a%%b%(k)-*.3fz%5s")
        XCTAssertEqual(pieces.count, 4)
        XCTAssertEqual(pieces[0], .literal("a%b"))
        guard case .spec(let s1) = pieces[1], case .spec(let s2) = pieces[3] else { return XCTFail() }
        XCTAssertEqual(s1.key, .name("k"))
        XCTAssertEqual(s1.flags, [.leftAdjust])
        XCTAssertEqual(s1.width, .star)
        XCTAssertEqual(s1.precision, .value(3))
        XCTAssertEqual(s1.conversion, "f")
        XCTAssertEqual(s1.index, 12)
        XCTAssertNil(s1.error)
        XCTAssertEqual(pieces[2], .literal("z"))
        XCTAssertEqual(s2.width, .value(5))
        XCTAssertEqual(s2.conversion, "s")
        // Errors arrive as the last spec.
        guard case .spec(let bad) = PercentFormat.parse("x%-5").last else { return XCTFail() }
        XCTAssertEqual(bad.error, PyBaseError(.valueError, "incomplete format"))
        guard case .spec(let key) = PercentFormat.parse("%(ab").last else { return XCTFail() }
        XCTAssertEqual(key.key, .incomplete)
        XCTAssertEqual(key.error?.message, "incomplete format key")
    }

    func testConversionHelpers() throws {
        let c = try PercentFormat.Spec(flags: [.zero], width: .star, precision: .star, conversion: "x")
            .resolve(starWidth: -8, starPrecision: 3)
        XCTAssertEqual(c.width, 8)
        XCTAssertTrue(c.flags.contains(.leftAdjust))
        XCTAssertEqual(c.precision, 3)
        XCTAssertEqual(try PercentFormat.format(int: 255, c), "0ff     ")
        XCTAssertEqual(outcome({ try PercentFormat.Spec(precision: .star, conversion: "d").resolve(starPrecision: 1 << 40) }, { _ in "" }),
                       "!OverflowError: Python int too large to convert to C int")
        XCTAssertEqual(PercentFormat.format(string: "hello", .init(conversion: "s", width: 8, precision: 2)), "      he")
        XCTAssertEqual(PercentFormat.format(char: "é", .init(conversion: "c", flags: [.leftAdjust], width: 3)), "é  ")
        XCTAssertEqual(outcome({ try PercentFormat.char(fromString: "ab") }, { String($0) }), "!TypeError: %c requires int or char")
        XCTAssertEqual(PercentFormat.wrongType(conversion: "X", typeName: "list").message,
                       "%X format: an integer is required, not list")
    }
}

extension PercentFormat.Spec {
    init(flags: PercentFormat.Flags = [], width: PercentFormat.Count = .none, precision: PercentFormat.Count = .none,
         conversion: Unicode.Scalar) {
        self.init()
        self.flags = flags
        self.width = width
        self.precision = precision
        self.conversion = conversion
    }
}
