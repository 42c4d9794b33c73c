import XCTest
import BigInt
@testable import PyBase

final class StrFormatTests: XCTestCase {
    func testAgainstCPython() {
        for (template, args, kwargs, expected) in strFormatCases {
            XCTAssertEqual(outcome { try MiniDriver.strFormat(template, args, kwargs) }, expected, template)
        }
    }

    func testIteratorPieces() throws {
        var it = StrFormat.Iterator("a{{b}}c{0.x[1]!r:>{w}}d{}")
        var pieces: [StrFormat.Piece] = []
        while let p = try it.next() { pieces.append(p) }
        XCTAssertEqual(pieces.map(\.literal), ["a{", "b}", "c", "d"])
        XCTAssertNil(pieces[0].field)
        let f = try XCTUnwrap(pieces[2].field)
        XCTAssertEqual(f.name, "0.x[1]")
        XCTAssertEqual(f.conversion, "r")
        XCTAssertEqual(f.spec, ">{w}")
        XCTAssertTrue(f.specNeedsExpanding)
        XCTAssertEqual(pieces[3].field?.name, "")
    }

    func testFieldNames() throws {
        var auto = StrFormat.AutoNumber()
        let n = try StrFormat.FieldName.parse("0.x[1][key].y", autoNumber: &auto)
        XCTAssertEqual(n.first, .index(0))
        XCTAssertEqual(n.accessors, [.attribute("x"), .index(1), .key("key"), .attribute("y")])
        XCTAssertNil(n.trailingError)
        let k = try StrFormat.FieldName.parse("name[0]x", autoNumber: &auto)
        XCTAssertEqual(k.first, .keyword("name"))
        XCTAssertEqual(k.accessors, [.index(0)])
        XCTAssertEqual(k.trailingError?.message, "Only '.' or '[' may follow ']' in format field specifier")
        XCTAssertThrowsError(try StrFormat.FieldName.parse("", autoNumber: &auto)) { e in
            XCTAssertEqual((e as? PyBaseError)?.message,
                           "cannot switch from manual field specification to automatic field numbering")
        }
        var auto2 = StrFormat.AutoNumber()
        XCTAssertEqual(try StrFormat.FieldName.parse("", autoNumber: &auto2).first, .index(0))
        XCTAssertEqual(try StrFormat.FieldName.parse("[2]", autoNumber: &auto2).first, .index(1))
        XCTAssertEqual(try StrFormat.FieldName.parse("kw", autoNumber: &auto2).first, .keyword("kw"))
    }
}
