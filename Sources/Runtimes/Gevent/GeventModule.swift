import Language
import Loop
import Trace
import VM

extension GeventRuntime {
    func installGreenletMethods() {
        let t = rawGreenletType
        t.constructor = { [unowned self] _, type, a in
            let g = RawGreenlet(runtime: self, type: type)
            if let run = a.take("run") ?? (a.count > 0 && type === self.rawGreenletType ? a[0] : nil), !run.isNone {
                g.attributes?["run"] = run
            }
            self.greenletSerial += 1
            g.serial = self.greenletSerial
            return .object(g)
        }
        func method(_ name: String, _ body: @escaping (RawGreenlet, inout Arguments) throws -> Value) {
            t.dict[name] = .object(PyNativeFunction(name, qualname: "greenlet.\(name)") { vm, a in
                guard a.count >= 1, case .object(let o) = a[0], let g = o as? RawGreenlet else {
                    throw vm.typeError("descriptor '\(name)' requires a 'greenlet' object")
                }
                a.positional.removeFirst()
                return try body(g, &a)
            })
        }
        method("__init__") { _, _ in .none }
        method("switch") { [unowned self] g, a in
            guard self.current == nil || self.inHubCallback else {
                throw self.vm.runtimeError("switching directly between greenlets is not supported by loopscope; use gevent's blocking APIs")
            }
            if g.dead { return .none }
            if !g.started {
                try g.start(args: a.positional)
                self.switchTo(g, value: .none)
            } else {
                self.switchTo(g, value: a.count == 1 ? a[0] : (a.count == 0 ? .none : .object(PyTuple(a.positional))))
            }
            return .none
        }
        method("throw") { [unowned self] g, a in
            let exc: PyBaseException
            if a.count == 0 {
                exc = PyBaseException(type: self.greenletExit, args: [])
            } else {
                exc = try self.vm.makeExceptionValue(a[0])
                if a.count > 1, !a[1].isNone, case .object(let o) = a[1], let inst = o as? PyBaseException { exc.args = inst.args }
            }
            if g.dead { return .none }
            if !g.started {
                // Throwing into a greenlet that never ran: it dies without running.
                g.dead = true
                g.started = true
                if !exc.type.isSubtype(of: self.greenletExit) { throw PyError(exc) }
                return .none
            }
            self.switchTo(g, value: .none, error: exc)
            return .none
        }
        t.dict["dead"] = .object(PyNativeProperty(name: "dead") { _, v in
            guard case .object(let o) = v, let g = o as? RawGreenlet else { return .bool(false) }
            return .bool(g.dead)
        })
        t.dict["_started"] = .object(PyNativeProperty(name: "_started") { _, v in
            guard case .object(let o) = v, let g = o as? RawGreenlet else { return .bool(false) }
            return .bool(g.started)
        })
        t.dict["parent"] = .object(PyNativeProperty(name: "parent") { _, _ in .none })
        handleType.dict["stop"] = .object(PyNativeFunction("stop") { [unowned self] _, a in
            if case .object(let o) = a[0], let h = o as? CallbackHandle { self.stop(h) }
            return .none
        })
        handleType.dict["close"] = handleType.dict["stop"]
        handleType.dict["cancel"] = handleType.dict["stop"]
        handleType.dict["pending"] = .object(PyNativeProperty(name: "pending") { _, v in
            guard case .object(let o) = v, let h = o as? CallbackHandle else { return .bool(false) }
            return .bool(!h.stopped)
        })
    }

    var greenletExit: PyType { library.globals.get("GreenletExit")?.asObject as? PyType ?? Builtins.baseException }

    func makeNativeModule() -> PyModule {
        let m = PyModule(name: "_loopscope_gevent")
        m["greenlet"] = .object(rawGreenletType)
        m.def("getcurrent") { [unowned self] _, _ in
            if self.inHubCallback && self.current == nil { return self.hubObject }
            return .object(self.currentGreenlet)
        }
        m.def("_wait_idle") { [unowned self] _, _ in
            try self.switchToHub(reason: .label(self.engine.trace.intern("loop idle")), untilIdle: true)
            return .none
        }
        m.def("_idle") { [unowned self] _, a in
            let waiter = a[0]
            self.engine.idleHooks.append { [unowned self] in
                _ = self.runCallback(waiter, [Value.none])
            }
            return .none
        }
        m.def("_hub_switch") { [unowned self] vm, a in
            let reason = try self.reason(a.count > 0 ? a[0] : .none, a.count > 1 ? a[1] : .none)
            try self.switchToHub(reason: reason)
            return .none
        }
        m.def("_sleep") { [unowned self] _, a in
            // gevent.sleep(seconds) from a greenlet: a libev timer (started after refreshing the
            // loop time) switches back with None, or for seconds <= 0 a callback at the end of
            // the hub's queue. A resumption by anything else (a throw, a kill, another switch)
            // stops the timer first, as sleep's `finally` does (a stale callback would do
            // nothing). Called from hub code, or with another kind of number, it does nothing
            // and returns its second argument.
            try a.expect("_sleep", 2)
            if self.inHubCallback && self.current == nil { return a[1] }
            let seconds: Double
            switch a[0] {
            case .int(let i): seconds = Double(i)
            case .float(let d): seconds = d
            default: return a[1]
            }
            let g = self.currentGreenlet
            let h: CallbackHandle
            let until: Int64
            if seconds <= 0 {
                h = self.runCallback(self.sleepWake, [.object(g)])
                until = self.engine.now
            } else {
                h = self.timer(seconds, self.sleepWake, [.object(g)], update: true)
                until = VirtualTime.adding(self.engine.now, VirtualTime.nanoseconds(fromSeconds: seconds))
            }
            g.sleepTimer = h
            do {
                try self.switchToHub(reason: .sleep(until: until))
            } catch {
                g.sleepTimer = nil
                self.stop(h)
                throw error
            }
            return .none
        }
        m.def("_greenlet_notify_links") { [unowned self] vm, a in
            // Greenlet._notify_links: every link in order, each taken off the list before it
            // runs (links may add or remove links); errors are reported and the next one runs.
            try a.expect("_notify_links", 1)
            let g = a[0]
            while case .object(let o) = try vm.getAttribute(g, "_links"), let links = o as? PyDeque,
                  let link = links.popFirst() {
                do {
                    _ = try vm.call(link, [g])
                } catch let e as PyError {
                    _ = try vm.call(self.library.globals.get("_print_greenlet_error") ?? .none, [link, .object(e.exception)])
                }
            }
            try vm.setAttribute(g, "_notifier", .none)
            return .none
        }
        m.def("_wait_reason") { [unowned self] _, a in
            let reason = try self.reason(a.count > 0 ? a[0] : .none, a.count > 1 ? a[1] : .none)
            return .object(WaitReasonBox(type: self.reasonType, reason: reason))
        }
        m.def("_run_callback") { [unowned self] vm, a in
            guard a.count >= 1 else { throw vm.typeError("_run_callback needs a callback") }
            let starting = self.greenletStarting(a[0])
            if let id = starting { self.engine.trace.setState(id, .ready) }
            return .object(self.runCallback(a[0], Array(a.positional.dropFirst()), task: starting))
        }
        m.def("_timer") { [unowned self] vm, a in
            let update = try vm.truthy(a.take("update") ?? .bool(false))
            guard a.count >= 2 else { throw vm.typeError("_timer needs seconds and a callback") }
            let seconds = try a.seconds(0, vm, function: "timer")
            if let id = self.greenletStarting(a[1]) {
                let until = VirtualTime.adding(self.engine.now, VirtualTime.nanoseconds(fromSeconds: max(0, seconds)))
                self.engine.trace.setState(id, .waiting, .sleep(until: until))
            }
            return .object(self.timer(seconds, a[1], Array(a.positional.dropFirst(2)), update: update))
        }
        m.def("_now") { [unowned self] _, _ in .float(Double(self.engine.now) / 1e9) }
        m.def("_set_name") { [unowned self] vm, a in
            try a.expect("_set_name", 2, 3)
            guard case .object(let o) = a[0], let g = o as? RawGreenlet else { return .none }
            // (greenlet, name) or (greenlet, function, args): named after the call it will make
            g.name = a.count == 3 ? try self.engine.describeCall(a[1], a[2]) : try vm.str(a[1])
            if let id = g.traceID {
                self.engine.trace.append(.taskRenamed(id, name: self.engine.trace.intern(g.name)))
            } else if a.count == 3 {
                g.createTraceTask(run: a[1])
            }
            return .none
        }
        m.def("_raw_dead") { _, a in
            guard case .object(let o) = a[0], let g = o as? RawGreenlet else { return .bool(false) }
            return .bool(g.dead)
        }
        m.def("_print_exception") { [unowned self] vm, a in
            try a.expect("_print_exception", 1)
            guard case .object(let o) = a[0], let e = o as? PyBaseException else { return .none }
            vm.output(.stderr, vm.formatTraceback(e, file: self.engine.file, source: self.engine.source))
            return .none
        }
        m.def("_in_hub") { [unowned self] _, _ in .bool(self.inHubCallback && self.current == nil) }
        m.def("_is_main") { [unowned self] _, a in
            guard case .object(let o) = a[0], let g = o as? RawGreenlet else { return .bool(false) }
            return .bool(g === self.mainGreenlet)
        }
        m.def("_patch_time") { [unowned self] vm, _ in
            // As gevent.monkey does: `time.sleep` becomes gevent.sleep.
            let time = try vm.importModuleValue("time")
            time["sleep"] = self.library.globals.get("sleep") ?? .none
            return .none
        }
        m.def("_blocking_sleep") { [unowned self] vm, a in
            try a.expect("_blocking_sleep", 1)
            self.engine.blockingSleep(VirtualTime.nanoseconds(fromSeconds: try a.seconds(0, vm, function: "sleep")))
            return .none
        }
        return m
    }

    /// The trace task of a greenlet that `fn` (its bound `switch`) will start, if `fn` is
    /// one: scheduling the first switch is what `start()` / `spawn_raw` do.
    func greenletStarting(_ fn: Value) -> TaskID? {
        guard case .object(let o) = fn, let native = o as? PyNativeFunction, native.name == "switch",
              case .object(let r) = native.receiver, let g = r as? RawGreenlet, !g.started, !g.dead, !g.isMain
        else { return nil }
        if g.traceID == nil { g.createTraceTask(run: g.attributes?["run"] ?? .none) }
        return g.traceID
    }

    /// A wait reason from the library: `(kind, resource_id_or_list)`, or one prepared by
    /// `_wait_reason` (then `object` is ignored).
    func reason(_ kind: Value, _ object: Value) throws -> WaitReason {
        if case .object(let o) = kind, let box = o as? WaitReasonBox { return box.reason }
        let trace = engine.trace
        guard let k = kind.stringValue else { return .label(trace.intern("hub")) }
        switch k {
        case "sleep":
            let seconds = (try? vm.makeFloatValue(object)) ?? 0
            return .sleep(until: VirtualTime.adding(engine.now, VirtualTime.nanoseconds(fromSeconds: seconds)))
        case "join":
            var ids: [TraceObject] = []
            for v in (try? vm.collect(object)) ?? [] {
                if case .object(let o) = v, let g = o as? RawGreenlet, let id = g.traceID { ids.append(.task(id)) }
            }
            return .join(trace.makeList(ids))
        case "semaphore", "lock", "event", "queue_get", "queue_put", "pool":
            let id = ResourceID(UInt32((try? vm.index(object)) ?? 0))
            switch k {
            case "semaphore": return .semaphore(id)
            case "lock": return .lock(id)
            case "event": return .event(id)
            case "queue_get": return .queueGet(id)
            case "queue_put": return .queuePut(id)
            default: return .poolSlot(id)
            }
        case "io":
            let seconds = (try? vm.makeFloatValue(object)) ?? 0
            return .io(until: VirtualTime.adding(engine.now, VirtualTime.nanoseconds(fromSeconds: seconds)), label: trace.intern("http"))
        default:
            return .label(trace.intern(k))
        }
    }
}

extension VM {
    func makeFloatValue(_ v: Value) throws -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        default: throw typeError("a number is required")
        }
    }
}

extension Engine {
    var gevent: GeventRuntime {
        runtime("gevent") {
            let r = GeventRuntime(engine: self)
            let previous = waitingDescriptions
            waitingDescriptions = { [unowned r] in previous() + r.waitingDescriptions() }
            return r
        }
    }

    func geventModule(_ name: String) throws -> PyModule? {
        switch name {
        case "_loopscope_gevent":
            return gevent.makeNativeModule()
        case "gevent":
            let module = try loadLibrary("gevent")
            gevent.library = module
            return module
        default:
            return nil
        }
    }
}
