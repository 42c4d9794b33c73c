import ArgumentParser
import Loop
import Runtimes

/// The limits that stop an endless scenario, shared by `run`, `export` and `open`.
struct LimitOptions: ParsableArguments {
    @Option(help: "Stop when the virtual clock passes this many seconds.")
    var until: Double = 3600

    @Option(help: "Stop after this many loop steps.")
    var maxSteps: Int = 10_000_000

    @Option(help: "Stop a computation that never waits after this many bytecode instructions.")
    var maxInstructions: Int = Engine.Limits.defaultMaxInstructions

    var engineLimits: Engine.Limits {
        Engine.Limits(until: VirtualTime.nanoseconds(fromSeconds: until), maxSteps: maxSteps,
                      maxInstructions: maxInstructions)
    }
}
