import Loop
import Trace
import VM

/// Stepping the engine: `advance(budget)` is the only way anything runs a program (`run`,
/// `export`, the viewer). It runs until the budget is spent, then returns `.paused` with
/// the trace consistent, or returns `.finished` once the program has ended.
///
/// A budget is spent between two loop steps, or inside a step at an instruction boundary:
/// tasks and the main program are resumed *pausable* (VM Checkpoints.swift), so a fiber
/// that computes for long (`while True: pass`) or creates 100,000 tasks in one step pauses
/// where it is, and the next `advance` goes on from exactly there. The trace is the same
/// whatever the budgets: pausing changes when the host looks, never what runs.
extension Engine {
    /// How far one `advance` may go. Every field is optional; the default runs to the end.
    public struct Budget: Sendable {
        /// Pause once the trace holds this many events.
        public var events: Int
        /// Pause once the monotonic clock (`VM.monotonicNanoseconds()`) passes this.
        public var deadline: UInt64
        /// Pause after this many loop steps (an asyncio tick counts as one).
        public var steps: Int

        public init(events: Int = .max, deadline: UInt64 = .max, steps: Int = .max) {
            self.events = events
            self.deadline = deadline
            self.steps = steps
        }

        /// Run until the program ends.
        public static let unlimited = Budget()

        /// Pause after about `milliseconds` of real time, or once the trace holds `events`.
        public static func realTime(milliseconds: Int, events: Int = .max) -> Budget {
            Budget(events: events, deadline: VM.monotonicNanoseconds() &+ UInt64(max(1, milliseconds)) * 1_000_000)
        }
    }

    /// What `advance` reached.
    public enum Progress {
        /// The budget is spent; the program can go on.
        case paused
        /// The program ended (or a limit stopped it).
        case finished(Outcome)
    }

    /// Where the main program is: not started, waiting for the loop, or finished.
    public enum Phase {
        case notStarted
        case running
        case waiting(MainWait)
        case finished(Outcome)
    }

    /// How the run ended; nil while it can go on.
    public var outcome: Outcome? {
        if case .finished(let o) = phase { return o }
        return nil
    }

    /// Runs the program to its end (or a limit): `advance` without a budget.
    public func run(limits: Limits = Limits()) -> Outcome {
        self.limits = limits
        while true {
            if case .finished(let outcome) = advance(.unlimited) { return outcome }
        }
    }

    /// Runs the program until `budget` is spent or it ends.
    public func advance(_ budget: Budget) -> Progress {
        pauseAtEvents = budget.events
        vm.pauseDeadline = budget.deadline
        vm.cancelPause()
        defer {
            pauseAtEvents = .max
            vm.pauseDeadline = .max
        }
        if case .notStarted = phase {
            vm.instructionBudget = limits.maxInstructions
            vm.computeBudget = limits.maxComputeTime.map { UInt64(max(1, $0)) }
            vm.setMemoryBudget(limits.maxMemory)
            trace.setState(mainTask, .running)
            resumeMain(value: .none, error: nil, pausable: true)
        }
        var steps = 0
        var checks = 0
        /// True when the trace or the clock is past the budget (the clock is read every 16 checks).
        func overBudget() -> Bool {
            if trace.count >= budget.events { return true }
            guard budget.deadline != .max else { return false }
            checks &+= 1
            return checks & 15 == 0 && VM.monotonicNanoseconds() >= budget.deadline
        }
        let goOn = { [unowned self] in self.pausedWork == nil && !overBudget() }
        while true {
            if let work = pausedWork {
                pausedWork = nil
                work()
                if pausedWork != nil { return .paused }
            }
            if let wait = stepInProgress {
                if !endStep(wait, goOn) { return .paused }
                continue
            }
            guard case .waiting(let wait) = phase else {
                if case .finished(let outcome) = phase { return .finished(outcome) }
                return .paused
            }
            if let r = wait.resumeWith {
                wait.resumeWith = nil
                resumeMain(value: r.value, error: r.error, pausable: true)
                continue
            }
            if steps >= budget.steps || overBudget() { return .paused }
            if loop.readyCount == 0, !loop.isInTick, !idleHooks.isEmpty {
                // Idle watchers run when nothing else is ready, before time moves on.
                let hooks = idleHooks
                idleHooks.removeAll()
                for hook in hooks { hook() }
                continue
            }
            if loop.isIdle {
                if wait.resumesWhenIdle {
                    resumeMain(value: .none, error: nil, pausable: true)
                } else if let makeError = wait.deadlockError {
                    resumeMain(value: .none, error: makeError(), pausable: true)
                } else {
                    finish(.deadlock(report: deadlockReport()))
                }
                continue
            }
            if let next = loop.nextDeadline, loop.readyCount == 0, !loop.isInTick, next > limits.until {
                finish(stopped("stopped at the time limit t=\(VirtualTime.format(limits.until)) s (the program was still running; use --until to run longer)"))
                continue
            }
            if loop.step >= limits.maxSteps {
                finish(stopped("stopped after \(limits.maxSteps) steps (the program was still running; use --max-steps to run longer)"))
                continue
            }
            if liveTasks > limits.maxTasks {
                finish(stopped(tasksMessage))
                continue
            }
            steps += 1
            stepInProgress = wait
            if wait.checkAfterEveryStep {
                _ = loop.runOneStep()
            } else {
                _ = loop.runOneTick(while: goOn)
            }
            if pausedWork != nil || !endStep(wait, goOn) { return .paused }
        }
    }

    /// After a loop step or tick ran, or a paused fiber in it went on: finishes the tick
    /// (asyncio waits for the end of a tick), then what follows each step. Returns false
    /// when the step is still under way (a fiber paused, or the budget ran out mid-tick).
    private func endStep(_ wait: MainWait, _ goOn: () -> Bool) -> Bool {
        if !wait.checkAfterEveryStep && loop.isInTick {
            guard goOn() else { return false }
            _ = loop.runOneTick(while: goOn)
            if pausedWork != nil || loop.isInTick { return false }
        }
        stepInProgress = nil
        if let fatal = pendingFatal {
            pendingFatal = nil
            finish(fatal)
            return true
        }
        if case .waiting(let w) = phase, w === wait { wait.poll() }
        return true
    }

    func finish(_ outcome: Outcome) {
        if case .finished = phase { return }
        phase = .finished(outcome)
    }
}
