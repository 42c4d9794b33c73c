import XCTest
import BigInt
@testable import PyBase

final class FormatSpecTests: XCTestCase {
    func testFloatFormat() {
        for (x, spec, expected) in floatFormatCases {
            XCTAssertEqual(outcome { try FormatSpec.parse(spec).format(float: x) }, expected, "format(\(x), '\(spec)')")
        }
    }

    func testIntFormat() {
        for (text, spec, expected) in intFormatCases {
            let n = BigInt(text)!
            XCTAssertEqual(outcome { try FormatSpec.parse(spec).format(int: n) }, expected, "format(\(text), '\(spec)')")
            if let small = Int(exactly: n) {
                XCTAssertEqual(outcome { try FormatSpec.parse(spec).format(int: small) }, expected, "Int path \(text) '\(spec)'")
            }
        }
    }

    func testStringFormat() {
        for (s, spec, expected) in stringFormatCases {
            XCTAssertEqual(outcome { try FormatSpec.parse(spec).format(string: s) }, expected, "format('\(s)', '\(spec)')")
        }
    }

    func testParsedFields() throws {
        let f = try FormatSpec.parse("*^+z#012_.3e")
        XCTAssertEqual(f.fill, "*")
        XCTAssertEqual(f.align, "^")
        XCTAssertEqual(f.sign, "+")
        XCTAssertTrue(f.noNegativeZero)
        XCTAssertTrue(f.alternate)
        XCTAssertTrue(f.zeroPad == false)   // "0" after an explicit fill is part of the width
        XCTAssertEqual(f.width, 12)
        XCTAssertEqual(f.grouping, "_")
        XCTAssertEqual(f.precision, 3)
        XCTAssertEqual(f.type, "e")
        let g = try FormatSpec.parse("08")
        XCTAssertTrue(g.zeroPad)
        XCTAssertEqual(g.fill, "0")
        XCTAssertEqual(g.width, 8)
        XCTAssertNil(g.align)
    }

    func testTypeNameInMessages() {
        XCTAssertEqual(outcome { try FormatSpec.parse("q").format(int: 1, typeName: "bool") },
                       "!ValueError: Unknown format code 'q' for object of type 'bool'")
        XCTAssertEqual(outcome { try FormatSpec.parse("xx").format(float: 1, typeName: "float") },
                       "!ValueError: Invalid format specifier 'xx' for object of type 'float'")
        // Parse-time errors, in CPython's order.
        XCTAssertEqual(outcome { try FormatSpec.parse("99999999999999999999").format(int: 1) },
                       "!ValueError: Too many decimal digits in format string")
        XCTAssertEqual(outcome { try FormatSpec.parse(".-1").format(float: 1.5) },
                       "!ValueError: Format specifier missing precision")
        XCTAssertEqual(outcome { try FormatSpec.parse(".2147483648f").format(float: 1.5) },
                       "!ValueError: precision too big")
    }

    func testDigitLimit() {
        let big = BigInt(10).power(5000)
        XCTAssertEqual(outcome { try FormatSpec.parse("d").format(int: big) },
                       "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
        XCTAssertEqual(outcome { String(try FormatSpec.parse("x").format(int: big).prefix(5)) }, "31e20")
    }
}
