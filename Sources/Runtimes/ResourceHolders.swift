import Trace

/// Who holds each resource, as the trace says it: a release names a holder, never a task
/// that did not acquire.
///
/// A semaphore may be released by a task that never acquired it (a counting semaphore is
/// not owned). Such a release gives back the unit taken by the oldest holder, so the
/// holders never outnumber the units taken.
final class ResourceHolders {
    private unowned(unsafe) let trace: Trace
    /// Holders by resource index, oldest first.
    private var holders: [[TaskID]] = []

    init(trace: Trace) {
        self.trace = trace
    }

    /// `task` took a unit (or the lock) of `resource`.
    func add(_ resource: ResourceID, _ task: TaskID) {
        let i = resource.index
        if i >= holders.count { holders.append(contentsOf: repeatElement([], count: i + 1 - holders.count)) }
        holders[i].append(task)
        trace.append(.holderAdded(resource, task))
    }

    /// `task` gave back a unit of `resource`: its own, or else the oldest holder's.
    func remove(_ resource: ResourceID, by task: TaskID) {
        let i = resource.index
        guard i < holders.count, !holders[i].isEmpty else { return }
        let k = holders[i].firstIndex(of: task) ?? 0
        let holder = holders[i].remove(at: k)
        trace.append(.holderRemoved(resource, holder))
    }
}
