import Foundation
import XCTest

/// Sources/loopscope/GalleryData.swift must be what Scripts/embed-gallery.sh makes of
/// Scenarios/*.py today.
final class GalleryDataTests: XCTestCase {
    func testGalleryDataIsUpToDate() throws {
        let script = repositoryRoot.appendingPathComponent("Scripts/embed-gallery.sh").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script, "--stdout"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let expected = String(decoding: data, as: UTF8.self)
        let actual = try String(contentsOf: repositoryRoot.appendingPathComponent("Sources/loopscope/GalleryData.swift"), encoding: .utf8)
        XCTAssertEqual(actual, expected, "run Scripts/embed-gallery.sh: GalleryData.swift is out of date with Scenarios/")
        let scenarios = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("Scenarios").path)
            .filter { $0.hasSuffix(".py") }
        for name in scenarios { XCTAssertTrue(actual.contains("(\"\(name)\", ##\"\"\""), "\(name) not embedded") }
    }
}
