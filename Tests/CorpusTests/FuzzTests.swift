import Foundation
import Loop
import PyBase
import Runtimes
import XCTest

/// A deterministic mutation fuzzer over whole runs: corpus programs with lines deleted,
/// duplicated or swapped, numbers replaced by extreme values and hostile statements
/// inserted go through compile + run with small budgets. Whatever the outcome, the process
/// must survive (a crash ends the test run) and every failure must come with a message.
final class FuzzTests: XCTestCase {
    /// Python's Mersenne Twister with a fixed seed, so that a failure reproduces.
    struct Random {
        var twister: MersenneTwister
        init(state: UInt64) { twister = MersenneTwister(seed: Int(truncatingIfNeeded: state)) }
        mutating func next(_ bound: Int) -> Int { Int(twister.getrandbits64(62) % UInt64(bound)) }
    }

    static let extremeNumbers = ["0", "-1", "10**12", "2**63", "-2**63", "2**63 - 1", "2**61", "10**30", "1e308",
                                 "float('nan')", "float('inf')", "-0.0", "2**10**5"]

    static let hostileStatements = [
        "x = [0] * 10**12", "x = 'a' * (2**63 - 1)", "x = [1, 2, 3][::-2**63]", "x = '{:>{}}'.format(1, 10**12)",
        "x = '%*d' % (10**12, 1)", "x = list(range(2**40))", "x = round(1.5, 2**62)", "x = f'{1.5:.3000f}'",
        "x = 2**10**5", "x = []\nfor _ in range(50000): x = [x]", "x = (1,)\nfor _ in range(5000): x = (x,)\nrepr(x)",
        "def f(): return f()\nf()", "import sys\nsys.setrecursionlimit(20000)", "x = {}\nx[1] = x\nprint(x)",
        "raise SystemExit(7)", "while True: pass", "x = 1 << 2**40", "x = bytes(10) * 2**62", "import asyncio",
    ]

    static func mutate(_ source: String, _ random: inout Random) -> String {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<(1 + random.next(3)) {
            guard !lines.isEmpty else { break }
            let at = random.next(lines.count)
            switch random.next(5) {
            case 0: lines.remove(at: at)
            case 1: lines.insert(lines[at], at: at)
            case 2: lines.swapAt(at, random.next(lines.count))
            case 3:
                let indent = String(lines[at].prefix { $0 == " " })
                let statement = hostileStatements[random.next(hostileStatements.count)]
                lines.insert(contentsOf: statement.split(separator: "\n").map { indent + $0 }, at: at)
            default:
                // Replace the first number on the line by an extreme one.
                let line = lines[at]
                if let digit = line.firstIndex(where: \.isNumber) {
                    let end = line[digit...].firstIndex { !$0.isNumber && $0 != "." } ?? line.endIndex
                    lines[at] = line[..<digit] + "(" + extremeNumbers[random.next(extremeNumbers.count)] + ")" + line[end...]
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    func testMutatedCorpusProgramsNeverCrash() throws {
        let programs = (CorpusRunner.programs(in: "lang") + CorpusRunner.programs(in: "asyncio"))
            .compactMap { try? String(contentsOf: $0, encoding: .utf8) }
        XCTAssertGreaterThan(programs.count, 100)
        // LOOPSCOPE_FUZZ_SEED and LOOPSCOPE_FUZZ_SECONDS run other or longer campaigns;
        // LOOPSCOPE_FUZZ_CURRENT names a file that holds the program being run (for a hang)
        // and LOOPSCOPE_FUZZ_VERBOSE prints the programs that took over a second.
        let environment = ProcessInfo.processInfo.environment
        var random = Random(state: environment["LOOPSCOPE_FUZZ_SEED"].flatMap(UInt64.init) ?? 14)
        let seconds = environment["LOOPSCOPE_FUZZ_SECONDS"].flatMap(Double.init) ?? 12
        let limits = Engine.Limits(until: 60 * 1_000_000_000, maxSteps: 2_000, maxInstructions: 200_000,
                                   maxMemory: Engine.Limits.defaultMaxMemory)
        let start = Date()
        var runs = 0, compileErrors = 0
        var outcomes: [String: Int] = [:]
        // Bounded in time as well as in count: debug builds are slow.
        while Date().timeIntervalSince(start) < seconds && (runs < 2_000 || environment["LOOPSCOPE_FUZZ_SECONDS"] != nil) {
            let source = Self.mutate(programs[random.next(programs.count)], &random)
            let runStart = Date()
            if let path = environment["LOOPSCOPE_FUZZ_CURRENT"] {
                FileManager.default.createFile(atPath: path, contents: Data(source.utf8))
            }
            try LargeStack.run {
                let engine: Engine
                do {
                    engine = try Engine(file: "fuzz.py", source: source)
                } catch {
                    XCTAssertFalse("\(error)".isEmpty)
                    compileErrors += 1
                    return
                }
                engine.onOutput = { _, _, _ in }
                switch engine.run(limits: limits) {
                case .finished: outcomes["finished", default: 0] += 1
                case .exception(let report):
                    XCTAssertFalse(report.isEmpty, source)
                    XCTAssertFalse(report.contains("internal error"), "\(report)\n--- program:\n\(source)")
                    outcomes["exception", default: 0] += 1
                case .deadlock(let report):
                    XCTAssertFalse(report.isEmpty, source)
                    outcomes["deadlock", default: 0] += 1
                case .limitReached(let message):
                    XCTAssertFalse(message.isEmpty, source)
                    outcomes["limit", default: 0] += 1
                }
            }
            runs += 1
            if environment["LOOPSCOPE_FUZZ_VERBOSE"] != nil, Date().timeIntervalSince(runStart) > 1 {
                print("fuzz: slow run (\(Date().timeIntervalSince(runStart)) s):\n\(source)\n---")
            }
        }
        XCTAssertGreaterThanOrEqual(runs, 100, "too few fuzz runs in the time allowed")
        print("fuzz: \(runs) runs crash-free (\(compileErrors) compile errors, outcomes \(outcomes.sorted { $0.key < $1.key }))")
    }
}
