import Foundation
import Trace

/// Runs an `Engine` a bounded amount at a time, so a viewer can show an endless program
/// while it runs: `advance(events:)` returns once the trace has grown by about that many
/// events (or the program ended), with the engine paused between two steps.
///
/// `Engine.run(limits:)` is one synchronous call that returns only at the end. Rather than
/// duplicate its logic as a state machine, the stepper runs that very call on a thread of
/// its own and uses the thread as a coroutine: exactly one of the two threads runs at any
/// moment, handing control back and forth through two semaphores. The engine pauses at
/// *checkpoints* where the trace is consistent: before each loop step (`loop.perform`),
/// when a blocking call moves the clock (`clockAdvanced`), after each write (`onOutput`)
/// and after each task created (`onTaskCreated`: one step may create 100,000 tasks). Everything stays deterministic: the engine produces exactly the trace
/// `run(limits:)` produces, whatever the chunk sizes, and the caller reads the trace only
/// while the engine is paused.
public final class EngineStepper: @unchecked Sendable {
    public let engine: Engine
    public let limits: Engine.Limits
    /// How the run ended; nil while it can still go on.
    public private(set) var outcome: Engine.Outcome?
    private let resumeEngine = DispatchSemaphore(value: 0)
    private let resumeCaller = DispatchSemaphore(value: 0)
    /// The engine pauses at the first checkpoint where the trace holds this many events, or
    /// where the monotonic clock passed `deadline` (ns; checked every 64 checkpoints).
    private var target = 0
    private var deadline: UInt64 = .max
    private var checkpoints = 0
    private var started = false
    private var onEngineThread = false

    /// Stack size of the engine's thread: the interpreter keeps Python frames on the heap,
    /// but nested interpreter loops (`sorted(key=...)`, `__repr__`) recurse in Swift.
    public static let stackSize = LargeStack.bytes

    public init(engine: Engine, limits: Engine.Limits = Engine.Limits()) {
        self.engine = engine
        self.limits = limits
        let step = engine.loop.perform
        engine.loop.perform = { [unowned self] job in
            self.checkpoint()
            step(job)
        }
        let advanced = engine.loop.observer.clockAdvanced
        engine.loop.observer.clockAdvanced = { [unowned self] from, to in
            advanced?(from, to)
            self.checkpoint()
        }
        let output = engine.onOutput
        engine.onOutput = { [unowned self] time, stream, text in
            output?(time, stream, text)
            self.checkpoint()
        }
        let created = engine.onTaskCreated
        engine.onTaskCreated = { [unowned self] in
            created?()
            self.checkpoint()
        }
    }

    /// True once the program ended (or a limit stopped it).
    public var isFinished: Bool { outcome != nil }

    /// Runs the engine until the trace holds at least `events` more events than now, or
    /// `milliseconds` of real time passed (when given), or the run ends. Call from one thread
    /// only (the viewer's).
    public func advance(events: Int, milliseconds: Int? = nil) {
        guard outcome == nil else { return }
        target = engine.trace.count + max(1, events)
        deadline = milliseconds.map { DispatchTime.now().uptimeNanoseconds + UInt64(max(1, $0)) * 1_000_000 } ?? .max
        if !started {
            started = true
            let thread = Thread { [self] in
                resumeEngine.wait()
                onEngineThread = true
                let result = engine.run(limits: limits)
                onEngineThread = false
                outcome = result
                resumeCaller.signal()
            }
            thread.stackSize = EngineStepper.stackSize
            thread.name = "loopscope-engine"
            thread.start()
        }
        resumeEngine.signal()
        resumeCaller.wait()
    }

    /// Runs the engine to the end of the program (or a limit).
    public func finish() {
        while outcome == nil { advance(events: Int.max / 2) }
    }

    /// On the engine's thread: pause here when the chunk is complete.
    private func checkpoint() {
        guard onEngineThread else { return }
        if engine.trace.count < target {
            guard deadline != .max else { return }
            checkpoints &+= 1
            guard checkpoints & 63 == 0, DispatchTime.now().uptimeNanoseconds >= deadline else { return }
        }
        resumeCaller.signal()
        resumeEngine.wait()
    }
}
