import Export
import Foundation
import XCTest

/// `-o FILE` writes atomically: a failed export leaves no half-written file and keeps an
/// existing one; a successful one replaces it. Devices and FIFOs are written in place,
/// symlinks followed, and every failure is an error naming the path and the reason.
final class OutputFileTests: XCTestCase {
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
        try OutputFile.write(to: path) { $0.line("first") }
        XCTAssertEqual(contents("out.txt"), "first\n")
        try OutputFile.write(to: path) { sink in
            for i in 0..<50_000 { sink.line("line \(i)") }  // several chunks
        }
        XCTAssertEqual(contents("out.txt")?.split(separator: "\n").count, 50_000)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["out.txt"])
    }

    func testAFailureKeepsTheOldFileAndLeavesNoTemporary() throws {
        struct Boom: Error {}
        let path = directory.appendingPathComponent("out.txt").path
        try OutputFile.write(to: path) { $0.line("old") }
        XCTAssertThrowsError(try OutputFile.write(to: path) { sink in
            for i in 0..<50_000 { sink.line("new \(i)") }  // some of it reached the disk
            throw Boom()
        })
        XCTAssertEqual(contents("out.txt"), "old\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["out.txt"])
        // Nothing is created when there was no file before.
        XCTAssertThrowsError(try OutputFile.write(to: directory.appendingPathComponent("new.txt").path) { _ in throw Boom() })
        XCTAssertNil(contents("new.txt"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["out.txt"])
    }

    func testAMissingDirectoryIsAnError() {
        XCTAssertThrowsError(try OutputFile.write(to: directory.appendingPathComponent("no/such/dir.txt").path) { $0.line("x") })
    }

    func testAFullDeviceIsAnErrorAndStaysADevice() throws {
        XCTAssertThrowsError(try OutputFile.write(to: "/dev/full") { $0.line("x") }) { error in
            XCTAssertEqual("\(error)", "cannot write '/dev/full': No space left on device")
        }
        var info = stat()
        XCTAssertEqual(stat("/dev/full", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR)
    }

    func testDevNullIsWrittenInPlace() throws {
        try OutputFile.write(to: "/dev/null") { sink in for i in 0..<20_000 { sink.line("line \(i)") } }
        var info = stat()
        XCTAssertEqual(stat("/dev/null", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR)
    }

    func testAFIFOIsWrittenInPlace() throws {
        let path = directory.appendingPathComponent("pipe").path
        XCTAssertEqual(mkfifo(path, 0o600), 0)
        let reader = Thread {
            let fd = open(path, O_RDONLY)
            var collected: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = read(fd, &buffer, buffer.count)
                if n <= 0 { break }
                collected += buffer[0..<n]
            }
            close(fd)
            FileManager.default.createFile(atPath: path + ".read", contents: Data(collected))
        }
        reader.start()
        try OutputFile.write(to: path) { sink in for i in 0..<10_000 { sink.line("line \(i)") } }
        var received: Data?
        for _ in 0..<500 where received == nil {
            usleep(10_000)
            received = FileManager.default.contents(atPath: path + ".read")
        }
        XCTAssertEqual(received.map { String(decoding: $0, as: UTF8.self).split(separator: "\n").count }, 10_000)
        var info = stat()
        XCTAssertEqual(lstat(path, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "the FIFO was replaced")
    }

    func testASymlinkIsFollowedAndKept() throws {
        let target = directory.appendingPathComponent("target.txt").path
        let link = directory.appendingPathComponent("link.txt").path
        try OutputFile.write(to: target) { $0.line("old") }
        XCTAssertEqual(symlink("target.txt", link), 0)
        try OutputFile.write(to: link) { $0.line("new") }
        XCTAssertEqual(contents("target.txt"), "new\n")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), "target.txt")
        // A dangling link creates its target.
        let dangling = directory.appendingPathComponent("dangling.txt").path
        XCTAssertEqual(symlink("made.txt", dangling), 0)
        try OutputFile.write(to: dangling) { $0.line("made") }
        XCTAssertEqual(contents("made.txt"), "made\n")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: dangling), "made.txt")
    }

    func testADirectoryIsRefused() {
        XCTAssertThrowsError(try OutputFile.write(to: directory.path) { $0.line("x") }) { error in
            XCTAssertEqual("\(error)", "cannot write '\(directory.path)': it is a directory")
        }
    }
}
