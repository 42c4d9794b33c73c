import XCTest

/// Plain-Python programs recorded from CPython 3.11 (Tests/Corpus/lang).
final class LanguageCorpusTests: XCTestCase {
    func testEveryLanguageProgramMatchesCPython() {
        let (count, failures) = CorpusRunner.check(family: "lang")
        XCTAssertGreaterThanOrEqual(count, 150, "the language corpus should hold at least 150 programs")
        XCTAssert(failures.isEmpty, "\(failures.count) of \(count) programs differ:\n" + failures.joined(separator: "\n"))
    }

    func testTheSynchronousSeedScenariosMatchCPython() {
        let failures = CorpusRunner.checkScenarios(["sync_subroutines", "sequential_tasks"])
        XCTAssert(failures.isEmpty, failures.joined(separator: "\n"))
    }
}
