import XCTest

/// asyncio programs recorded from CPython 3.11 on a virtual clock (Tests/Corpus/asyncio):
/// same output, same order, same virtual time for every line.
final class AsyncioCorpusTests: XCTestCase {
    func testEveryAsyncioProgramMatchesCPython() {
        let (count, failures) = CorpusRunner.check(family: "asyncio")
        XCTAssertGreaterThanOrEqual(count, 80, "the asyncio corpus should hold at least 80 programs")
        XCTAssert(failures.isEmpty, "\(failures.count) of \(count) programs differ:\n" + failures.joined(separator: "\n"))
    }

    func testTheSeedAsyncioScenarioMatchesCPython() {
        let failures = CorpusRunner.checkScenarios(["asyncio_gather"])
        XCTAssert(failures.isEmpty, failures.joined(separator: "\n"))
    }
}
