import Foundation
import Runtimes
import Trace
import XCTest

/// What the RESOURCES pane shows must be possible: a semaphore, lock or pool never has
/// more holders than it has units, and only a holder releases. Checked on the trace of
/// every gallery scenario and every recorded asyncio, gevent and tornado program.
final class HolderInvariantTests: XCTestCase {
    /// One message per broken rule in `trace`. A plain semaphore's units are its initial
    /// value, or more when releases raised its counter higher (it has no bound).
    static func violations(_ trace: Trace) -> [String] {
        var holders: [ResourceID: [TaskID]] = [:]
        var highest: [ResourceID: Int64] = [:]
        var found: [String] = []
        func describe(_ r: ResourceID) -> String {
            let info = trace.resourceInfo(r)
            return "\(trace.string(info.name))#\(r.rawValue)"
        }
        for k in 0..<trace.count {
            switch trace.event(at: k) {
            case .holderAdded(let r, let t):
                holders[r, default: []].append(t)
                let info = trace.resourceInfo(r)
                var capacity = info.kind == .lock ? 1 : info.capacity
                if info.kind == .semaphore, let c = capacity { capacity = max(c, highest[r] ?? 0) }
                if let capacity, holders[r]!.count > capacity {
                    found.append("event \(k): \(describe(r)) has \(holders[r]!.count) holders for \(capacity) units")
                }
            case .holderRemoved(let r, let t):
                if let i = holders[r]?.firstIndex(of: t) {
                    holders[r]!.remove(at: i)
                } else {
                    found.append("event \(k): task \(t.rawValue) releases \(describe(r)) without holding it")
                }
            case .resourceValue(let r, let value):
                highest[r] = max(highest[r] ?? 0, value)
            default:
                break
            }
        }
        return found
    }

    /// Runs one program and checks its trace (nil when it does not compile).
    static func check(_ url: URL) -> [String] {
        guard let source = try? String(contentsOf: url, encoding: .utf8) else { return ["\(url.path): unreadable"] }
        var found: [String] = []
        try? LargeStack.run {
            guard let engine = try? Engine(file: url.lastPathComponent, source: source) else { return }
            engine.onOutput = { _, _, _ in }
            _ = engine.run()
            found = violations(engine.trace).prefix(3).map { "\(url.lastPathComponent): \($0)" }
        }
        return found
    }

    func testTheCheckFindsAReleaseByANonHolderAndTooManyHolders() {
        let trace = Trace()
        let a = trace.createTask(name: "a", kind: .asyncioTask)
        let b = trace.createTask(name: "b", kind: .asyncioTask)
        let r = trace.createResource(kind: .semaphore, name: "Semaphore", capacity: 1)
        trace.append(.holderAdded(r, a))
        trace.append(.holderAdded(r, b))
        trace.append(.holderRemoved(r, a))
        trace.append(.holderRemoved(r, a))
        XCTAssertEqual(Self.violations(trace), ["event 4: Semaphore#0 has 2 holders for 1 units",
                                                "event 6: task 0 releases Semaphore#0 without holding it"])
    }

    func testEveryGalleryScenarioKeepsHoldersWithinCapacity() {
        let names = GalleryTests.scenarioNames()
        XCTAssertGreaterThanOrEqual(names.count, 25)
        let failures = names.flatMap { Self.check(GalleryTests.gallery.appendingPathComponent("\($0).py")) }
        XCTAssert(failures.isEmpty, failures.joined(separator: "\n"))
    }

    func testEveryRecordedLibraryProgramKeepsHoldersWithinCapacity() {
        for family in ["asyncio", "gevent", "tornado"] {
            let programs = CorpusRunner.programs(in: family)
            XCTAssertFalse(programs.isEmpty, family)
            let failures = programs.flatMap(Self.check)
            XCTAssert(failures.isEmpty, "\(family):\n" + failures.joined(separator: "\n"))
        }
    }
}
