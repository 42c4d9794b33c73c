import Foundation
import XCTest

/// The bundled gallery (Scenarios/*.py, embedded in the binary) against its recordings in
/// Tests/Corpus/scenarios: asyncio ones recorded by Tests/Corpus/record/record.py, gevent and
/// tornado ones by Tests/Corpus/record_libs/record_libs.py (real CPython and libraries on a
/// virtual clock). Scenarios are discovered from the directory, so a new one is covered as soon
/// as it is recorded, and one without a recording fails the second test.
final class GalleryTests: XCTestCase {
    static let gallery = CorpusRunner.root.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scenarios")
    static let recordings = CorpusRunner.root.appendingPathComponent("scenarios")

    /// Stems of Scenarios/*.py, sorted.
    static func scenarioNames() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(at: gallery, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "py" }
            .map { $0.deletingPathExtension().lastPathComponent }
            .sorted()
    }

    static func isRecorded(_ name: String) -> Bool {
        let fm = FileManager.default
        return fm.fileExists(atPath: recordings.appendingPathComponent("\(name).out").path)
            && fm.fileExists(atPath: recordings.appendingPathComponent("\(name).times").path)
    }

    func testEveryRecordedGalleryScenarioMatchesItsRecording() {
        let names = Self.scenarioNames().filter(Self.isRecorded)
        XCTAssertGreaterThanOrEqual(names.count, 25, "expected the 6 seed scenarios and the 19 gallery additions")
        let failures = CorpusRunner.checkScenarios(names)
        XCTAssert(failures.isEmpty, "\(failures.count) of \(names.count) gallery scenarios differ:\n" + failures.joined(separator: "\n"))
    }

    func testEveryGalleryScenarioHasARecording() {
        let names = Self.scenarioNames()
        XCTAssertFalse(names.isEmpty, "no scenarios found in \(Self.gallery.path)")
        let missing = names.filter { !Self.isRecorded($0) }
        XCTAssert(missing.isEmpty, "Scenarios without a recording (NAME.out and NAME.times) in Tests/Corpus/scenarios: "
            + missing.joined(separator: ", "))
    }
}
