import XCTest
import Language

/// Every program in Tests/Corpus/bad holds one mistake; its `.diag` file holds the first
/// line `loopscope check` prints for it (CPython's message and position where CPython
/// reports the same error).
final class BadCorpusTests: XCTestCase {
    private static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus/bad")

    func testEveryBadProgramGivesItsExpectedDiagnostic() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
            .filter { $0.hasSuffix(".py") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 45, "the bad corpus lost programs")
        for file in files {
            let url = Self.directory.appendingPathComponent(file)
            let source = try String(contentsOf: url, encoding: .utf8)
            let diagURL = url.deletingPathExtension().appendingPathExtension("diag")
            guard let expected = try? String(contentsOf: diagURL, encoding: .utf8) else {
                XCTFail("\(file): missing \(diagURL.lastPathComponent)")
                continue
            }
            guard let diagnostic = Self.firstDiagnostic(source) else {
                XCTFail("\(file): no diagnostic produced")
                continue
            }
            let rendered = diagnostic.render(file: file, source: source)
            let firstLine = rendered.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
            XCTAssertEqual(firstLine, expected.trimmingCharacters(in: .newlines), file)
        }
    }

    /// The parse error, or else the first validation error, or else the compile error (what
    /// `loopscope check` reports first).
    private static func firstDiagnostic(_ source: String) -> Diagnostic? {
        do {
            let module = try Parser.parse(source)
            if let first = Validator.validate(module).first { return first }
            _ = try Compiler.compile(module, filename: "")
            return nil
        } catch {
            return error
        }
    }
}
