#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// What the interpreter does between two instructions, every so often: the budgets of a
/// computation that never waits (instructions, compute time), the memory check, and
/// pausing for the host (docs/LIMITS.md, docs/ARCHITECTURE.md).
///
/// The dispatch loop pays one compare per instruction (`instructionCount > checkpoint`);
/// everything here runs only when the count passes `checkpoint`, which is the nearest of
/// the instruction budget, the next memory check and, while a clock is armed, the next
/// clock read.
///
/// **Pausing.** A host that must stay responsive (the viewer) resumes a fiber with
/// `pausable: true`. At a checkpoint past `pauseDeadline`, or after `requestPause()`, the
/// interpreter then stops *before* the next instruction and `resume` returns `.paused`;
/// resuming the fiber again continues exactly there. Only the outermost interpreter loop
/// of such a resumption pauses: a nested loop (a sort key, `__repr__`, a greenlet switched
/// to from Python code) runs on, bounded by the budgets.
extension VM {
    /// Instructions between two reads of the clock while a deadline is armed (a power of two).
    static let clockCheckInterval = 1 << 14

    /// The monotonic clock in nanoseconds.
    public static func monotonicNanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
    }

    /// Asks the interpreter to pause at the next instruction boundary where it may.
    public func requestPause() {
        pauseRequested = true
        checkpoint = instructionCount
    }

    /// Forgets a pause asked for and not taken.
    public func cancelPause() { pauseRequested = false }

    /// Makes the running interpreter throw `error` before its next instruction (a budget
    /// the host enforces, such as the number of live tasks).
    public func interrupt(with error: Error) {
        pendingInterrupt = error
        checkpoint = instructionCount
    }

    /// Whether a clock is read at checkpoints.
    private var clockArmed: Bool { computeBudget != nil || pauseDeadline != .max }

    /// The next checkpoint from the budgets and the memory check (the next instruction while
    /// dropped generators wait to be closed).
    func scheduleCheckpoint() {
        var next = min(instructionLimit, nextMemoryCheck)
        if clockArmed { next = min(next, instructionCount &+ VM.clockCheckInterval) }
        checkpoint = pendingGeneratorCloses.isEmpty ? next : instructionCount
    }

    /// Makes the interpreter stop at its next instruction (dropped generators to close).
    func requestCheckpoint() {
        checkpoint = instructionCount
    }

    /// Starts the count of a fresh resumption: a computation that never waits gets the
    /// whole instruction budget and compute time from here.
    func beginResumption() {
        instructionLimit = instructionBudget > Int.max - instructionCount ? Int.max : instructionCount + instructionBudget
        computeStart = 0  // read at the first clock checkpoint (no clock read per resumption)
        scheduleCheckpoint()
    }

    /// Continues a paused resumption: the time it spent paused does not count.
    func continueResumption() {
        if computeStart != 0 { computeStart = VM.monotonicNanoseconds() &- computeElapsed }
        scheduleCheckpoint()
    }

    /// Called by the interpreter when `instructionCount` passes `checkpoint`. Throws when a
    /// budget is exhausted; returns true when the interpreter should pause before the
    /// instruction it is about to run (only when `mayPause`).
    @inline(never)
    func passCheckpoint(_ frame: Frame, mayPause: Bool) throws -> Bool {
        if !pendingGeneratorCloses.isEmpty {
            // The instruction just fetched runs after the closes, as if they came first.
            frame.ip -= 1
            closeDroppedGenerators()
            frame.ip += 1
        }
        if let error = pendingInterrupt {
            pendingInterrupt = nil
            throw error
        }
        if instructionCount > instructionLimit { throw VMFatal.stepBudgetExceeded(line: frame.line) }
        var now: UInt64 = 0
        if clockArmed {
            now = VM.monotonicNanoseconds()
            if let budget = computeBudget {
                if computeStart == 0 {
                    computeStart = now
                } else if now &- computeStart > budget {
                    throw VMFatal.timeBudgetExceeded(line: frame.line, nanoseconds: budget)
                }
            }
        }
        if instructionCount >= nextMemoryCheck {
            nextMemoryCheck = instructionCount &+ VM.memoryCheckInterval
            try checkResidentMemory()
        }
        scheduleCheckpoint()
        guard mayPause, pauseRequested || (now != 0 && now >= pauseDeadline) else { return false }
        pauseRequested = false
        if computeStart != 0 { computeElapsed = (now != 0 ? now : VM.monotonicNanoseconds()) &- computeStart }
        return true
    }
}
