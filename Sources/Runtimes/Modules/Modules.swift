import Foundation
import VM

extension Engine {
    /// Every module a scenario can import.
    static let moduleNames = nativeModuleNames
        + PythonLibrary.moduleNames.filter { !$0.contains(".") && !$0.hasPrefix("_") && !nativeModuleNames.contains($0) }

    /// Modules built in Swift (some add a Python half from `PythonLibrary`).
    private static let nativeModuleNames = ["time", "random", "math", "sys", "asyncio", "gevent", "tornado",
                                            "os", "heapq", "requests", "grequests"]

    /// Builds a module on its first import.
    func module(named name: String) throws -> PyModule? {
        switch name {
        case "time":
            let m = try loadLibrary("time", PythonLibrary.source(of: "time")!)
            TimeModule.install(into: m, self)
            return m
        case "math": return MathModule.make()
        case "sys": return SysModule.make(self)
        case "_functools": return FunctoolsModule.make()
        case "random": return RandomModule.make()
        case "_collections": return CollectionsModule.native()
        case "heapq":
            let m = try loadLibrary("heapq", HeapqModule.source)
            HeapqModule.install(into: m)
            return m
        case "os":
            let m = try loadLibrary("os", PythonLibrary.source(of: "os")!)
            m.def("getcwd") { _, _ in .str(FileManager.default.currentDirectoryPath) }
            return m
        case "os.path": return try vm.importModuleValue("posixpath")
        case "requests": return try loadLibrary("requests", RequestsModule.requestsSource)
        case "grequests": return try loadLibrary("grequests", RequestsModule.grequestsSource)
        case "asyncio", "_loopscope_asyncio": return try asyncioModule(name)
        case "_loopscope": return ResourceHooks.make(self)
        case "_loopscope_threads": return ThreadsModule.make(self)
        case "_loopscope_tornado": return tornado.makeModule()
        case _ where (name.hasPrefix("gevent.") || name.hasPrefix("tornado.")) && PythonLibrary.source(of: name) != nil:
            return try loadLibrary(name, PythonLibrary.source(of: name)!)
        case _ where name == "gevent" || name.hasPrefix("gevent.") || name == "_loopscope_gevent": return try geventModule(name)
        case _ where name == "tornado" || name.hasPrefix("tornado."): return try tornadoModule(name)
        default:
            guard let source = PythonLibrary.source(of: name) else { return nil }
            return try loadLibrary(name, source)
        }
    }
}
