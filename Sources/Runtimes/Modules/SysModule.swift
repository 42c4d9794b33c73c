import VM

/// The `sys` module: the standard streams, argv, exit and recursion limit.
enum SysModule {
    static func make(_ engine: Engine) -> PyModule {
        let m = PyModule(name: "sys")
        m["stdout"] = .object(PyStream(.stdout))
        m["stderr"] = .object(PyStream(.stderr))
        m["__stdout__"] = m["stdout"]
        m["__stderr__"] = m["stderr"]
        m["argv"] = .object(PyList(([engine.file] + engine.arguments).map { .str($0) }))
        m["maxsize"] = .int(Int.max)
        m["version"] = .str("3.11.7 (loopscope)")
        m["platform"] = .str("linux")
        m["version_info"] = .object(PyTuple([.int(3), .int(11), .int(7), .str("final"), .int(0)]))
        m.def("exit") { _, a in throw PyError(PyBaseException(type: Builtins.systemExit, args: a.positional)) }
        m.def("getrecursionlimit") { vm, _ in .int(vm.recursionLimit) }
        m.def("setrecursionlimit") { vm, a in
            try a.expect("setrecursionlimit", 1)
            let n = try vm.index(a[0])
            if n < 1 { throw vm.valueError("recursion limit must be greater or equal than 1") }
            vm.recursionLimit = min(n, 20_000)
            return .none
        }
        m.def("exc_info") { vm, _ in
            guard let e = vm.handledException else { return .object(PyTuple([.none, .none, .none])) }
            return .object(PyTuple([.object(e.type), .object(e), .none]))
        }
        return m
    }
}
