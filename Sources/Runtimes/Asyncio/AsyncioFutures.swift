import Loop
import Trace
import VM

extension AsyncioRuntime {
    /// Methods of Future and Task (a Task's future holds its outcome).
    func installFutureMethods() {
        func method(_ t: PyType, _ name: String, _ body: @escaping (Future, inout Arguments) throws -> Value) {
            t.dict[name] = .object(PyNativeFunction(name, qualname: "\(t.name).\(name)") { [unowned(unsafe) self] vm, a in
                guard a.count >= 1, let f = self.asFuture(a[0]) else {
                    throw vm.typeError("descriptor '\(name)' requires a '\(t.name)' object")
                }
                return try body(f, &a)
            })
        }
        let f = futureType
        futureType.constructor = { [unowned(unsafe) self] _, t, a in
            _ = a.take("loop")
            let fut = Future(runtime: self, type: t)
            return .object(fut)
        }
        method(f, "result") { [unowned(unsafe) self] fut, _ in try fut.resultValue(self.vm) }
        method(f, "exception") { [unowned(unsafe) self] fut, _ in
            switch fut.state {
            case .pending:
                throw PyError(PyBaseException(type: self.invalidStateError, args: [.str("Exception is not set.")]))
            case .cancelled:
                throw PyError(self.makeCancelledError(fut.cancelMessage))
            case .finished:
                fut.retrieved = true
                return fut.exception.map { .object($0) } ?? .none
            }
        }
        method(f, "done") { fut, _ in .bool(fut.isDone) }
        method(f, "cancelled") { fut, _ in .bool(fut.state == .cancelled) }
        method(f, "cancel") { fut, a in
            let msg = a.take("msg") ?? (a.count > 1 ? a[1] : .none)
            if case .object(let o) = a[0], let task = o as? Task { return .bool(task.cancel(message: msg)) }
            return .bool(fut.cancel(message: msg))
        }
        method(f, "set_result") { fut, a in
            try a.expect("set_result", 2)
            try fut.setResult(a[1])
            return .none
        }
        method(f, "set_exception") { [unowned(unsafe) self] fut, a in
            try a.expect("set_exception", 2)
            var e = try self.vm.makeExceptionValue(a[1])
            if e.type.isSubtype(of: Builtins.stopIteration) {
                e = PyBaseException(type: Builtins.typeError, args: [.str("StopIteration interacts badly with generators and cannot be raised into a Future")])
            }
            try fut.setException(e)
            return .none
        }
        method(f, "add_done_callback") { fut, a in
            _ = a.take("context")
            try a.expect("add_done_callback", 2)
            fut.addDoneCallback(.python(a[1]))
            return .none
        }
        method(f, "remove_done_callback") { [unowned(unsafe) self] fut, a in
            try a.expect("remove_done_callback", 2)
            let before = fut.callbacks.count
            fut.callbacks.removeAll {
                if case .python(let v) = $0 { return (try? self.vm.equals(v, a[1])) ?? false }
                return false
            }
            return .int(before - fut.callbacks.count)
        }
        method(f, "get_loop") { [unowned(unsafe) self] _, _ in .object(self.runningLoop ?? self.loopObject()) }
        f.dict["__repr__"] = .object(PyNativeFunction("__repr__") { [unowned(unsafe) self] _, a in
            guard case .object(let o) = a[0] else { return .str("<Future>") }
            if let t = o as? Task { return .str(self.taskRepr(t)) }
            guard let fut = o as? Future else { return .str("<Future>") }
            return .str(self.futureRepr(fut))
        })

        coroutineType.dict["__repr__"] = .object(PyNativeFunction("__repr__") { vm, a in
            guard let c = a[0].asObject as? NativeCoroutine else { return .str("<coroutine object>") }
            return .str("<coroutine object \(c.name) at \(vm.address(c))>")
        })
        coroutineType.dict["__qualname__"] = .object(PyNativeProperty(name: "__qualname__") { _, v in
            .str((v.asObject as? NativeCoroutine)?.name ?? "")
        })
        coroutineType.dict["__name__"] = .object(PyNativeProperty(name: "__name__") { _, v in
            .str(String((v.asObject as? NativeCoroutine)?.name.split(separator: ".").last ?? ""))
        })

        // Task
        taskType.constructor = { [unowned(unsafe) self] _, _, a in
            let name = a.take("name") ?? .none
            _ = a.take("loop")
            _ = a.take("context")
            try a.expect("Task", 1)
            return .object(try self.createTask(a[0], name: name))
        }
        func taskMethod(_ name: String, _ body: @escaping (Task, inout Arguments) throws -> Value) {
            taskType.dict[name] = .object(PyNativeFunction(name, qualname: "Task.\(name)") { vm, a in
                guard a.count >= 1, case .object(let o) = a[0], let task = o as? Task else {
                    throw vm.typeError("descriptor '\(name)' requires a 'Task' object")
                }
                return try body(task, &a)
            })
        }
        taskMethod("get_name") { t, _ in .str(t.name) }
        taskMethod("set_name") { [unowned(unsafe) self] t, a in
            try a.expect("set_name", 2)
            t.name = try self.vm.str(a[1])
            self.engine.trace.append(.taskRenamed(t.traceID, name: self.engine.trace.intern(t.name)))
            return .none
        }
        taskMethod("get_coro") { t, _ in t.coroutine }
        taskMethod("cancelling") { t, _ in .int(t.cancelRequests) }
        taskMethod("uncancel") { t, _ in
            if t.cancelRequests > 0 { t.cancelRequests -= 1 }
            return .int(t.cancelRequests)
        }
        taskMethod("set_result") { [unowned(unsafe) self] _, _ in throw self.vm.runtimeError("Task does not support set_result operation") }
        taskMethod("set_exception") { [unowned(unsafe) self] _, _ in throw self.vm.runtimeError("Task does not support set_exception operation") }
    }

    /// The loop object for `get_event_loop()` (created on first use).
    func loopObject() -> LoopObject {
        if let l = currentLoop { return l }
        let l = LoopObject(type: loopType)
        currentLoop = l
        return l
    }
}

extension VM {
    /// An exception instance from an instance or a class.
    func makeExceptionValue(_ v: Value) throws -> PyBaseException {
        if case .object(let o) = v {
            if let e = o as? PyBaseException { return e }
            if let t = o as? PyType, t.isException, case .object(let io) = try call(v, []), let e = io as? PyBaseException {
                return e
            }
        }
        throw typeError("exceptions must derive from BaseException")
    }
}
