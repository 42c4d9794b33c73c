import Language

enum ExecResult {
    case returned(Value)
    case yielded(Value)
    case suspended(AnyObject)
    /// Stopped before the instruction at the frame's `ip` (only a pausable resumption).
    case paused
}

extension VM {
    /// Runs the fiber's frames until the frame stack shrinks to `stopDepth` (a return or a
    /// yield out of the bottom frame), or the fiber suspends.
    func execute(_ fiber: Fiber, stopDepth: Int) throws -> ExecResult {
        guard var frame = fiber.frames.last else { throw VMFatal.internalError("no frame to run") }
        let mayPause = pauseEnabled && stopDepth == 0
        pauseEnabled = false
        while true {
            do {
                while true {
                    let ins = frame.program[frame.ip]
                    frame.ip += 1
                    instructionCount &+= 1
                    if instructionCount > checkpoint, try passCheckpoint(frame, mayPause: mayPause) {
                        frame.ip -= 1
                        instructionCount &-= 1
                        return .paused
                    }
                    switch ins.op {
                    case .nop:
                        break
                    case .popTop:
                        frame.stack.removeLast()
                    case .copy:
                        frame.stack.append(frame.stack[frame.stack.count - Int(ins.arg)])
                    case .swap:
                        let n = frame.stack.count
                        frame.stack.swapAt(n - 1, n - Int(ins.arg))
                    case .loadConst:
                        frame.stack.append(frame.code.constants[Int(ins.arg)])
                    case .loadFast:
                        frame.stack.append(try local(frame, Int(ins.arg)))
                    case .storeFast:
                        let slot = Int(ins.arg)
                        frame.stack[slot] = frame.stack.removeLast()
                        frame.locals[slot] = true
                    case .deleteFast:
                        let slot = Int(ins.arg)
                        _ = try local(frame, slot)
                        frame.locals[slot] = false
                        frame.stack[slot] = .none
                    case .loadDeref:
                        guard let v = frame.cells[Int(ins.arg)].value else { throw unboundCell(frame, Int(ins.arg)) }
                        frame.stack.append(v)
                    case .storeDeref:
                        frame.cells[Int(ins.arg)].value = frame.stack.removeLast()
                    case .deleteDeref:
                        guard frame.cells[Int(ins.arg)].value != nil else { throw unboundCell(frame, Int(ins.arg)) }
                        frame.cells[Int(ins.arg)].value = nil
                    case .loadClosure:
                        frame.stack.append(.object(frame.cells[Int(ins.arg)]))
                    case .loadGlobal:
                        let slot = frame.code.globalSlots[Int(ins.arg)]
                        if let v = frame.globals.values[slot] {
                            frame.stack.append(v)
                        } else {
                            guard let v = loadBuiltin(frame.code, frame.ip - 1, Int(ins.arg)) else {
                                throw nameError(frame.code.object.names[Int(ins.arg)])
                            }
                            frame.stack.append(v)
                        }
                    case .storeGlobal:
                        frame.globals.values[frame.code.globalSlots[Int(ins.arg)]] = frame.stack.removeLast()
                    case .deleteGlobal:
                        let slot = frame.code.globalSlots[Int(ins.arg)]
                        guard frame.globals.values[slot] != nil else { throw nameError(frame.code.object.names[Int(ins.arg)]) }
                        frame.globals.values[slot] = nil
                    case .loadName:
                        let name = frame.code.object.names[Int(ins.arg)]
                        if let ns = frame.namespace, let v = ns[name] {
                            frame.stack.append(v)
                        } else if let v = frame.globals.get(name) ?? builtins.globals.get(name) {
                            frame.stack.append(v)
                        } else {
                            throw nameError(name)
                        }
                    case .storeName:
                        let name = frame.code.object.names[Int(ins.arg)]
                        let v = frame.stack.removeLast()
                        if let ns = frame.namespace { try storeClassName(ns, name, v) } else { frame.globals.set(name, v) }
                    case .deleteName:
                        let name = frame.code.object.names[Int(ins.arg)]
                        if let ns = frame.namespace {
                            guard ns.storage.removeValue(forKey: HashKey(.str(name))) != nil else { throw nameError(name) }
                        } else {
                            guard frame.globals.get(name) != nil else { throw nameError(name) }
                            frame.globals.values[frame.globals.slot(for: name)] = nil
                        }
                    case .loadAttr:
                        let obj = frame.stack.removeLast()
                        frame.stack.append(try loadAttr(obj, frame.code, frame.ip - 1, Int(ins.arg)))
                    case .storeAttr:
                        let obj = frame.stack.removeLast()
                        let v = frame.stack.removeLast()
                        try storeAttr(obj, v, frame.code, frame.ip - 1, Int(ins.arg))
                    case .deleteAttr:
                        let obj = frame.stack.removeLast()
                        try deleteAttribute(obj, frame.code.object.names[Int(ins.arg)])
                    case .loadMethod:
                        try pushMethod(frame, of: frame.stack.removeLast(), name: Int(ins.arg))
                    case .loadSpecial:
                        let obj = frame.stack.removeLast()
                        frame.stack.append(try loadSpecial(obj, frame.code.object.names[Int(ins.arg)]))
                    case .binarySubscr:
                        let key = frame.stack.removeLast()
                        let container = frame.stack.removeLast()
                        frame.stack.append(try getItem(container, key))
                    case .storeSubscr:
                        let key = frame.stack.removeLast()
                        let container = frame.stack.removeLast()
                        let v = frame.stack.removeLast()
                        try setItem(container, key, v)
                    case .deleteSubscr:
                        let key = frame.stack.removeLast()
                        let container = frame.stack.removeLast()
                        try deleteItem(container, key)
                    case .buildSlice:
                        let step: Value = ins.arg == 3 ? frame.stack.removeLast() : .none
                        let stop = frame.stack.removeLast()
                        let start = frame.stack.removeLast()
                        frame.stack.append(.object(PySlice(start: start, stop: stop, step: step)))
                    case .binaryOp:
                        let r = frame.stack.removeLast()
                        let l = frame.stack.removeLast()
                        frame.stack.append(try binaryValue(Int(ins.arg), l, r))
                    // Superinstructions (Superinstructions.swift): `frame.ip` moves past each
                    // fused instruction before that instruction's work, so an error names it.
                    case .loadFastLoadFast:
                        frame.stack.append(try local(frame, Int(ins.arg)))
                        frame.ip += 1
                        frame.stack.append(try local(frame, Int(frame.program[frame.ip - 1].arg)))
                    case .loadFastLoadConst:
                        frame.stack.append(try local(frame, Int(ins.arg)))
                        frame.stack.append(frame.code.constants[Int(frame.program[frame.ip].arg)])
                        frame.ip += 1
                    case .loadFastConstBinaryOp:
                        let l = try local(frame, Int(ins.arg))
                        let r = frame.code.constants[Int(frame.program[frame.ip].arg)]
                        frame.ip += 2
                        frame.stack.append(try binaryValue(Int(frame.program[frame.ip - 1].arg), l, r))
                    case .loadFastFastBinaryOp:
                        let l = try local(frame, Int(ins.arg))
                        frame.ip += 1
                        let r = try local(frame, Int(frame.program[frame.ip - 1].arg))
                        frame.ip += 1
                        frame.stack.append(try binaryValue(Int(frame.program[frame.ip - 1].arg), l, r))
                    case .loadConstBinaryOp:
                        let l = frame.stack.removeLast()
                        let r = frame.code.constants[Int(ins.arg)]
                        frame.ip += 1
                        frame.stack.append(try binaryValue(Int(frame.program[frame.ip - 1].arg), l, r))
                    case .loadFastLoadAttr:
                        let obj = try local(frame, Int(ins.arg))
                        frame.ip += 1
                        frame.stack.append(try loadAttr(obj, frame.code, frame.ip - 1, Int(frame.program[frame.ip - 1].arg)))
                    case .loadFastLoadMethod:
                        let obj = try local(frame, Int(ins.arg))
                        frame.ip += 1
                        try pushMethod(frame, of: obj, name: Int(frame.program[frame.ip - 1].arg))
                    case .storeFastLoadFast:
                        let slot = Int(ins.arg)
                        frame.stack[slot] = frame.stack.removeLast()
                        frame.locals[slot] = true
                        frame.ip += 1
                        frame.stack.append(try local(frame, Int(frame.program[frame.ip - 1].arg)))
                    case .compareJumpIfFalse:
                        let r = frame.stack.removeLast()
                        let l = frame.stack.removeLast()
                        let v = try compareValue(Int(ins.arg), l, r)
                        frame.ip += 1
                        if !(try isTrue(v)) { frame.ip = Int(frame.program[frame.ip - 1].arg) }
                    case .forIterStoreFast:
                        // The builtin iterators' path; any other iterator runs the plain
                        // FOR_ITER (the STORE_FAST after it then runs on its own).
                        guard case .object(let o) = frame.stack[frame.stack.count - 1], let builtin = o as? PyIterator else {
                            if let pushed = try forIter(frame, exit: Int(ins.arg), fiber: fiber) { frame = pushed }
                            continue
                        }
                        if let next = try advance(builtin) {
                            let slot = Int(frame.program[frame.ip].arg)
                            frame.ip += 1
                            frame.stack[slot] = next
                            frame.locals[slot] = true
                        } else {
                            frame.stack.removeLast()
                            frame.ip = Int(ins.arg)
                        }
                    case .jumpForIter:
                        // The loop's back edge runs the builtin iterators' FOR_ITER here.
                        let head = Int(ins.arg)
                        frame.ip = head + 1
                        guard case .object(let o) = frame.stack[frame.stack.count - 1], let builtin = o as? PyIterator else {
                            if let pushed = try forIter(frame, exit: Int(frame.program[head].arg), fiber: fiber) { frame = pushed }
                            continue
                        }
                        if let next = try advance(builtin) {
                            frame.stack.append(next)
                        } else {
                            frame.stack.removeLast()
                            frame.ip = Int(frame.program[head].arg)
                        }
                    case .unaryOp:
                        let v = frame.stack.removeLast()
                        frame.stack.append(try unaryOp(Int(ins.arg), v))
                    case .compareOp:
                        let r = frame.stack.removeLast()
                        let l = frame.stack.removeLast()
                        frame.stack.append(try compareValue(Int(ins.arg), l, r))
                    case .isOp:
                        let r = frame.stack.removeLast()
                        let l = frame.stack.removeLast()
                        frame.stack.append(.bool(l.isSame(r) != (ins.arg == 1)))
                    case .containsOp:
                        let container = frame.stack.removeLast()
                        let item = frame.stack.removeLast()
                        frame.stack.append(.bool(try contains(container, item) != (ins.arg == 1)))
                    case .buildTuple:
                        let n = Int(ins.arg)
                        let items = Array(frame.stack[(frame.stack.count - n)...])
                        frame.stack.removeLast(n)
                        frame.stack.append(.object(PyTuple(items)))
                    case .buildList:
                        let n = Int(ins.arg)
                        let items = Array(frame.stack[(frame.stack.count - n)...])
                        frame.stack.removeLast(n)
                        frame.stack.append(.object(PyList(items)))
                    case .buildSet:
                        let n = Int(ins.arg)
                        let set = PySet()
                        for v in frame.stack[(frame.stack.count - n)...] { try setInsert(set, v) }
                        frame.stack.removeLast(n)
                        frame.stack.append(.object(set))
                    case .buildMap:
                        let n = Int(ins.arg)
                        let dict = PyDict()
                        var i = frame.stack.count - 2 * n
                        while i < frame.stack.count {
                            try dictSet(dict, frame.stack[i], frame.stack[i + 1])
                            i += 2
                        }
                        frame.stack.removeLast(2 * n)
                        frame.stack.append(.object(dict))
                    case .buildString:
                        let n = Int(ins.arg)
                        var s = ""
                        for v in frame.stack[(frame.stack.count - n)...] { s += v.stringValue ?? "" }
                        frame.stack.removeLast(n)
                        frame.stack.append(.str(s))
                    case .listAppend:
                        let v = frame.stack.removeLast()
                        (frame.stack[frame.stack.count - Int(ins.arg)].asObject as! PyList).items.append(v)
                    case .setAdd:
                        let v = frame.stack.removeLast()
                        try setInsert(frame.stack[frame.stack.count - Int(ins.arg)].asObject as! PySet, v)
                    case .mapAdd:
                        let v = frame.stack.removeLast()
                        let k = frame.stack.removeLast()
                        try dictSet(frame.stack[frame.stack.count - Int(ins.arg)].asObject as! PyDict, k, v)
                    case .listExtend:
                        let iterable = frame.stack.removeLast()
                        let list = frame.stack[frame.stack.count - Int(ins.arg)].asObject as! PyList
                        list.items.append(contentsOf: try collect(iterable))
                    case .setUpdate:
                        let iterable = frame.stack.removeLast()
                        let set = frame.stack[frame.stack.count - Int(ins.arg)].asObject as! PySet
                        try setUpdate(set, iterable)
                    case .dictUpdate:
                        let other = frame.stack.removeLast()
                        let dict = frame.stack[frame.stack.count - Int(ins.arg)].asObject as! PyDict
                        try dictUpdate(dict, other)
                    case .dictMerge:
                        let other = frame.stack.removeLast()
                        let dict = frame.stack[frame.stack.count - Int(ins.arg)].asObject as! PyDict
                        try dictMerge(dict, other, callee: frame.stack[frame.stack.count - Int(ins.arg) - 2])
                    case .listToTuple:
                        let list = frame.stack.removeLast().asObject as! PyList
                        frame.stack.append(.object(PyTuple(list.items)))
                    case .formatValue:
                        let spec: Value = ins.arg & 4 != 0 ? frame.stack.removeLast() : .str("")
                        var v = frame.stack.removeLast()
                        switch ins.arg & 3 {
                        case 1: v = .str(try str(v))
                        case 2: v = .str(try repr(v))
                        case 3: v = .str(ascii(try repr(v)))
                        default: break
                        }
                        frame.stack.append(.str(try format(v, spec: spec.stringValue ?? "")))
                    case .unpackSequence:
                        let seq = frame.stack.removeLast()
                        let items = try unpack(seq, count: Int(ins.arg))
                        frame.stack.append(contentsOf: items.reversed())
                    case .unpackEx:
                        let seq = frame.stack.removeLast()
                        let before = Int(ins.arg & 0xff), after = Int(ins.arg >> 8)
                        let items = try collect(seq)
                        guard items.count >= before + after else {
                            throw valueError("not enough values to unpack (expected at least \(before + after), got \(items.count))")
                        }
                        var out: [Value] = Array(items[..<before])
                        out.append(.object(PyList(Array(items[before..<(items.count - after)]))))
                        out.append(contentsOf: items[(items.count - after)...])
                        frame.stack.append(contentsOf: out.reversed())
                    case .jump:
                        frame.ip = Int(ins.arg)
                    case .popJumpIfFalse:
                        if !(try isTrue(frame.stack.removeLast())) { frame.ip = Int(ins.arg) }
                    case .popJumpIfTrue:
                        if try isTrue(frame.stack.removeLast()) { frame.ip = Int(ins.arg) }
                    case .jumpIfFalseOrPop:
                        if !(try truthy(frame.stack[frame.stack.count - 1])) { frame.ip = Int(ins.arg) } else { frame.stack.removeLast() }
                    case .jumpIfTrueOrPop:
                        if try truthy(frame.stack[frame.stack.count - 1]) { frame.ip = Int(ins.arg) } else { frame.stack.removeLast() }
                    case .getIter:
                        let v = frame.stack.removeLast()
                        frame.stack.append(try iterator(v))
                    case .forIter:
                        if let pushed = try forIter(frame, exit: Int(ins.arg), fiber: fiber) { frame = pushed }
                    case .call, .callKw, .callMethod, .callMethodKw, .callEx:
                        if ins.op == .call || ins.op == .callMethod, let pushed = try pushPositionalCall(ins, frame, fiber) {
                            frame = pushed
                            continue
                        }
                        let (callee, args, kwargs) = try popCall(ins, frame)
                        if let r = try invoke(callee, args, kwargs, mode: .normal, fiber: fiber, pushOnCaller: true) {
                            frame.stack.append(r)
                            if let payload = pendingSuspension {
                                pendingSuspension = nil
                                return .suspended(payload)
                            }
                        } else {
                            frame = fiber.frames[fiber.frames.count - 1]
                        }
                    case .makeFunction:
                        frame.stack.append(try makeFunction(ins.arg, frame))
                    case .makeClass:
                        if try makeClass(ins.arg, frame, fiber) { frame = fiber.frames[fiber.frames.count - 1] }
                    case .returnValue:
                        let v = frame.stack.removeLast()
                        fiber.frames.removeLast()
                        if let done = try finishFrame(frame, returning: v, fiber: fiber, stopDepth: stopDepth) { return done }
                        // `frame` itself is never passed inout: that would keep the loop's
                        // most used variable in memory.
                        let finished = frame
                        frame = fiber.frames[fiber.frames.count - 1]
                        recycle(finished)
                    case .raise:
                        try raise(ins.arg, frame, fiber)
                    case .reraise:
                        let exc = frame.stack.removeLast()
                        guard case .object(let o) = exc, let e = o as? PyBaseException else {
                            throw VMFatal.internalError("RERAISE of a non-exception")
                        }
                        throw Reraise(exception: e)
                    case .pushExcInfo:
                        let exc = frame.stack.removeLast()
                        frame.stack.append(fiber.handled.map { .object($0) } ?? .none)
                        frame.stack.append(exc)
                        fiber.handled = exc.asObject as? PyBaseException
                    case .popExcept:
                        let prev = frame.stack.removeLast()
                        fiber.handled = prev.asObject as? PyBaseException
                    case .checkExcMatch:
                        let type = frame.stack.removeLast()
                        let exc = frame.stack[frame.stack.count - 1]
                        frame.stack.append(.bool(try exceptionMatches(exc, type)))
                    case .withExceptStart:
                        let n = frame.stack.count
                        let exc = frame.stack[n - 1]
                        let exit = frame.stack[n - 3]
                        let args: [Value] = [.object(exc.type), exc, .none]
                        if let r = try invoke(exit, args, [], mode: .normal, fiber: fiber, pushOnCaller: true) {
                            frame.stack.append(r)
                        } else {
                            frame = fiber.frames[fiber.frames.count - 1]
                        }
                    case .loadAssertionError:
                        frame.stack.append(.object(Builtins.assertionError))
                    case .yieldValue:
                        let v = frame.stack.removeLast()
                        if let done = try yieldOut(v, from: frame, fiber: fiber, stopDepth: stopDepth) { return done }
                        frame = fiber.frames[fiber.frames.count - 1]
                    case .getYieldFromIter:
                        let v = frame.stack.removeLast()
                        if case .object(let o) = v, o is PyGenerator, o.type !== Builtins.asyncGeneratorType {
                            frame.stack.append(v)
                        } else {
                            frame.stack.append(try iterator(v))
                        }
                    case .yieldFrom:
                        if let done = try yieldFrom(frame, fiber: fiber, stopDepth: stopDepth) { return done }
                        frame = fiber.frames[fiber.frames.count - 1]
                    case .getAwaitable:
                        try checkAwaitable(frame.stack[frame.stack.count - 1])
                    case .await:
                        let awaitable = frame.stack[frame.stack.count - 1]
                        if case .object(let o) = awaitable, let coro = o as? PyGenerator {
                            frame.ip -= 1
                            _ = try startGenerator(coro, send: .none, mode: .delegate, fiber: fiber)
                            frame = fiber.frames[fiber.frames.count - 1]
                        } else if case .object(let o) = awaitable, let op = o as? AsyncGeneratorOp {
                            if let v = try op.start(vm: self, awaiting: frame, fiber: fiber) {
                                frame.stack.removeLast()
                                frame.stack.append(v)
                            } else {
                                frame = fiber.frames[fiber.frames.count - 1]
                            }
                        } else if case .object(let o) = awaitable, let native = o as? NativeAwaitable {
                            frame.stack.removeLast()
                            switch try native.awaitStep(vm: self) {
                            case .value(let v):
                                frame.stack.append(v)
                            case .suspend(let payload):
                                frame.stack.append(.none)
                                if fiber.nativeDepth > 0 {
                                    throw runtimeError("cannot await inside a function called from a builtin")
                                }
                                if native.continuesAfterSuspension { fiber.suspendedAwait = native }
                                return .suspended(payload)
                            }
                        } else {
                            throw typeError("object \(awaitable.typeName) can't be used in 'await' expression")
                        }
                    case .getAIter:
                        let v = frame.stack.removeLast()
                        guard let m = v.type.lookup("__aiter__") else {
                            throw typeError("'async for' requires an object with __aiter__ method, got \(v.typeName)")
                        }
                        frame.stack.append(try call(bind(m, to: v, type: v.type), []))
                    case .getANext:
                        let it = frame.stack[frame.stack.count - 1]
                        guard let m = it.type.lookup("__anext__") else {
                            throw typeError("'async for' requires an iterator with __anext__ method, got \(it.typeName)")
                        }
                        frame.stack.append(try call(bind(m, to: it, type: it.type), []))
                    case .endAsyncFor:
                        let exc = frame.stack.removeLast()
                        guard case .object(let o) = exc, let e = o as? PyBaseException else {
                            throw VMFatal.internalError("END_ASYNC_FOR without an exception")
                        }
                        if !e.type.isSubtype(of: Builtins.stopAsyncIteration) { throw Reraise(exception: e) }
                        frame.stack.removeLast()
                    case .importName:
                        let name = frame.code.object.names[Int(ins.arg & 0xfffff)]
                        frame.stack.append(.object(try importModule(name, leaf: ins.arg & (1 << 20) != 0)))
                    case .importFrom:
                        let module = frame.stack[frame.stack.count - 1]
                        frame.stack.append(try importFrom(module, frame.code.object.names[Int(ins.arg)]))
                    case .importStar:
                        let module = frame.stack.removeLast()
                        if case .object(let o) = module, let m = o as? PyModule {
                            for (name, value) in m.globals.defined where !name.hasPrefix("_") { frame.globals.set(name, value) }
                        }
                    case .matchSequence:
                        frame.stack.append(.bool(matchesSequencePattern(frame.stack[frame.stack.count - 1])))
                    case .matchMapping:
                        frame.stack.append(.bool(matchesMappingPattern(frame.stack[frame.stack.count - 1])))
                    case .getLen:
                        frame.stack.append(.int(try length(frame.stack[frame.stack.count - 1])))
                    case .matchKeys:
                        let n = frame.stack.count
                        frame.stack.append(try matchKeys(frame.stack[n - 2], frame.stack[n - 1]))
                    case .copyDictWithoutKeys:
                        let keys = frame.stack.removeLast()
                        let subject = frame.stack.removeLast()
                        frame.stack.append(try copyDictWithoutKeys(subject, keys))
                    case .matchClass:
                        let names = frame.stack.removeLast()
                        let cls = frame.stack.removeLast()
                        let subject = frame.stack.removeLast()
                        frame.stack.append(try matchClass(subject, cls, names, positional: Int(ins.arg)))
                    case .checkEgMatch:
                        let type = frame.stack.removeLast()
                        let exc = frame.stack.removeLast()
                        let (rest, match) = try exceptStarMatch(exc, type)
                        if case .object(let m) = match { fiber.handled = m as? PyBaseException }
                        frame.stack.append(rest)
                        frame.stack.append(match)
                    case .prepReraiseStar:
                        let raised = frame.stack.removeLast()
                        let orig = frame.stack.removeLast()
                        frame.stack.append(try prepareReraiseStar(orig, (raised.asObject as? PyList)?.items ?? []))
                    case .setupAnnotations, .printExpr:
                        break
                    }
                }
            } catch let e as PyError {
                try unwind(fiber, e, startDepth: stopDepth, addCurrentFrame: true)
                frame = fiber.frames[fiber.frames.count - 1]
            } catch let r as Reraise {
                try unwind(fiber, PyError(r.exception), startDepth: stopDepth, addCurrentFrame: false)
                frame = fiber.frames[fiber.frames.count - 1]
            }
        }
    }

    /// FOR_ITER: pushes the iterator's next item, or pops it and jumps to `exit`. A generator
    /// or a Python `__next__` runs as a frame of its own (it may block or suspend), which
    /// is returned for the loop to run.
    private func forIter(_ frame: Frame, exit: Int, fiber: Fiber) throws -> Frame? {
        let it = frame.stack[frame.stack.count - 1]
        if case .object(let o) = it, let builtin = o as? PyIterator {
            if let next = try advance(builtin) {
                frame.stack.append(next)
            } else {
                frame.stack.removeLast()
                frame.ip = exit
            }
        } else if case .object(let o) = it, let gen = o as? PyGenerator {
            if try startGenerator(gen, send: .none, mode: .forIter(exit: exit), fiber: fiber) {
                return fiber.frames[fiber.frames.count - 1]
            }
            frame.stack.removeLast()
            frame.ip = exit
        } else if case .object(let o) = it, !(o is PyIterator),
                  let nextFn = o.type.lookup("__next__")?.asObject as? PyFunction {
            let nextFrame = try bindArguments(nextFn, [it], [])
            nextFrame.mode = .forIterNext(exit: exit)
            try pushFrame(nextFrame, on: fiber)
            return nextFrame
        } else if let next = try nextItem(it) {
            frame.stack.append(next)
        } else {
            frame.stack.removeLast()
            frame.ip = exit
        }
        return nil
    }

    /// LOAD_METHOD of the instruction before `frame.ip`: pushes the method and its receiver
    /// (or the null marker when the method is a plain attribute).
    @inline(__always)
    private func pushMethod(_ frame: Frame, of obj: Value, name: Int) throws {
        let (method, receiver) = try loadMethod(obj, frame.code, frame.ip - 1, name)
        frame.stack.append(method)
        frame.stack.append(receiver ?? .object(NullMarker.shared))
    }

    /// The value in local slot `slot`, or UnboundLocalError.
    @inline(__always)
    private func local(_ frame: Frame, _ slot: Int) throws -> Value {
        guard frame.locals[slot] else { throw unboundLocal(frame, slot) }
        return frame.stack[slot]
    }

    @inline(never)
    private func unboundLocal(_ frame: Frame, _ slot: Int) -> PyError {
        exception(Builtins.unboundLocalError,
                  "cannot access local variable '\(frame.code.object.localNames[slot])' where it is not associated with a value")
    }

    private func unboundCell(_ frame: Frame, _ index: Int) -> PyError {
        let names = frame.code.object.cellNames + frame.code.object.freeNames
        let name = names[index]
        if index < frame.code.object.cellNames.count {
            return exception(Builtins.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
        }
        return exception(Builtins.nameError, "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }

    /// Pops a call's operands according to the call instruction's shape.
    private func popCall(_ ins: Instruction, _ frame: Frame) throws -> (Value, [Value], [(String, Value)]) {
        switch ins.op {
        case .call, .callMethod:
            let n = Int(ins.arg)
            let top = frame.stack.count
            if ins.op == .callMethod {
                // [method, receiver or NULL, args...]: the receiver (if any) becomes the first argument.
                let receiver = frame.stack[top - n - 1]
                let hasReceiver: Bool
                if case .object(let o) = receiver, o === NullMarker.shared { hasReceiver = false } else { hasReceiver = true }
                var args: [Value] = []
                args.reserveCapacity(n + 1)
                if hasReceiver { args.append(receiver) }
                for i in (top - n)..<top { args.append(frame.stack[i]) }
                let method = frame.stack[top - n - 2]
                frame.stack.removeLast(n + 2)
                return (method, args, [])
            }
            let args = frame.stack[(top - n)...]
            frame.stack.removeLast(n)
            return (frame.stack.removeLast(), args, [])
        case .callKw, .callMethodKw:
            let names = (frame.stack.removeLast().asObject as! PyTuple).items.map { $0.stringValue! }
            let n = Int(ins.arg)
            let all = Array(frame.stack[(frame.stack.count - n)...])
            frame.stack.removeLast(n)
            var args = Array(all[..<(n - names.count)])
            let kwargs = Array(zip(names, all[(n - names.count)...]))
            if ins.op == .callMethodKw {
                let receiver = frame.stack.removeLast()
                let method = frame.stack.removeLast()
                if case .object(let o) = receiver, o === NullMarker.shared { return (method, args, kwargs) }
                args.insert(receiver, at: 0)
                return (method, args, kwargs)
            }
            return (frame.stack.removeLast(), args, kwargs)
        default:
            var kwargs: [(String, Value)] = []
            if ins.arg & 1 != 0, case .object(let o) = frame.stack.removeLast(), let d = o as? PyDict {
                for (k, v) in d.storage {
                    guard let name = k.value.stringValue else { throw typeError("keywords must be strings") }
                    kwargs.append((name, v))
                }
            }
            let args = (frame.stack.removeLast().asObject as! PyTuple).items
            return (frame.stack.removeLast(), args, kwargs)
        }
    }
}

/// RERAISE: re-raises an exception without adding a traceback entry for the current line.
struct Reraise: Error, @unchecked Sendable {
    let exception: PyBaseException
}
