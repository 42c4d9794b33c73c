import Foundation
import Trace
import XCTest
@testable import TUI

/// Every bundled scenario opens and draws at every stop, at the smallest and a large size,
/// with its details and the help open: no crash, the header always shows the time.
final class GalleryScreensTests: XCTestCase {
    func testEveryScenarioDrawsEverywhere() throws {
        let dir = repositoryRoot.appendingPathComponent("Scenarios")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".py") }.sorted()
        XCTAssertFalse(names.isEmpty)
        for name in names {
            let session = try openScenario(name)
            for (w, h) in [(80, 24), (200, 60)] {
                var m = Model(width: w, height: h, glyphs: w == 80 ? .unicode : .ascii, session: session)
                var stops = 0
                while stops < 400 {
                    let before = m.viewer!.cursor
                    let text = m.shown
                    XCTAssertTrue(text.contains("t=\(TimeText.seconds(m.viewer!.clock))s"), "\(name) at \(w)x\(h)")
                    m.press(.right)
                    if m.viewer!.cursor == before { break }
                    stops += 1
                }
                m.press(.down, .down, .enter)
                _ = m.shown
                m.press(.escape, .char("?"))
                _ = m.shown
                m.press(.escape, .char("a"), .char("i"), .char("i"), .char("H"))
                _ = m.shown
                m.press(.home)
                _ = m.shown
            }
            _ = TimelineExport.text(session)
        }
    }
}
