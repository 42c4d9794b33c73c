import Trace
import XCTest
@testable import TUI

/// Every screen size from 80x24 up draws a whole, non-overlapping layout.
final class LayoutTests: XCTestCase {
    func testEverySizeDrawsCompletely() throws {
        let session = try openScenario("asyncio_gather.py")
        for (w, h) in [(80, 24), (81, 25), (90, 30), (100, 24), (120, 40), (132, 43), (160, 48), (200, 60), (250, 80), (80, 60), (240, 24)] {
            var m = Model(width: w, height: h, session: session)
            m.go(to: "4")
            let grid = View.render(m)
            XCTAssertEqual(grid.width, w)
            let text = grid.text
            for title in ["READY", "WAITING", "RESOURCES", "TIMELINE", "SOURCE", "OUTPUT"] {
                XCTAssertTrue(text.contains("─ \(title)"), "\(title) missing at \(w)x\(h)\n\(text)")
            }
            XCTAssertTrue(text.contains("t=4.000s"), "header at \(w)x\(h)")
            XCTAssertTrue(grid.line(h - 1).contains("quit") || grid.line(h - 1).contains("speed"), "footer at \(w)x\(h)")
            // No pane overlaps another, and all stay on screen.
            let layout = Layout.compute(m)
            let rects = Array(layout.panes.values)
            for (i, a) in rects.enumerated() {
                XCTAssertTrue(a.x >= 0 && a.y >= 1 && a.maxX <= w && a.maxY <= h - 1, "\(a) off screen at \(w)x\(h)")
                for b in rects[(i + 1)...] {
                    XCTAssertTrue(a.intersection(b).isEmpty, "\(a) overlaps \(b) at \(w)x\(h)")
                }
            }
        }
    }

    func testBelowTheMinimumShowsAMessage() throws {
        let session = try openScenario("asyncio_gather.py")
        for (w, h) in [(79, 24), (80, 23), (20, 5), (1, 1), (0, 0)] {
            let m = Model(width: w, height: h, session: session)
            let text = View.render(m).text
            if w >= 40 && h >= 3 {
                XCTAssertTrue(text.contains("needs a terminal of at least 80x24"), "\(w)x\(h): \(text)")
            }
        }
    }

    func testDistribute() {
        XCTAssertEqual(Layout.distribute(10, [2, 3]), [2, 8])
        XCTAssertEqual(Layout.distribute(6, [2, 10, 10]), [2, 2, 2])
        XCTAssertEqual(Layout.distribute(10, [2, 10, 10]).reduce(0, +), 10)
    }

    /// Many tasks: the timeline scrolls to keep the selection in view.
    func testManyTasksScroll() throws {
        var text = "import asyncio\n\nasync def work(i):\n    await asyncio.sleep(i / 10)\n\n"
        text += "async def main():\n    await asyncio.gather(*[work(i) for i in range(40)])\n\nasyncio.run(main())\n"
        let session = try openScenario("many.py", text: text)
        var m = Model(width: 80, height: 24, session: session)
        m.go(to: "2")
        for _ in 0..<30 { m.press(.down) }
        let shown = m.shown
        let name = m.viewer!.session.name(of: m.viewer!.selected!, in: m.viewer!.state)
        XCTAssertEqual(name, "work#29")
        XCTAssertTrue(shown.contains("▶ work#29"), shown)
    }
}
