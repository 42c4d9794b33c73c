/// A deterministic, single-threaded event loop on a virtual clock.
///
/// It mirrors CPython's `BaseEventLoop`: a FIFO ready queue of handles, a heap of timers
/// ordered by (deadline, insertion sequence), and one iteration, `runOneTick()` (CPython's
/// `_run_once`), that moves due timers to the ready queue and then runs exactly the
/// handles that were ready when the iteration began. Like swift-nio's `EmbeddedEventLoop`
/// it never sleeps: when nothing is ready it jumps `now` to the earliest timer.
///
/// `Job` is whatever the runtime schedules (an enum naming a task step or a callback is
/// cheapest: no allocation per handle); the loop hands each job to `perform`.
/// `EventLoop<() -> Void>` runs closures (`EventLoop()` sets that up).
///
/// Counting: a **tick** is one loop iteration, a **step** is one handle run. `tick` and
/// `step` are the numbers of ticks and steps begun so far, so while a handle runs, `step`
/// is its 1-based step number and `tick` the 1-based number of its tick; 0 means "before
/// the first". Cancelled handles are skipped without a step. A tick begins only when there
/// is something to do (a ready handle or a live timer); it may run zero steps when all its
/// handles were cancelled, as CPython's `_run_once` can.
public final class EventLoop<Job> {
    /// Runs one job. Set at creation; may be replaced (e.g. once the runtime can capture
    /// itself). Capture the runtime `unowned` to avoid a cycle.
    @exclusivity(unchecked) public var perform: (Job) -> Void
    /// Callbacks for tracing. See `LoopObserver`.
    @exclusivity(unchecked) public var observer = LoopObserver()
    /// gevent's hub drains every callback (including ones added while draining) before it
    /// looks at timers; asyncio (the default) moves due timers in at every tick.
    public var timersWaitForEmptyReadyQueue = false

    // Stored state skips dynamic exclusivity checks (they cost ~20% of a step): the loop
    // never calls out (perform, observer) while a mutation of its own state is in progress,
    // so no access can overlap.
    @usableFromInline @exclusivity(unchecked) var _now: Int64 = 0
    @usableFromInline @exclusivity(unchecked) var _tick = 0
    @usableFromInline @exclusivity(unchecked) var _step = 0
    @usableFromInline @exclusivity(unchecked) var ready = ReadyQueue<Job>()
    @usableFromInline @exclusivity(unchecked) var timers = TimerQueue<Job>()
    /// Handles of the current tick's batch not yet popped; 0 between ticks.
    @usableFromInline @exclusivity(unchecked) var batchRemaining = 0
    /// The handle being run, 0 if none.
    @usableFromInline @exclusivity(unchecked) var running: UInt64 = 0

    /// Creates a loop at time 0 that runs each job with `perform`.
    public init(perform: @escaping (Job) -> Void) {
        self.perform = perform
    }

    // MARK: Status

    /// The virtual time in nanoseconds since the start. Never decreases.
    @inlinable public var now: Nanoseconds { _now }
    /// Number of ticks begun (the current tick's 1-based number during a tick).
    @inlinable public var tick: Int { _tick }
    /// Number of steps begun (the running step's 1-based number while a handle runs).
    @inlinable public var step: Int { _step }
    /// The handle being run, if a handle is running.
    @inlinable public var currentHandle: HandleID? { running == 0 ? nil : HandleID(rawValue: running) }
    /// Handles in the ready queue that will run (cancelled ones excluded).
    @inlinable public var readyCount: Int { ready.liveCount }
    /// Timers set and neither fired nor cancelled.
    @inlinable public var timerCount: Int { timers.liveCount }
    /// True when nothing is ready and no timer is pending: running would do nothing.
    @inlinable public var isIdle: Bool { ready.liveCount == 0 && timers.liveCount == 0 }
    /// True between the start of a tick and the end of its batch (while stepping through it).
    @inlinable public var isInTick: Bool { batchRemaining > 0 }
    /// Handles of the current tick's batch not yet run or skipped (0 between ticks).
    @inlinable public var remainingInTick: Int { batchRemaining }

    /// The earliest deadline among live timers, if any.
    @inlinable
    public var nextDeadline: Nanoseconds? { timers.nextDeadline() }

    /// True if `handle` is in the ready queue, not cancelled.
    @inlinable
    public func isPending(_ handle: HandleID) -> Bool {
        ready.isPending(handle.rawValue) && !ready.isCancelled(handle.rawValue)
    }

    // MARK: Scheduling

    /// Appends `job` to the ready queue (CPython's `call_soon`). If called while a tick is
    /// running, the job runs in the next tick.
    @inlinable
    @discardableResult
    public func callSoon(_ job: Job) -> HandleID {
        HandleID(rawValue: ready.append(job))
    }

    /// Sets a timer that moves `job` to the ready queue at the first tick that begins at or
    /// after `deadline` (CPython's `call_at`). A deadline in the past fires at the next tick.
    /// Timers with equal deadlines fire in the order they were set.
    @inlinable
    @discardableResult
    public func callAt(_ deadline: Nanoseconds, _ job: Job) -> TimerID {
        let id = timers.schedule(job, at: deadline)
        if let f = observer.timerSet { f(id, deadline) }
        return id
    }

    /// Sets a timer `delay` nanoseconds from now (CPython's `call_later`). `callLater(0, job)`
    /// is a timer, not `callSoon`: it becomes ready only at the next tick's timer pass.
    /// The deadline saturates at `Int64.max`.
    @inlinable
    @discardableResult
    public func callLater(_ delay: Nanoseconds, _ job: Job) -> TimerID {
        let (sum, overflow) = _now.addingReportingOverflow(delay)
        return callAt(overflow ? (delay > 0 ? .max : .min) : sum, job)
    }

    /// Cancels a timer. If it is still pending, it will never fire; if it already fired and
    /// its handle has not run yet, the handle is cancelled (like `TimerHandle.cancel()` in
    /// CPython). Returns false if the timer already ran or was already cancelled.
    @inlinable
    @discardableResult
    public func cancel(_ timer: TimerID) -> Bool {
        switch timers.cancel(timer) {
        case .cancelled:
            if let f = observer.timerCancelled { f(timer) }
            return true
        case .fired(let handle):
            return cancel(HandleID(rawValue: handle))
        case .notPending:
            return false
        }
    }

    /// Cancels a handle in the ready queue: it is skipped when reached (its job is released
    /// then). Returns false if it already ran, is running, or was already cancelled.
    @inlinable
    @discardableResult
    public func cancel(_ handle: HandleID) -> Bool {
        guard ready.cancel(handle.rawValue) else { return false }
        if let f = observer.handleCancelled { f(handle) }
        return true
    }

    // MARK: Clock

    /// Moves the clock forward by `delay` nanoseconds while the current code keeps running,
    /// modelling a blocking call (`time.sleep` holding the thread). Timers that become due
    /// fire at the next tick. Negative delays are ignored: time never goes backwards.
    @inlinable
    public func advance(by delay: Nanoseconds) {
        guard delay > 0 else { return }
        let (sum, overflow) = _now.addingReportingOverflow(delay)
        advance(to: overflow ? .max : sum)
    }

    /// Moves the clock to `time` if that is later than `now`; otherwise does nothing.
    @inlinable
    public func advance(to time: Nanoseconds) {
        guard time > _now else { return }
        let old = _now
        _now = time
        if let f = observer.clockAdvanced { f(old, time) }
    }
}

extension EventLoop where Job == () -> Void {
    /// A loop whose jobs are closures, each simply called.
    public convenience init() {
        self.init(perform: { $0() })
    }
}
