import Trace
import VM

/// `_loopscope`: hooks the runtimes' Python-level libraries call to describe their
/// synchronisation objects in the trace (value, holders, waiters in order), and to
/// format tracebacks as the top level does (logging.exception, traceback) and to find
/// the scenario's calling line (logging's %(lineno)d).
enum ResourceHooks {
    static func make(_ engine: Engine) -> PyModule {
        let m = PyModule(name: "_loopscope")
        func resource(_ v: Value, _ vm: VM) throws -> ResourceID { ResourceID(UInt32(try vm.index(v))) }
        /// The acting task: the running one, or the main program.
        func actor(_ v: Value) -> TaskID { engine.taskID(of: v) ?? engine.currentTask ?? engine.mainTask }
        m.def("_resource") { [unowned engine] vm, a in
            try a.expect("_resource", 3)
            let kind = ResourceKind.allCases.first { $0.name == (a[0].stringValue ?? "") } ?? .lock
            let capacity: Int64? = a[2].isNone ? nil : Int64(try vm.index(a[2]))
            let id = engine.trace.createResource(kind: kind, name: try vm.str(a[1]), capacity: capacity)
            engine.markIfInternal(id, kind: kind)
            return .int(Int(id.rawValue))
        }
        m.def("_resource_value") { [unowned engine] vm, a in
            try a.expect("_resource_value", 2)
            engine.trace.append(.resourceValue(try resource(a[0], vm), value: Int64(try vm.index(a[1]))))
            return .none
        }
        m.def("_resource_holder") { [unowned engine] vm, a in
            try a.expect("_resource_holder", 2, 3)
            let r = try resource(a[0], vm)
            let task = actor(a.count > 2 ? a[2] : .none)
            if try vm.truthy(a[1]) { engine.holders.add(r, task) } else { engine.holders.remove(r, by: task) }
            return .none
        }
        m.def("_resource_waiter") { [unowned engine] vm, a in
            try a.expect("_resource_waiter", 3)
            let r = try resource(a[0], vm)
            let task = actor(a[2])
            engine.trace.append(try vm.truthy(a[1]) ? .waiterAdded(r, task) : .waiterRemoved(r, task))
            return .none
        }
        m.def("_format_exception") { [unowned engine] vm, a in
            try a.expect("_format_exception", 1)
            guard case .object(let o) = a[0], let e = o as? PyBaseException else {
                throw vm.typeError("_format_exception() needs an exception, not '\(a[0].typeName)'")
            }
            return .str(vm.formatTraceback(e, file: engine.file, source: engine.source))
        }
        m.def("_caller") { [unowned engine] vm, _ in
            guard let caller = vm.currentFiber?.caller(inFile: engine.file) else { return .none }
            return .object(PyTuple([.str(engine.file), .int(Int(caller.location.line)), .str(caller.function)]))
        }
        m.def("_handled_exception") { vm, _ in vm.handledException.map { .object($0) } ?? .none }
        m.def("_latency_table") { [unowned engine] _, _ in
            engine.vm.main["LOOPSCOPE_LATENCY"] ?? .none
        }
        return m
    }
}

extension Engine {
    /// The trace task of a runtime object (an asyncio Task, a greenlet), if it is one.
    func taskID(of v: Value) -> TaskID? {
        guard case .object(let o) = v else { return nil }
        if let t = o as? Task { return t.traceID }
        if let g = o as? RawGreenlet { return g.traceID }
        return nil
    }
}
