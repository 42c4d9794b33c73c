import Foundation
import XCTest

/// The viewer never stalls (real binary, real terminal): the engine runs between frames on
/// the viewer's own thread, so keys are handled while a program computes or a long run is
/// still being produced.
extension EndToEndTests {
    /// A scenario file in a fresh temporary directory.
    func scenario(_ name: String, _ text: String) throws -> String {
        let dir = NSTemporaryDirectory() + "loopscope-e2e-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    var spin: String { "while True:\n    pass\n" }

    /// One press of G on a run of 10,000 tasks goes all the way to its end.
    func testGReachesTheEndOfATenThousandTaskRun() throws {
        let file = try scenario("tasks_10k.py", """
        import asyncio

        async def work(i):
            await asyncio.sleep(i % 10 / 10)
            await asyncio.sleep(0.5)

        async def main():
            await asyncio.gather(*(work(i) for i in range(10_000)))
            print("all done")

        asyncio.run(main())

        """)
        let t = try start([file], width: 100)
        t.wait(for: "tasks_10k.py")
        try t.keys("G")
        let end = t.wait(for: "finished", seconds: 180)
        XCTAssertTrue(end.contains("t=1.400s"), "at the run's last time:\n\(end)")
        let header = end.split(separator: "\n").first.map(String.init) ?? ""
        XCTAssertFalse(header.contains("+"), "the step and tick counts are final: \(header)")
        try t.keys("q")
        XCTAssertEqual(t.exitStatus(), 0)
    }

    /// `while True: pass`: the screen is up, and q quits within a second.
    func testQuitsWithinASecondWhileTheProgramComputes() throws {
        let t = try start([try scenario("spin.py", spin)])
        t.wait(for: "spin.py")
        usleep(1_000_000)
        let start = Date()
        try t.keys("q")
        XCTAssertEqual(t.exitStatus(seconds: 5), 0)
        XCTAssertLessThan(Date().timeIntervalSince(start), 1.0, "q took effect while the program computed")
        XCTAssertEqual(t.value("#{alternate_on}"), "0", "the terminal left the alternate screen")
    }

    /// Ctrl-C while the program computes: status 130, the terminal restored.
    func testCtrlCExits130WhileTheProgramComputes() throws {
        let t = try start([try scenario("spin.py", spin)])
        t.wait(for: "spin.py")
        try t.keys("C-c")
        XCTAssertEqual(t.exitStatus(seconds: 3), 130)
        XCTAssertEqual(t.value("#{alternate_on}"), "0", "the terminal left the alternate screen")
    }

    /// A runaway computation stops at its budget, and the viewer says so.
    func testARunawayComputationShowsTheBudgetMessage() throws {
        let t = try start(["--max-compute-time", "0.5", try scenario("spin.py", spin)], width: 200)
        let screen = t.wait(for: "stopped after 0.500 s of real time computing at line", seconds: 20)
        XCTAssertTrue(screen.contains("stopped at limit"), screen)
        try t.keys("q")
        XCTAssertEqual(t.exitStatus(), 0)
    }
}
