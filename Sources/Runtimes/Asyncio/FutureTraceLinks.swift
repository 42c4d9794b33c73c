import Trace

/// What a future means to the trace beyond its own value, for futures that stand for
/// something with a row or a resource (tornado's coroutines, lock waiters, queue waiters).
final class FutureTraceLinks {
    /// The coroutine whose outcome the future holds: it finishes with the future.
    var task: TaskID?
    /// Coroutines that yielded the future: they become ready when it is done.
    var readies: [TaskID] = []
    /// The waiter the future is in a resource's queue: it leaves the queue when the future
    /// is done, and holds the resource when `holds` and the future got a result.
    var waiter: (resource: ResourceID, task: TaskID, holds: Bool)?

    func outcome(of f: Future) {
        let engine = f.runtime.engine
        let trace = engine.trace
        if let t = task {
            trace.setState(t, f.state == .cancelled ? .cancelled : f.exception == nil ? .done : .failed)
        }
        if let w = waiter {
            waiter = nil
            trace.append(.waiterRemoved(w.resource, w.task))
            if w.holds && f.state == .finished && f.exception == nil { engine.holders.add(w.resource, w.task) }
        }
        for t in readies { trace.setState(t, .ready) }
        readies.removeAll()
    }
}

extension Future {
    /// The future's trace links, made on first use.
    var links: FutureTraceLinks {
        if let l = traceLinks { return l }
        let l = FutureTraceLinks()
        traceLinks = l
        return l
    }

    /// The coroutine whose outcome this future holds, if any.
    var traceTask: TaskID? { traceLinks?.task }
}
