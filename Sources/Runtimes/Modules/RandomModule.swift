import VM

/// The `random` module (filled in with CPython's Mersenne Twister).
enum RandomModule {
    static func make() -> PyModule {
        PyModule(name: "random")
    }
}
