import Foundation
import Gallery
import XCTest

/// The scenarios embedded in the binary are exactly Scenarios/*.py, byte for byte.
final class BundledScenariosTests: XCTestCase {
    func testEveryScenarioFileIsBundledWithItsText() throws {
        let dir = repositoryRoot.appendingPathComponent("Scenarios")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".py") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 25)
        let bundled = BundledScenarios.all
        XCTAssertEqual(bundled.map(\.name), names, "add each Scenarios/*.py to BundledScenarios.files, sorted by name")
        for (name, text) in bundled where names.contains(name) {
            let onDisk = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            XCTAssertEqual(text, onDisk, name)
        }
    }
}
