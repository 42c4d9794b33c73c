import XCTest

/// gevent and tornado programs recorded from CPython 3.11 with gevent 26.9 and tornado 6.6
/// on a virtual clock (Tests/Corpus/gevent, Tests/Corpus/tornado; see README_libs.md).
final class LibraryCorpusTests: XCTestCase {
    func testEveryGeventProgramMatchesTheRealLibrary() {
        let (count, failures) = CorpusRunner.check(family: "gevent")
        XCTAssertGreaterThanOrEqual(count, 50, "the gevent corpus should hold at least 50 programs")
        XCTAssert(failures.isEmpty, "\(failures.count) of \(count) programs differ:\n" + failures.joined(separator: "\n"))
    }

    func testTheSeedGeventPoolScenariosMatchTheRealLibrary() {
        let failures = CorpusRunner.checkScenarios(["gevent_pool_30", "gevent_pool_5"])
        XCTAssert(failures.isEmpty, failures.joined(separator: "\n"))
    }
}

final class TornadoCorpusTests: XCTestCase {
    func testEveryTornadoProgramMatchesTheRealLibrary() {
        let (count, failures) = CorpusRunner.check(family: "tornado")
        XCTAssertGreaterThanOrEqual(count, 40, "the tornado corpus should hold at least 40 programs")
        XCTAssert(failures.isEmpty, "\(failures.count) of \(count) programs differ:\n" + failures.joined(separator: "\n"))
    }

    func testTheSeedTornadoScenarioMatchesTheRealLibrary() {
        let failures = CorpusRunner.checkScenarios(["tornado_coroutines"])
        XCTAssert(failures.isEmpty, failures.joined(separator: "\n"))
    }
}
