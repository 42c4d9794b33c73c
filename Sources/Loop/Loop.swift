// The Loop layer: a deterministic, single-threaded event loop on a virtual clock.
//
// It knows nothing of Python. Runtimes schedule opaque jobs on an `EventLoop<Job>`
// (`callSoon`, `callLater`, `callAt`), and drive it with `runOneStep`, `runOneTick`
// (CPython's `BaseEventLoop._run_once`), `run(until:)` or `runUntilIdle`.
//
// Files, one concept each:
//   VirtualTime.swift      nanosecond clock values, conversion from seconds, formatting
//   Identifiers.swift      HandleID and TimerID
//   ReadyQueue.swift       the FIFO of handles ready to run, with lazy cancellation
//   TimerHeap.swift        a binary min-heap of timer keys
//   TimerQueue.swift       timers ordered by (deadline, sequence), slots, lazy purging
//   LoopObserver.swift     optional callbacks for tracing tick/step/timer events
//   EventLoop.swift        the loop: clock, scheduling, cancellation, status
//   EventLoop+Run.swift    running: steps, ticks, run(until:), runUntilIdle
