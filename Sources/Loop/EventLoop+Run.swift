// Running the loop: one step, one tick, until a time, until idle.

extension EventLoop {
    /// Runs one loop iteration, exactly as CPython's `BaseEventLoop._run_once`:
    ///
    /// 1. if nothing is ready, jump `now` to the earliest live timer (no sleeping);
    /// 2. move every timer with `deadline <= now` to the ready queue, in (deadline, sequence)
    ///    order;
    /// 3. run the handles that were in the ready queue at that point, skipping cancelled
    ///    ones; handles scheduled meanwhile wait for the next tick.
    ///
    /// If a tick is already in progress (after `runOneStep`), this finishes it instead.
    /// Returns false, doing nothing, when the loop is idle between ticks.
    @inlinable
    @discardableResult
    public func runOneTick() -> Bool {
        precondition(running == 0, "EventLoop is not reentrant: a handle tried to run the loop")
        if batchRemaining == 0 {
            guard beginTick(notAfter: .max) else { return false }
        }
        while batchRemaining > 0 { _ = runNextInBatch() }
        return true
    }

    /// `runOneTick()` that stops between two handles once `shouldGoOn` returns false (it is
    /// asked before each handle): the tick stays in progress (`isInTick`) and the next
    /// `runOneTick` finishes it, in the same order. Returns false when the loop is idle.
    @inlinable
    @discardableResult
    public func runOneTick(while shouldGoOn: () -> Bool) -> Bool {
        precondition(running == 0, "EventLoop is not reentrant: a handle tried to run the loop")
        if batchRemaining == 0 {
            guard beginTick(notAfter: .max) else { return false }
        }
        while batchRemaining > 0 && shouldGoOn() { _ = runNextInBatch() }
        return true
    }

    /// CPython's name for `runOneTick()`.
    @inlinable
    @discardableResult
    public func runOnce() -> Bool { runOneTick() }

    /// Runs a single handle: the next one of the current tick's batch, or, when that batch
    /// is exhausted, the first of a new tick (which begins as in `runOneTick`). Cancelled
    /// handles are skipped. Returns false, doing nothing, when the loop is idle.
    ///
    /// Stepping handle by handle gives exactly the order and ticks of `runOneTick`.
    @inlinable
    @discardableResult
    public func runOneStep() -> Bool { runOneStep(notAfter: .max) }

    /// Runs ticks while there is something to do at or before `deadline`, then moves the
    /// clock to `deadline` (if later than `now`); like `EmbeddedEventLoop.advanceTime(to:)`.
    ///
    /// An endless program (`while True: await sleep(0)`) never lets this return unless
    /// `maxSteps` is given: after that many steps it returns without moving the clock.
    /// Returns the number of steps run.
    @inlinable
    @discardableResult
    public func run(until deadline: Nanoseconds, maxSteps: Int = .max) -> Int {
        var steps = 0
        while steps < maxSteps {
            guard runOneStep(notAfter: deadline) else {
                advance(to: deadline)
                return steps
            }
            steps += 1
        }
        return steps
    }

    /// Runs until the loop is idle (nothing ready, no timers), advancing the clock through
    /// every timer, or until `maxSteps` steps have run. Returns the number of steps run.
    @inlinable
    @discardableResult
    public func runUntilIdle(maxSteps: Int = .max) -> Int {
        var steps = 0
        while steps < maxSteps, runOneStep(notAfter: .max) { steps += 1 }
        return steps
    }

    // MARK: Internals

    /// Runs one handle, beginning new ticks as needed, but never a tick that would start
    /// after `limit`. Returns false if no handle ran.
    @inlinable
    func runOneStep(notAfter limit: Nanoseconds) -> Bool {
        precondition(running == 0, "EventLoop is not reentrant: a handle tried to run the loop")
        while true {
            if batchRemaining == 0 {
                guard beginTick(notAfter: limit) else { return false }
            }
            if runNextInBatch() { return true }
        }
    }

    /// Starts a tick if there is something to do and the tick would begin at or before
    /// `limit`: advances the clock if nothing is ready, moves due timers to the ready queue
    /// and fixes the batch. Returns false if no tick began.
    @inlinable
    func beginTick(notAfter limit: Nanoseconds) -> Bool {
        if ready.count == 0 {
            guard let deadline = timers.nextDeadline(), deadline <= limit else { return false }
            advance(to: deadline)
        } else if ready.liveCount == 0 && timers.liveCount == 0 {
            return false  // only cancelled handles: nothing would ever run
        } else if _now > limit {
            return false
        }
        _tick += 1
        if let f = observer.tickBegan { f(_tick, _now) }
        while !(timersWaitForEmptyReadyQueue && ready.count > 0), let due = timers.popDue(now: _now, handle: ready.nextID) {
            let handle = ready.append(due.job, timerSlot: due.slot)
            if let f = observer.timerFired { f(due.id, HandleID(rawValue: handle)) }
        }
        batchRemaining = ready.count
        return true
    }

    /// Pops the next handle of the batch and runs it unless cancelled. Returns whether it ran.
    @inlinable
    func runNextInBatch() -> Bool {
        batchRemaining -= 1
        let (id, entry, live) = ready.popFirst()
        if entry.timerSlot != ReadyEntry<Job>.noTimer { timers.release(slot: entry.timerSlot) }
        guard live else { return false }
        _step += 1
        let step = _step
        let handle = HandleID(rawValue: id)
        if let f = observer.stepBegan { f(step, handle) }
        running = id
        perform(entry.job)
        running = 0
        if let f = observer.stepEnded { f(step, handle) }
        return true
    }
}
