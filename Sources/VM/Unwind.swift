import Language

/// Exceptions and generators: unwinding to handlers, raising, yielding and delegation.
extension VM {
    /// Finds the innermost handler for `error` in the fiber's frames above `startDepth`,
    /// popping frames without one. Throws when no handler is left.
    func unwind(_ fiber: Fiber, _ error: PyError, startDepth: Int, addCurrentFrame: Bool = true) throws {
        let exc = error.exception
        var first = true
        while fiber.frames.count > startDepth {
            let frame = fiber.frames[fiber.frames.count - 1]
            let pc = Int32(frame.ip - 1)
            if !first || addCurrentFrame {
                let loc = frame.code.location(at: Int(pc))
                exc.traceback.insert(TracebackEntry(file: frame.code.object.filename, function: frame.code.object.name,
                                                    line: loc.line, column: loc.column), at: 0)
            }
            first = false
            if let h = frame.code.object.handlers.first(where: { pc >= $0.start && pc < $0.end }) {
                let keep = frame.code.localCount + Int(h.depth)
                if frame.stack.count > keep { frame.stack.removeLast(frame.stack.count - keep) }
                if let handled = fiber.handled, handled !== exc, exc.context == nil, !chainContains(handled, exc) {
                    exc.context = handled
                }
                frame.stack.append(.object(exc))
                frame.ip = Int(h.target)
                return
            }
            fiber.frames.removeLast()
            if let gen = frame.generator {
                gen.state = .finished
                if case .asyncGenerator(let op) = frame.mode {
                    switch op.raised(exc, vm: self, fiber: fiber) {
                    case .completed: return
                    case .replace(let e): return try unwind(fiber, PyError(e), startDepth: startDepth, addCurrentFrame: false)
                    case .propagate: break
                    }
                }
                if exc.type === Builtins.stopIteration {
                    let wrapped = PyBaseException(type: Builtins.runtimeError,
                                                  args: [.str(gen.isCoroutine ? "coroutine raised StopIteration" : "generator raised StopIteration")])
                    wrapped.cause = exc
                    wrapped.traceback = exc.traceback
                    return try unwind(fiber, PyError(wrapped), startDepth: startDepth, addCurrentFrame: false)
                }
            }
            if case .native = frame.mode { break }
            if case .forIterNext(let exit) = frame.mode, exc.type.isSubtype(of: Builtins.stopIteration),
               let caller = fiber.frames.last {
                // The iterator is exhausted: the caller's loop ends.
                caller.stack.removeLast()
                caller.ip = exit
                return
            }
        }
        throw error
    }

    private func chainContains(_ start: PyBaseException, _ target: PyBaseException) -> Bool {
        var cur: PyBaseException? = start
        var n = 0
        while let c = cur, n < 100 {
            if c === target { return true }
            cur = c.context
            n += 1
        }
        return false
    }

    /// RAISE: `raise` (re-raise the handled exception), `raise X`, `raise X from Y`.
    func raise(_ arg: Int32, _ frame: Frame, _ fiber: Fiber) throws {
        switch arg {
        case 0:
            guard let e = fiber.handled else { throw runtimeError("No active exception to reraise") }
            throw Reraise(exception: e)
        case 1:
            let e = try makeException(frame.stack.removeLast())
            throw PyError(e)
        default:
            let causeValue = frame.stack.removeLast()
            let e = try makeException(frame.stack.removeLast())
            if causeValue.isNone {
                e.cause = nil
            } else {
                e.cause = try makeException(causeValue)
            }
            e.suppressContext = true
            throw PyError(e)
        }
    }

    /// `except T:` matching; T may be a tuple of types.
    func exceptionMatches(_ exc: Value, _ type: Value) throws -> Bool {
        guard case .object(let o) = type else { throw typeError("catching classes that do not inherit from BaseException is not allowed") }
        if let tuple = o as? PyTuple {
            for t in tuple.items where try exceptionMatches(exc, t) { return true }
            return false
        }
        guard let t = o as? PyType, t.isException else {
            throw typeError("catching classes that do not inherit from BaseException is not allowed")
        }
        return exc.type.isSubtype(of: t)
    }

    /// Resumes a generator or coroutine by pushing its frame. Returns false when it has
    /// already finished (FOR_ITER then ends the loop).
    @discardableResult
    func startGenerator(_ gen: PyGenerator, send value: Value, mode: ReturnMode, fiber: Fiber) throws -> Bool {
        switch gen.state {
        case .running:
            throw valueError(gen.isCoroutine ? "coroutine already executing" : "generator already executing")
        case .finished:
            if gen.isCoroutine { throw runtimeError("cannot reuse already awaited coroutine") }
            if case .forIter = mode { return false }
            throw PyError(PyBaseException(type: Builtins.stopIteration, args: []))
        case .created:
            if !value.isNone {
                throw typeError("can't send non-None value to a just-started \(gen.isCoroutine ? "coroutine" : "generator")")
            }
        case .suspended:
            gen.frame.stack.append(value)
        }
        gen.state = .running
        gen.wasAwaited = true
        gen.frame.mode = mode
        do {
            try pushFrame(gen.frame, on: fiber)
        } catch {
            gen.state = gen.frame.ip == 0 ? .created : .suspended
            throw error
        }
        return true
    }

    /// YIELD_VALUE from the top frame: the generator suspends and `value` goes to whoever
    /// resumed it.
    func yieldOut(_ value: Value, from frame: Frame, fiber: Fiber, stopDepth: Int) throws -> ExecResult? {
        let v = value
        var current = frame
        while true {
            fiber.frames.removeLast()
            guard let gen = current.generator else { throw VMFatal.internalError("yield outside a generator frame") }
            gen.state = .suspended
            switch current.mode {
            case .forIter, .send:
                fiber.frames[fiber.frames.count - 1].stack.append(v)
                return nil
            case .native:
                return .yielded(v)
            case .asyncGenerator(let op):
                try op.yielded(v, vm: self, fiber: fiber)
                return nil
            case .delegate:
                // The delegating frame yields the value in turn (it stays at its YIELD_FROM).
                guard let outer = fiber.frames.last, outer.generator != nil, fiber.frames.count > stopDepth else {
                    throw runtimeError("a coroutine yielded a bare value; only awaitables are supported")
                }
                current = outer
            default:
                throw VMFatal.internalError("yield from a frame that is not a generator")
            }
        }
    }

    /// YIELD_FROM: stack `subiter sent`. Sends into the sub-iterator; its yields pass through.
    func yieldFrom(_ frame: Frame, fiber: Fiber, stopDepth: Int) throws -> ExecResult? {
        let sent = frame.stack.removeLast()
        let sub = frame.stack[frame.stack.count - 1]
        if case .object(let o) = sub, let gen = o as? PyGenerator {
            frame.ip -= 1
            try startGenerator(gen, send: sent, mode: .delegate, fiber: fiber)
            return nil
        }
        if let item = try nextItem(sub) {
            frame.ip -= 1
            return try yieldOut(item, from: frame, fiber: fiber, stopDepth: stopDepth)
        }
        frame.stack.removeLast()
        frame.stack.append(.none)
        return nil
    }

    /// GET_AWAITABLE: rejects objects that cannot be awaited, with CPython's message.
    func checkAwaitable(_ v: Value) throws {
        if case .object(let o) = v {
            if let g = o as? PyGenerator {
                if !g.isCoroutine { throw typeError("object \(v.typeName) can't be used in 'await' expression") }
                if g.state == .finished { throw runtimeError("cannot reuse already awaited coroutine") }
                return
            }
            if o is NativeAwaitable || o is AsyncGeneratorOp { return }
        }
        throw typeError("object \(v.typeName) can't be used in 'await' expression")
    }
}
