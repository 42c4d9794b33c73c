import Trace
import VM

/// Which tasks and resources the libraries make for themselves (`libraryInternal` in the
/// trace; viewers hide them unless asked):
///
/// - a task is internal when its code is library code and library code created it (the
///   driver greenlet of `Pool.imap`, a task that `gather` wraps around a library
///   coroutine); a task the scenario creates, or whose code is the scenario's, is not;
/// - a resource is internal when library code made it outside a constructor the scenario
///   called (the queue of `Pool.imap`, an event of `gather`); the parts of an object the
///   scenario constructs (a Pool's slots) are not. Futures, pools and executors are never
///   internal: a waiting task names the future it waits for, and a pool or executor that
///   a library makes has the size the scenario asked for (`grequests.map(size=3)`).
extension Engine {
    /// True while library code that the scenario did not construct runs.
    private var inLibraryCode: Bool {
        guard let callee = vm.currentFiber?.callee(ofFile: file) else { return false }
        return callee != "__init__"
    }

    /// Marks a resource just created, if the library made it for itself.
    func markIfInternal(_ r: ResourceID, kind: ResourceKind) {
        if kind != .future && kind != .pool && kind != .executor && inLibraryCode { trace.append(.libraryInternal(.resource(r))) }
    }

    /// Marks a task just created to run code from `codeFile`, if it is the library's own.
    func markIfInternal(_ t: TaskID, codeFile: String?) {
        guard let codeFile, codeFile != file else { return }
        if inLibraryCode { trace.append(.libraryInternal(.task(t))) }
    }
}
