import VM

extension Engine {
    /// Every module a scenario can import.
    static let moduleNames = ["time", "random", "math", "sys", "asyncio", "gevent", "tornado", "datetime", "heapq", "requests", "grequests"]
        + PythonLibrary.moduleNames.filter { !$0.contains(".") }

    /// Builds a module on its first import.
    func module(named name: String) throws -> PyModule? {
        switch name {
        case "time": return TimeModule.make(self)
        case "math": return MathModule.make()
        case "sys": return SysModule.make(self)
        case "_functools": return FunctoolsModule.make()
        case "random": return RandomModule.make()
        case "datetime": return try loadLibrary("datetime", DatetimeModule.source)
        case "_collections": return CollectionsModule.native()
        case "heapq":
            let m = try loadLibrary("heapq", HeapqModule.source)
            HeapqModule.install(into: m)
            return m
        case "requests": return try loadLibrary("requests", RequestsModule.requestsSource)
        case "grequests": return try loadLibrary("grequests", RequestsModule.grequestsSource)
        case "asyncio", "_loopscope_asyncio": return try asyncioModule(name)
        case "_loopscope": return ResourceHooks.make(self)
        case _ where name == "gevent" || name.hasPrefix("gevent.") || name == "_loopscope_gevent": return try geventModule(name)
        case _ where name == "tornado" || name.hasPrefix("tornado."): return try tornadoModule(name)
        default:
            guard let source = PythonLibrary.source(of: name) else { return nil }
            return try loadLibrary(name, source)
        }
    }
}
