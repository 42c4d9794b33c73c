import VM

/// `_collections`: the VM's native `deque`, which collections.py (Sources/Runtimes/Python)
/// re-exports, as CPython's collections does.
enum CollectionsModule {
    static func native() -> PyModule {
        let m = PyModule(name: "_collections")
        m["deque"] = .object(Builtins.dequeType)
        return m
    }
}
