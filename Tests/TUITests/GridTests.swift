import XCTest
@testable import TUI

/// The text grid and column widths (Korean text is two columns per glyph).
final class GridTests: XCTestCase {
    func testWidths() {
        XCTAssertEqual("코루틴".columns, 6)
        XCTAssertEqual("코루틴 1 시작".columns, 13)
        XCTAssertEqual("abc".columns, 3)
        XCTAssertEqual("e\u{301}".columns, 1, "a combining accent takes no column")
        XCTAssertEqual("日本".columns, 4)
        XCTAssertEqual("ｆｕｌｌ".columns, 8, "fullwidth forms")
        XCTAssertEqual("─│█▒▓·▲◆".columns, 8, "box and block characters are narrow")
    }

    func testTruncateAndPad() {
        XCTAssertEqual("코루틴 1 시작".truncated(to: 6), "코루…")
        XCTAssertEqual("코루틴 1 시작".truncated(to: 5), "코루…")
        XCTAssertEqual("코루틴".padded(to: 8), "코루틴  ")
        XCTAssertEqual("abcdef".truncated(to: 4, ellipsis: "~"), "abc~")
        XCTAssertEqual("\tx".expandingTabs(4), "    x")
        XCTAssertEqual("코\tx".expandingTabs(4), "코  x")
    }

    func testWideCharactersOccupyTwoCells() {
        var g = Grid(width: 6, height: 1)
        let end = g.put("코a루", 0, 0)
        XCTAssertEqual(end, 5)
        XCTAssertEqual(g.line(0), "코a루 ")
        XCTAssertTrue(g[1, 0].isContinuation)
        XCTAssertFalse(g[2, 0].isContinuation)
    }

    func testWideCharacterCutAtTheEdgeBecomesASpace() {
        var g = Grid(width: 5, height: 1)
        g.put("ab코루", 0, 0)
        XCTAssertEqual(g.line(0), "ab코 ")
        var clipped = Grid(width: 8, height: 1)
        clipped.put("코루틴", 0, 0, clip: Rect(x: 0, y: 0, width: 5, height: 1))
        XCTAssertEqual(clipped.text, "코루")
    }

    func testOverwritingHalfAWideCharacterClearsTheOtherHalf() {
        var g = Grid(width: 4, height: 1)
        g.put("코루", 0, 0)
        g.put("x", 1, 0)
        XCTAssertEqual(g.line(0), " x루")
        g.put("y", 2, 0)
        XCTAssertEqual(g.line(0), " xy ")
    }

    func testControlCharactersAreVisible() {
        var g = Grid(width: 4, height: 1)
        g.put("a\u{7}b", 0, 0)
        XCTAssertEqual(g.line(0), "a?b ")
    }

    func testTimeText() {
        XCTAssertEqual(TimeText.seconds(4_000_000_000), "4.000")
        XCTAssertEqual(TimeText.seconds(1_500_000), "0.001500")
        XCTAssertEqual(TimeText.parse("4.5"), 4_500_000_000)
        XCTAssertEqual(TimeText.parse("250ms"), 250_000_000)
        XCTAssertEqual(TimeText.parse("t=2s"), 2_000_000_000)
        XCTAssertEqual(TimeText.parse("1m"), 60_000_000_000)
        XCTAssertNil(TimeText.parse("-1"))
        XCTAssertNil(TimeText.parse("x"))
        XCTAssertEqual(TimeText.axisLabel(2_500_000_000), "2.5s")
        XCTAssertEqual(TimeText.axisLabel(500_000_000), "500ms")
        XCTAssertEqual(TimeText.niceStep(atLeast: 3), 5)
        XCTAssertEqual(TimeText.niceStep(atLeast: 11), 20)
        XCTAssertEqual(ordinal(1), "1st")
        XCTAssertEqual(ordinal(3), "3rd")
        XCTAssertEqual(ordinal(12), "12th")
        XCTAssertEqual(ordinal(22), "22nd")
    }
}
