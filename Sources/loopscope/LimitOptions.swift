import ArgumentParser
import Loop
import Runtimes

/// The limits that stop an endless scenario, shared by `run`, `export` and `open`
/// (docs/LIMITS.md). Values are taken as given even when they start with `-`, so that a
/// negative one is reported as such rather than as a missing value.
struct LimitOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "Stop when the virtual clock passes this many seconds (at most 1e9).")
    var until: Double = 3600

    @Option(parsing: .unconditional, help: "Stop after this many loop steps.")
    var maxSteps: Int = 10_000_000

    @Option(parsing: .unconditional, help: "Stop a computation that never waits after this many bytecode instructions (deterministic; replaces the default --max-compute-time).")
    var maxInstructions: Int?

    @Option(parsing: .unconditional, help: "Stop a computation that never waits after this many seconds of real time (default 1.5 unless --max-instructions is given).")
    var maxComputeTime: Double?

    @Option(parsing: .unconditional, help: "Stop when more than this many tasks (tasks, greenlets, threads) are alive at once.")
    var maxTasks: Int = Engine.Limits.defaultMaxTasks

    @Option(parsing: .unconditional, help: "Raise MemoryError when the process would grow past this many MiB.")
    var maxMemory: Int = Engine.Limits.defaultMaxMemory >> 20

    /// The largest time an option may name: about 31 years of virtual time.
    static let maxSeconds = 1e9

    func validate() throws {
        try LimitOptions.checkSeconds(until, "--until")
        if maxSteps < 1 { throw ValidationError("--max-steps must be a positive number of steps") }
        if let n = maxInstructions, n < 1 { throw ValidationError("--max-instructions must be a positive number of instructions") }
        if let t = maxComputeTime, !(t >= 0.001 && t <= LimitOptions.maxSeconds) {
            throw ValidationError("--max-compute-time must be a time in seconds between 0.001 and 1e9")
        }
        if maxTasks < 1 { throw ValidationError("--max-tasks must be a positive number of tasks") }
        if maxMemory < 16 || maxMemory > 1 << 30 {
            throw ValidationError("--max-memory must be a number of MiB between 16 and \(1 << 30)")
        }
    }

    /// A time option must be a finite number of seconds in 0...maxSeconds.
    static func checkSeconds(_ seconds: Double, _ name: String) throws {
        if !(seconds >= 0 && seconds <= maxSeconds) {
            throw ValidationError("\(name) must be a time in seconds between 0 and 1e9")
        }
    }

    /// Without `--max-instructions`, a computation that never waits is bounded in real
    /// time (`--max-compute-time`, default 1.5 s); with it, in instructions only, so that
    /// where a runaway program stops is the same on every run.
    var engineLimits: Engine.Limits {
        let computeTime = maxComputeTime.map { VirtualTime.nanoseconds(fromSeconds: $0) }
            ?? (maxInstructions == nil ? Engine.Limits.defaultMaxComputeTime : nil)
        return Engine.Limits(until: VirtualTime.nanoseconds(fromSeconds: until), maxSteps: maxSteps,
                             maxInstructions: maxInstructions ?? Int.max, maxComputeTime: computeTime,
                             maxTasks: maxTasks, maxMemory: maxMemory << 20)
    }
}
