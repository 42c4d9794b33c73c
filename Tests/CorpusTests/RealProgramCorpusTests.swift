import Foundation
import XCTest

/// Programs taken from public documentation and tutorials (the asyncio docs, Real Python,
/// SuperFastPython, the gevent tutorial and docs, tornado's docs, the Python tutorial and
/// library docs), recorded from the real runtimes (Tests/Corpus/real, see README_real.md).
final class RealProgramCorpusTests: XCTestCase {
    func testEveryRealProgramMatchesItsRuntime() {
        let (count, failures) = CorpusRunner.check(family: "real")
        XCTAssertGreaterThanOrEqual(count, 80, "the corpus of real programs should hold at least 80 programs")
        XCTAssert(failures.isEmpty, "\(failures.count) of \(count) programs differ:\n" + failures.joined(separator: "\n"))
    }

    /// The first line of every program names where it comes from and what was changed.
    func testEveryRealProgramNamesItsSourceAndChanges() throws {
        let files = CorpusRunner.programs(in: "real")
        XCTAssertFalse(files.isEmpty)
        for url in files {
            let source = try String(contentsOf: url, encoding: .utf8)
            let first = source.prefix { $0 != "\n" }
            XCTAssert(first.hasPrefix("# source: ") && first.contains("changes: "),
                      "\(url.lastPathComponent): the first line must be '# source: ...; changes: ...'")
        }
    }
}
