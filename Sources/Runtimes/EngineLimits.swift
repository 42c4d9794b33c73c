import Loop
import Trace
import VM

/// The budgets that stop an endless program (docs/LIMITS.md), and the words a stop is
/// reported with.
extension Engine {
    public struct Limits: Sendable {
        /// Stop when the virtual clock would pass this time (nanoseconds).
        public var until: Int64
        /// Stop after this many loop steps.
        public var maxSteps: Int
        /// Stop a runaway computation after this many bytecode instructions without a wait.
        public var maxInstructions: Int
        /// Stop a runaway computation after this much real time (ns) without a wait; nil:
        /// none. A wall-clock budget: where it stops may vary from run to run.
        public var maxComputeTime: Int64?
        /// Stop when more tasks (tasks, greenlets, threads) than this are alive at once.
        public var maxTasks: Int
        /// The memory budget in bytes: past it the program gets MemoryError (docs/LIMITS.md).
        public var maxMemory: Int
        /// The instruction budget when only it is given (deterministic runs, tests).
        public static let defaultMaxInstructions = 500_000_000
        /// The command line's default budget of a computation without a wait: it stops
        /// `while True: pass` well within 2 s.
        public static let defaultMaxComputeTime: Int64 = 1_500_000_000
        /// A million live tasks.
        public static let defaultMaxTasks = 1_000_000
        /// 1 GiB.
        public static let defaultMaxMemory = 1 << 30

        public init(until: Int64 = 3_600 * 1_000_000_000, maxSteps: Int = 10_000_000,
                    maxInstructions: Int = Limits.defaultMaxInstructions, maxComputeTime: Int64? = nil,
                    maxTasks: Int = Limits.defaultMaxTasks, maxMemory: Int = Limits.defaultMaxMemory) {
            self.until = until
            self.maxSteps = maxSteps
            self.maxInstructions = maxInstructions
            self.maxComputeTime = maxComputeTime
            self.maxTasks = maxTasks
            self.maxMemory = maxMemory
        }
    }

    public enum Outcome {
        /// The program ended normally (or with `sys.exit(status)`).
        case finished(status: Int32)
        /// An uncaught exception; `report` is the Python-style traceback.
        case exception(report: String)
        /// Every task waits and nothing is scheduled.
        case deadlock(report: String)
        /// A limit stopped the run (endless program).
        case limitReached(String)
    }

    /// A budget the engine enforces from inside a running fiber (`VM.interrupt(with:)`).
    struct BudgetStop: Error {
        let message: String
    }

    /// Tasks alive now (created and not finished), the main program included.
    var liveTasks: Int { trace.taskCount - trace.finishedTaskCount }

    /// Called by a runtime after it creates a task: the task budget, and a viewer's pause
    /// (one step may create 100,000 tasks).
    func taskCreated() {
        if trace.count >= pauseAtEvents { vm.requestPause() }
        if liveTasks > limits.maxTasks { vm.interrupt(with: BudgetStop(message: tasksMessage)) }
    }

    var tasksMessage: String {
        "stopped at t=\(VirtualTime.format(loop.now)) s with more than \(limits.maxTasks) live tasks (the program keeps creating tasks; raise the budget with --max-tasks)"
    }

    /// The outcome for an error that ended a resumption: a budget stop or an internal error.
    func stopOutcome(_ error: Error) -> Outcome {
        switch error {
        case VMFatal.stepBudgetExceeded(let line):
            return stopped("stopped after \(limits.maxInstructions) instructions at line \(line): the program computes without ever waiting (raise the budget with --max-instructions)")
        case VMFatal.timeBudgetExceeded(let line, let ns):
            return stopped("stopped after \(VirtualTime.format(Int64(ns))) s of real time computing at line \(line): the program computes without ever waiting (a wall-clock budget, so where it stops may vary; raise it with --max-compute-time, or give --max-instructions for a deterministic budget)")
        case let stop as BudgetStop:
            return stopped(stop.message)
        default:
            return .exception(report: "internal error: \(error)\n")
        }
    }

    /// A budget stop: recorded in the trace as a warning.
    func stopped(_ message: String) -> Outcome {
        trace.append(.warning(text: trace.intern(message), location: .unknown))
        return .limitReached(message)
    }
}
