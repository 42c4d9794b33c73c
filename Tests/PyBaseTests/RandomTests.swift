import XCTest
import BigInt
@testable import PyBase

final class RandomTests: XCTestCase {
    func testSequencesForIntSeeds() throws {
        for e in randomSeeds {
            var r = MersenneTwister(seed: BigInt(e.seed, radix: 10)!)
            XCTAssertEqual((0..<4).map { _ in FloatRepr.repr(r.random()) }, e.random, "seed \(e.seed)")
            XCTAssertEqual(try [1, 7, 32, 33, 64, 100].map { String(try r.getrandbits($0)) }, e.bits, "seed \(e.seed)")
            XCTAssertEqual([1, 2, 3, 10, 1000, (1 << 31) + 11].map { r.randbelow($0) }, e.below, "seed \(e.seed)")
            var rr: [String] = []
            rr.append(String(try r.randrange(0, 10, step: 1)))
            rr.append(String(try r.randrange(5, 100, step: 7)))
            rr.append(String(try r.randrange(100, 0, step: -3)))
            rr.append(String(try r.randrange(-50, 50)))
            rr.append(String(try r.randrange(-BigInt(10).power(20), BigInt(10).power(20), step: 3)))
            rr.append(String(try r.randint(1, 6)))
            rr.append(String(try r.randint(BigInt(0), BigInt(1) << 70)))
            XCTAssertEqual(rr, e.randrange, "seed \(e.seed)")
            var l = Array(0..<12)
            r.shuffle(&l)
            XCTAssertEqual(l, e.shuffled, "seed \(e.seed)")
            XCTAssertEqual(try r.sample(populationCount: 10, k: 4), e.sample, "seed \(e.seed)")
            XCTAssertEqual(try r.sample(populationCount: 1000, k: 8), e.bigSample, "seed \(e.seed)")
            let ch = r.choices(populationCount: 5, k: 4) + (try r.choices(cumulativeWeights: [1, 3, 3.5, 10], k: 3))
                + [try r.choiceIndex(count: 13)]
            XCTAssertEqual(ch, e.choices, "seed \(e.seed)")
            let g = [r.gauss(0, 1), r.gauss(10, 2), r.normalvariate(5, 3), try r.expovariate(1.5), r.triangular(0, 10, mode: 2)]
            XCTAssertEqual(g.map(FloatRepr.repr), e.gauss, "seed \(e.seed)")
            XCTAssertEqual(FloatRepr.repr(r.uniform(-3, 7)), e.uniform, "seed \(e.seed)")
        }
    }

    func testOtherSeedKinds() throws {
        for e in otherSeeds {
            var r = MersenneTwister()
            switch e.kind {
            case "str": r.seed(string: e.seed)
            case "float": r.seed(float: Double(e.seed)!)
            case "bytes":
                let hex = Array(e.seed.utf8)
                r.seed(bytes: stride(from: 0, to: hex.count, by: 2).map { UInt8(String(decoding: hex[$0..<$0 + 2], as: UTF8.self), radix: 16)! })
            default: r.seed(BigInt(e.seed, radix: 10)!)
            }
            let got = (0..<3).map { _ in FloatRepr.repr(r.random()) } + [String(try r.getrandbits(64))]
            XCTAssertEqual(got, e.values, "\(e.kind) seed \(e.seed)")
        }
    }

    func testSHA512() {
        for (m, hex) in sha512Cases {
            XCTAssertEqual(SHA512.digest(Array(m.utf8)).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(), hex)
        }
    }

    func testCountsAndBytes() throws {
        var r = MersenneTwister(seed: 7)
        XCTAssertEqual(try r.sample(counts: [1, 2, 3, 4], k: 10), sampleCountsExpected)
        XCTAssertEqual(r.randbytes(7).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(), randbytesExpected)
    }

    func testErrors() {
        var r = MersenneTwister(seed: 1)
        XCTAssertEqual(outcome({ try r.randrange(0) }, { String($0) }), "!ValueError: empty range for randrange()")
        XCTAssertEqual(outcome({ try r.randrange(5, 5) }, { String($0) }), "!ValueError: empty range for randrange() (5, 5, 0)")
        XCTAssertEqual(outcome({ try r.randint(5, 4) }, { String($0) }), "!ValueError: empty range for randrange() (5, 5, 0)")
        XCTAssertEqual(outcome({ try r.randrange(0, 10, step: 0) }, { String($0) }), "!ValueError: zero step for randrange()")
        XCTAssertEqual(outcome({ try r.randrange(0, 10, step: -1) }, { String($0) }), "!ValueError: empty range for randrange()")
        XCTAssertEqual(outcome({ try r.choiceIndex(count: 0) }, { String($0) }), "!IndexError: Cannot choose from an empty sequence")
        XCTAssertEqual(outcome({ try r.sample(populationCount: 3, k: 4) }, { "\($0)" }),
                       "!ValueError: Sample larger than population or is negative")
        XCTAssertEqual(outcome({ try r.getrandbits(-1) }, { String($0) }), "!ValueError: number of bits must be non-negative")
    }
}
