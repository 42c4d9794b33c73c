import Export
import Foundation
import XCTest

/// `-o FILE` writes atomically: a failed export leaves no half-written file and keeps an
/// existing one; a successful one replaces it.
final class AtomicFileTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("loopscope-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func contents(_ name: String) -> String? {
        FileManager.default.contents(atPath: directory.appendingPathComponent(name).path).map { String(decoding: $0, as: UTF8.self) }
    }

    func testWritesAndReplaces() throws {
        let path = directory.appendingPathComponent("out.txt").path
        try AtomicFile.write(to: path) { $0.line("first") }
        XCTAssertEqual(contents("out.txt"), "first\n")
        try AtomicFile.write(to: path) { sink in
            for i in 0..<50_000 { sink.line("line \(i)") }  // several chunks
        }
        XCTAssertEqual(contents("out.txt")?.split(separator: "\n").count, 50_000)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["out.txt"])
    }

    func testAFailureKeepsTheOldFileAndLeavesNoTemporary() throws {
        struct Boom: Error {}
        let path = directory.appendingPathComponent("out.txt").path
        try AtomicFile.write(to: path) { $0.line("old") }
        XCTAssertThrowsError(try AtomicFile.write(to: path) { sink in
            for i in 0..<50_000 { sink.line("new \(i)") }  // some of it reached the disk
            throw Boom()
        })
        XCTAssertEqual(contents("out.txt"), "old\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["out.txt"])
        // Nothing is created when there was no file before.
        XCTAssertThrowsError(try AtomicFile.write(to: directory.appendingPathComponent("new.txt").path) { _ in throw Boom() })
        XCTAssertNil(contents("new.txt"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["out.txt"])
    }

    func testAMissingDirectoryIsAnError() {
        XCTAssertThrowsError(try AtomicFile.write(to: directory.appendingPathComponent("no/such/dir.txt").path) { $0.line("x") })
    }
}
