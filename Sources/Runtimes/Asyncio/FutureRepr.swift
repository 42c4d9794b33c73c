import VM

/// `repr()` of futures and tasks as CPython 3.11 builds it (`base_futures._future_repr_info`,
/// `base_tasks._task_repr_info`, `format_helpers._format_callback_source`):
/// `<Task pending name='T' coro=<c() running at F:L> wait_for=<...> cb=[...]>`.
extension AsyncioRuntime {
    func futureRepr(_ f: Future) -> String {
        "<\(f.type.name) \(futureInfo(f, state: stateName(f)).joined(separator: " "))>"
    }

    func taskRepr(_ t: Task) -> String {
        let state = t.cancelRequests > 0 && !t.isDone ? "cancelling" : stateName(t.future)
        var info = futureInfo(t.future, state: state)
        var extra = ["name=\(VM.quote(t.name))", "coro=<\(coroutineText(t))>"]
        if let w = t.waiter { extra.append("wait_for=\(describe(w.task ?? w))") }
        info.insert(contentsOf: extra, at: 1)
        return "<\(t.type.name) \(info.joined(separator: " "))>"
    }

    private func stateName(_ f: Future) -> String {
        switch f.state {
        case .pending: return "pending"
        case .cancelled: return "cancelled"
        case .finished: return "finished"
        }
    }

    /// State, outcome and done-callbacks (`_future_repr_info`).
    private func futureInfo(_ f: Future, state: String) -> [String] {
        var info = [state]
        if f.state == .finished {
            if let e = f.exception {
                info.append("exception=\((try? vm.repr(.object(e))) ?? "?")")
            } else {
                info.append("result=\(ReprLib(vm).repr(f.result))")
            }
        }
        if !f.callbacks.isEmpty { info.append(callbacksText(f.callbacks)) }
        return info
    }

    /// `cb=[first, <n more>, last]` (`_format_callbacks`).
    private func callbacksText(_ cbs: [DoneCallback]) -> String {
        let shown: [String]
        switch cbs.count {
        case 1: shown = [callbackText(cbs[0])]
        case 2: shown = [callbackText(cbs[0]), callbackText(cbs[1])]
        default: shown = [callbackText(cbs[0]), "<\(cbs.count - 2) more>", callbackText(cbs[cbs.count - 1])]
        }
        return "cb=[\(shown.joined(separator: ", "))]"
    }

    private func callbackText(_ cb: DoneCallback) -> String {
        switch cb {
        case .wakeup: return "Task.task_wakeup()"
        case .native(let label, _): return "\(label)()"
        case .python(let fn): return callableText(fn, args: [])
        }
    }

    /// `_format_callback_source(func, args)`: the qualified name, the arguments, and where a
    /// Python function is defined.
    private func callableText(_ fn: Value, args: [Value], suffix: String = "") -> String {
        let lib = ReprLib(vm)
        let argText = "(" + args.map { lib.repr($0) }.joined(separator: ", ") + ")"
        guard case .object(let o) = fn else { return lib.repr(fn) + argText + suffix }
        if o.type.name == "partial", o.type.module == "functools",
           let inner = try? vm.getAttribute(fn, "func"), let partialArgs = try? vm.collect(try vm.getAttribute(fn, "args")) {
            return callableText(inner, args: partialArgs, suffix: argText + suffix)
        }
        var text: String
        var source = ""
        if let f = o as? PyFunction {
            text = f.qualname
            source = " at \(codeFile(f.code.object.filename)):\(f.code.object.location.line)"
        } else if let m = o as? PyBoundMethod, case .object(let mo) = m.function, let f = mo as? PyFunction {
            text = f.qualname
        } else if let n = o as? PyNativeFunction {
            text = n.qualname
        } else if let q = (try? vm.getAttribute(fn, "__qualname__"))?.stringValue, !q.isEmpty {
            text = q
        } else {
            text = describe(o)
        }
        text += argText + suffix
        return text + source
    }

    /// `coroutines._format_coroutine`: `c() running at F:L` or `c() done, defined at F:L`.
    private func coroutineText(_ t: Task) -> String {
        guard case .object(let o) = t.coroutine, let g = o as? PyGenerator else {
            return "\(coroutineName(t))()"
        }
        let file = codeFile(g.codeFilename)
        if t.isDone { return "\(g.qualname)() done, defined at \(file):\(g.codeLocation.line)" }
        let line = g.state == .created ? g.codeLocation.line : g.location.line
        return "\(g.qualname)() running at \(file):\(line)"
    }

    /// A code object's `co_filename`: the main script's absolute path, or the library's name.
    func codeFile(_ filename: String) -> String {
        filename == engine.file ? vm.scriptPath : filename
    }
}
