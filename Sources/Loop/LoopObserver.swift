/// Optional callbacks through which a runtime records what the loop does (into the trace)
/// without Loop knowing about the trace. Every callback is invoked synchronously, in the
/// order the events happen; unset callbacks cost one nil check.
///
/// Closures stored here are owned by the loop: capture the runtime `unowned`/`weak` to
/// avoid a reference cycle.
public struct LoopObserver {
    /// `now` changed from the first value to the second (start of a tick that had nothing
    /// ready, or `advance`). Called before `tickBegan` of that tick.
    public var clockAdvanced: ((_ from: Nanoseconds, _ to: Nanoseconds) -> Void)?
    /// A tick began (its 1-based number, the time). Called after the clock moved and before
    /// due timers are moved to the ready queue, so `timerFired` belongs to this tick.
    public var tickBegan: ((_ tick: Int, _ now: Nanoseconds) -> Void)?
    /// A handle is about to run as the given 1-based step.
    public var stepBegan: ((_ step: Int, _ handle: HandleID) -> Void)?
    /// The handle of the given step returned.
    public var stepEnded: ((_ step: Int, _ handle: HandleID) -> Void)?
    /// A timer was set by `callAt` / `callLater`.
    public var timerSet: ((_ timer: TimerID, _ deadline: Nanoseconds) -> Void)?
    /// A due timer was moved to the ready queue as `handle`.
    public var timerFired: ((_ timer: TimerID, _ handle: HandleID) -> Void)?
    /// A timer still in the heap was cancelled. (Cancelling a timer that already fired
    /// cancels its handle instead and reports `handleCancelled`.)
    public var timerCancelled: ((_ timer: TimerID) -> Void)?
    /// A pending handle was cancelled; it will be skipped, not run.
    public var handleCancelled: ((_ handle: HandleID) -> Void)?

    /// An observer with no callbacks.
    public init() {}
}
