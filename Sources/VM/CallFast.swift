import Language

extension VM {
    /// CALL / CALL_METHOD of a plain Python function with positional arguments only: the
    /// arguments move straight from the caller's stack into the new frame's parameter slots
    /// (no argument array, no bound method). Returns the pushed frame, or nil when the call
    /// needs the general path (keywords, *args, generators, natives, classes, ...).
    @inline(__always)
    func pushPositionalCall(_ ins: Instruction, _ frame: Frame, _ fiber: Fiber) throws -> Frame? {
        let n = Int(ins.arg)
        let top = frame.stack.count
        let function: Value
        let total: Int
        if ins.op == .callMethod {
            let receiver = frame.stack[top - n - 1]
            function = frame.stack[top - n - 2]
            if case .object(let r) = receiver, r === NullMarker.shared { total = n } else { total = n + 1 }
        } else {
            function = frame.stack[top - n - 1]
            total = n
        }
        guard case .object(let o) = function, let f = o as? PyFunction else { return nil }
        let co = f.code.object
        let argc = co.argCount
        guard !co.isGenerator && !co.isCoroutine && !co.hasVarArgs && !co.hasVarKeywords && co.kwOnlyCount == 0,
              total <= argc, total >= argc - f.defaults.count else { return nil }
        if fiber.frames.count >= recursionLimit {
            throw exception(Builtins.recursionError, "maximum recursion depth exceeded")
        }
        let callee = makeFrame(code: f.code, function: f, globals: f.globals)
        let first = top - total
        for i in 0..<total {
            callee.stack[i] = frame.stack[first + i]
            callee.locals[i] = true
        }
        if total < argc {
            let firstDefault = argc - f.defaults.count
            for i in total..<argc {
                callee.stack[i] = f.defaults[i - firstDefault]
                callee.locals[i] = true
            }
        }
        frame.stack.removeLast(ins.op == .callMethod ? n + 2 : n + 1)
        setUpCells(callee, f)
        fiber.frames.append(callee)
        return callee
    }

    /// A frame for a new activation, recycled when one is available.
    @inline(__always)
    func makeFrame(code: Code, function: PyFunction?, globals: Globals) -> Frame {
        if !code.spareFrames.isEmpty {
            let frame = code.spareFrames.removeLast()
            if frame.globals === globals {
                frame.reuse(function: function)
                return frame
            }
        }
        return Frame(code: code, function: function, globals: globals)
    }

    /// Keeps a returned frame for reuse by the next call of the same code, when nothing
    /// else (a generator, a traceback) holds it.
    @inline(never)
    func recycle(_ finished: consuming Frame) {
        var frame = finished
        guard frame.code.spareFrames.count < 4, isKnownUniquelyReferenced(&frame) else { return }
        frame.clear()
        frame.code.spareFrames.append(frame)
    }
}
