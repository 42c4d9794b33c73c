import XCTest
import Language

/// No input may crash the front end: garbage, truncations, deep nesting, long chains.
final class RobustnessTests: XCTestCase {
    /// A small deterministic generator (SplitMix64) so failures reproduce.
    private struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    private static let sample = """
    import asyncio

    async def worker(name, delay, sem):
        async with sem:
            print(f"{name:>6} starts after {delay:.1f}s", flush=True)
            await asyncio.sleep(delay)
        return {"name": name, "items": [i * 2 for i in range(3) if i]}

    async def main():
        sem = asyncio.Semaphore(2)
        results = await asyncio.gather(*(worker(f"w{i}", i / 2, sem) for i in range(5)))
        for r in results:
            print(r["name"], *r["items"], sep=", ")

    asyncio.run(main())

    """

    /// Parses and validates; any outcome but a crash is fine, and errors must be located.
    private func survive(_ source: String) {
        do {
            let module = try Parser.parse(source)
            for d in Validator.validate(module) { XCTAssertGreaterThan(d.location.line, 0, source) }
        } catch {
            XCTAssertGreaterThan(error.location.line, 0, source)
            XCTAssertFalse(error.message.isEmpty)
        }
    }

    func testSampleProgramParses() {
        XCTAssertEqual(firstError(Self.sample), "ok")
    }

    func testMutatedProgramsNeverCrash() {
        let pieces = ["(", ")", "[", "]", "{", "}", ":", ",", "=", ".", "*", "**", "'", "\"", "\"\"\"", "\n", "    ",
                      "\t", "\\", "#", "f'{", "}", "lambda", "await ", "yield", "async ", "for ", " in ", "if ", "else",
                      "1", "0x", "1e", "é", "€", "\u{00A0}", "match ", "type ", "del ", "global "]
        var random = Random(state: 2024)
        let scalars = Array(Self.sample.unicodeScalars)
        for _ in 0..<1500 {
            var text = scalars
            for _ in 0..<(1 + random.next(3)) {
                let at = random.next(text.count)
                switch random.next(3) {
                case 0: text.remove(at: at)
                case 1: text.insert(contentsOf: pieces[random.next(pieces.count)].unicodeScalars, at: at)
                default: text.removeSubrange(at..<min(text.count, at + random.next(12)))
                }
                if text.isEmpty { text = ["x"] }
            }
            survive(String(String.UnicodeScalarView(text)))
        }
    }

    func testEveryPrefixOfAProgramIsHandled() {
        let scalars = Array(Self.sample.unicodeScalars)
        for end in 0...scalars.count {
            survive(String(String.UnicodeScalarView(scalars[..<end])))
        }
    }

    func testRandomTokenSoupNeverCrashes() {
        let soup = ["(", ")", "[", "]", "{", "}", ":", ",", "=", ":=", "->", ";", "@", "x", "_", "1", "2.5", "'s'",
                    "f'{x!r:{w}}'", "b'\\x00'", "not ", "and ", "or ", "is ", "in ", "lambda ", "yield ", "await ",
                    "def ", "class ", "return ", "if ", "elif ", "else", "while ", "for ", "try:", "except ", "with ",
                    "as ", "import ", "from ", "*", "**", "-", "~", "\n", "\n    ", "\\\n", "#c", "..."]
        var random = Random(state: 7)
        for _ in 0..<1500 {
            survive((0..<(1 + random.next(40))).map { _ in soup[random.next(soup.count)] }.joined())
        }
    }

    func testDeepNestingIsRefusedCleanly() {
        XCTAssertEqual(firstError("x = " + String(repeating: "(", count: 60) + "1" + String(repeating: ")", count: 60)), "ok")
        XCTAssertEqual(firstError("x = " + String(repeating: "(", count: 300)), "1:205: too many nested parentheses")
        XCTAssertEqual(firstError("x = " + String(repeating: "-", count: 500) + "1"), "1:104: expression is too deeply nested")
        XCTAssertEqual(firstError("x = " + String(repeating: "not ", count: 500) + "1"), "1:401: expression is too deeply nested")
        XCTAssertEqual(firstError("x = " + String(repeating: "[", count: 150) + String(repeating: "]", count: 150)),
                       "1:105: expression is too deeply nested")
        XCTAssertEqual(firstError("x = " + String(repeating: "lambda: ", count: 500) + "1"), "1:805: expression is too deeply nested")
    }

    func testLongChainsAreRefusedBeforeTheyGetTooTall() {
        XCTAssertEqual(firstError("x = 1" + String(repeating: " + 1", count: 900)), "ok")
        XCTAssertEqual(firstError("x = 1" + String(repeating: " + 1", count: 5000)), "1:5: expression is too deeply nested")
        XCTAssertEqual(firstError("x = a" + String(repeating: ".b", count: 5000)), "1:5: expression is too deeply nested")
        XCTAssertEqual(firstError("x = f" + String(repeating: "()", count: 5000)), "1:5: expression is too deeply nested")
        XCTAssertEqual(firstError("x = [" + String(repeating: "a.b, ", count: 20000) + "]"), "ok")
    }

    func testDeepIndentationAndLongElifChains() {
        let deep = (0..<120).map { String(repeating: " ", count: $0) + "if x:\n" }.joined()
        XCTAssertEqual(firstError(deep), "101:101: too many levels of indentation")
        let elifs = "if x: pass\n" + String(repeating: "elif x: pass\n", count: 2000)
        XCTAssertEqual(firstError(elifs), "1002:1: too many 'elif' clauses")
    }
}
