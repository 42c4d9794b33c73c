import Foundation
import VM

extension Engine {
    /// Every module a scenario can import.
    static let moduleNames = nativeModuleNames
        + PythonLibrary.moduleNames.filter { !$0.contains(".") && !$0.hasPrefix("_") && !nativeModuleNames.contains($0) }

    /// Modules built in Swift or with a Swift half.
    private static let nativeModuleNames = ["time", "random", "math", "sys", "asyncio", "gevent", "os", "heapq"]

    /// Builds a module on its first import.
    func module(named name: String) throws -> PyModule? {
        switch name {
        case "time":
            let m = try loadLibrary("time")
            TimeModule.install(into: m, self)
            return m
        case "math": return MathModule.make()
        case "sys": return SysModule.make(self)
        case "_functools": return FunctoolsModule.make()
        case "random": return RandomModule.make()
        case "_collections": return CollectionsModule.native()
        case "heapq":
            let m = try loadLibrary("heapq")
            HeapqModule.install(into: m)
            return m
        case "os":
            let m = try loadLibrary("os")
            m.def("getcwd") { _, _ in .str(FileManager.default.currentDirectoryPath) }
            return m
        case "os.path": return try vm.importModuleValue("posixpath")
        case "asyncio", "_loopscope_asyncio": return try asyncioModule(name)
        case "gevent", "_loopscope_gevent": return try geventModule(name)
        case "_loopscope": return ResourceHooks.make(self)
        case "_loopscope_threads": return ThreadsModule.make(self)
        case "_loopscope_tornado": return tornado.makeModule()
        default:
            if let sub = try librarySubmodule(name) { return sub }
            return PythonLibrary.isModule(name) ? try loadLibrary(name) : nil
        }
    }
}
