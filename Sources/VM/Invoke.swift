import Language

extension VM {
    /// Calls `callee`. Python functions get a new frame pushed on `fiber` (the result arrives
    /// when it returns, and nil is returned here); everything else returns its result.
    func invoke(_ callee: Value, _ args: [Value], _ kwargs: [(String, Value)], mode: ReturnMode,
                fiber: Fiber, pushOnCaller: Bool) throws -> Value? {
        guard case .object(let o) = callee else { throw typeError("'\(callee.typeName)' object is not callable") }
        if let f = o as? PyFunction {
            let frame = try bindArguments(f, args, kwargs)
            if f.code.object.isGenerator || f.code.object.isCoroutine {
                let isAsyncGenerator = f.code.object.isGenerator && f.code.object.isCoroutine
                let isCoroutine = f.code.object.isCoroutine && !isAsyncGenerator
                return .object(PyGenerator(frame: frame, isCoroutine: isCoroutine, isAsyncGenerator: isAsyncGenerator,
                                           creationLocation: isCoroutine ? fiber.location(inFile: filename) : nil))
            }
            frame.mode = mode
            try pushFrame(frame, on: fiber)
            return nil
        }
        if let n = o as? PyNativeFunction {
            var a: Arguments
            if let r = n.receiver {
                a = Arguments([r] + args, keywords: kwargs)
            } else {
                a = Arguments(args, keywords: kwargs)
            }
            return try n.body(self, &a)
        }
        if let m = o as? PyBoundMethod {
            return try invoke(m.function, [m.receiver] + args, kwargs, mode: mode, fiber: fiber, pushOnCaller: pushOnCaller)
        }
        if let t = o as? PyType {
            if t.type !== metatype, let call = t.type.lookup("__call__"), !(call.asObject is PyNativeFunction) {
                return try invoke(call, [callee] + args, kwargs, mode: mode, fiber: fiber, pushOnCaller: pushOnCaller)
            }
            return try instantiate(t, args, kwargs, mode: mode, fiber: fiber)
        }
        if let call = o.type.lookup("__call__") {
            return try invoke(call, [callee] + args, kwargs, mode: mode, fiber: fiber, pushOnCaller: pushOnCaller)
        }
        throw typeError("'\(callee.typeName)' object is not callable")
    }

    func pushFrame(_ frame: Frame, on fiber: Fiber) throws {
        if fiber.frames.count >= recursionLimit {
            throw exception(Builtins.recursionError, "maximum recursion depth exceeded")
        }
        fiber.frames.append(frame)
    }

    /// Creates an instance: builtin types construct directly; user classes build the object
    /// and run `__init__` (in a new frame when it is Python code).
    func instantiate(_ t: PyType, _ args: [Value], _ kwargs: [(String, Value)], mode: ReturnMode,
                             fiber: Fiber) throws -> Value? {
        if t.isBuiltin {
            guard let ctor = t.constructor else { throw typeError("cannot create '\(t.name)' instances") }
            var a = Arguments(args, keywords: kwargs)
            return try ctor(self, t, &a)
        }
        let solid = t.solidBase
        let (initFn, newFn) = t.constructionHooks
        let pythonInit: PyFunction? = {
            if case .object(let o)? = initFn { return o as? PyFunction }
            return nil
        }()
        var instance: Value
        if let new = newFn, !(new.asObject is PyNativeFunction) {
            instance = try call(unwrapStatic(new), [.object(t)] + args, keywords: kwargs)
            guard instance.type.isSubtype(of: t) else { return instance }
        } else {
            guard let ctor = solid.constructor else { throw typeError("cannot create '\(t.name)' instances") }
            // Exceptions keep their arguments as `args`; other bases get them only when no
            // Python __init__ will receive them.
            let passArgs = solid.isException || solid === Builtins.typeType || (pythonInit == nil && solid !== Builtins.objectType)
            var a = passArgs ? Arguments(args, keywords: kwargs) : Arguments([])
            instance = try ctor(self, t, &a)
            if pythonInit == nil {
                if solid === Builtins.objectType && (!args.isEmpty || !kwargs.isEmpty) {
                    throw typeError("\(t.name)() takes no arguments")
                }
                return instance
            }
        }
        guard let f = pythonInit else { return instance }
        let frame = try bindArguments(f, [instance] + args, kwargs)
        if case .native = mode {
            frame.mode = .native
            try pushFrame(frame, on: fiber)
            fiber.nativeDepth += 1
            defer { fiber.nativeDepth -= 1 }
            _ = try execute(fiber, stopDepth: fiber.frames.count - 1)
            return instance
        }
        frame.mode = .initialize(instance)
        try pushFrame(frame, on: fiber)
        return nil
    }

    private func unwrapStatic(_ v: Value) -> Value {
        if case .object(let o) = v, let d = o as? PyDescriptor, d.kind == .staticMethod { return d.function }
        return v
    }

    /// Binds call arguments to a new frame's parameter slots with CPython's error messages.
    func bindArguments(_ f: PyFunction, _ args: [Value], _ kwargs: [(String, Value)]) throws -> Frame {
        let co = f.code.object
        let frame = makeFrame(code: f.code, function: f, globals: f.globals)
        let argc = co.argCount
        // Fast path: exact positional call.
        if kwargs.isEmpty && args.count == argc && !co.hasVarArgs && !co.hasVarKeywords && co.kwOnlyCount == 0 {
            for i in 0..<argc {
                frame.stack[i] = args[i]
                frame.locals[i] = true
            }
            setUpCells(frame, f)
            return frame
        }
        let name = co.qualname
        let names = co.localNames
        var bound = [Bool](repeating: false, count: co.parameterCount)
        func set(_ i: Int, _ v: Value) {
            frame.stack[i] = v
            frame.locals[i] = true
            bound[i] = true
        }
        let positionalTaken = min(args.count, argc)
        for i in 0..<positionalTaken { set(i, args[i]) }
        var slot = argc + co.kwOnlyCount
        if co.hasVarArgs {
            set(slot, .object(PyTuple(args.count > argc ? Array(args[argc...]) : [])))
            slot += 1
        } else if args.count > argc {
            let required = argc - f.defaults.count
            let takes: String
            if f.defaults.isEmpty {
                takes = "\(argc) positional argument\(argc == 1 ? "" : "s")"
            } else {
                takes = "from \(required) to \(argc) positional arguments"
            }
            let given = args.count
            throw typeError("\(name)() takes \(takes) but \(given) \(given == 1 ? "was" : "were") given")
        }
        var extra: PyDict?
        if co.hasVarKeywords {
            extra = PyDict()
            set(slot, .object(extra!))
        }
        var posOnlyAsKeyword: [String] = []
        for (k, v) in kwargs {
            if let i = names[..<(argc + co.kwOnlyCount)].firstIndex(of: k), i >= co.posOnlyCount {
                if bound[i] { throw typeError("\(name)() got multiple values for argument '\(k)'") }
                set(i, v)
            } else if let extra {
                extra[k] = v
            } else if names[..<co.posOnlyCount].contains(k) {
                posOnlyAsKeyword.append(k)
            } else {
                throw typeError("\(name)() got an unexpected keyword argument '\(k)'")
            }
        }
        if !posOnlyAsKeyword.isEmpty {
            throw typeError("\(name)() got some positional-only arguments passed as keyword arguments: '\(posOnlyAsKeyword.joined(separator: ", "))'")
        }
        // Defaults for missing positional parameters.
        let firstDefault = argc - f.defaults.count
        var missing: [String] = []
        for i in 0..<argc where !bound[i] {
            if i >= firstDefault { set(i, f.defaults[i - firstDefault]) } else { missing.append(names[i]) }
        }
        if !missing.isEmpty { throw missingArguments(name, missing, kind: "positional") }
        var missingKw: [String] = []
        for i in argc..<(argc + co.kwOnlyCount) where !bound[i] {
            if let d = f.kwDefaults[names[i]] { set(i, d) } else { missingKw.append(names[i]) }
        }
        if !missingKw.isEmpty { throw missingArguments(name, missingKw, kind: "keyword-only") }
        setUpCells(frame, f)
        return frame
    }

    private func missingArguments(_ fn: String, _ names: [String], kind: String) -> PyError {
        let quoted = names.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        return typeError("\(fn)() missing \(names.count) required \(kind) argument\(names.count == 1 ? "" : "s"): \(list)")
    }

    func setUpCells(_ frame: Frame, _ f: PyFunction) {
        let co = f.code.object
        guard f.code.cellCount > 0 else { return }
        if co.cellNames.isEmpty {
            // Only free variables: share the function's closure array (no copy).
            frame.cells = f.closure
            return
        }
        var cells: [PyCell] = []
        cells.reserveCapacity(f.code.cellCount)
        for i in 0..<co.cellNames.count {
            let p = Int(co.cellParamSlots[i])
            cells.append(PyCell(p >= 0 && frame.locals[p] ? frame.stack[p] : nil))
        }
        cells.append(contentsOf: f.closure)
        frame.cells = cells
    }

    /// MAKE_FUNCTION: pops code, closure, kwdefaults and defaults as the flags say.
    func makeFunction(_ flags: Int32, _ frame: Frame) throws -> Value {
        let codeValue = frame.stack.removeLast().asObject as! PyCodeValue
        var closure: [PyCell] = []
        if flags & 8 != 0 {
            closure = (frame.stack.removeLast().asObject as! PyTuple).items.map { $0.asObject as! PyCell }
        }
        let annotations = flags & 4 != 0 ? frame.stack.removeLast() : nil
        var kwDefaults: [String: Value] = [:]
        if flags & 2 != 0 {
            let d = frame.stack.removeLast().asObject as! PyDict
            for (k, v) in d.storage { kwDefaults[k.value.stringValue!] = v }
        }
        var defaults: [Value] = []
        if flags & 1 != 0 {
            defaults = (frame.stack.removeLast().asObject as! PyTuple).items
        }
        let fn = PyFunction(code: codeValue.code, globals: frame.globals, defaults: defaults,
                            kwDefaults: kwDefaults, closure: closure)
        if let annotations { fn.dict["__annotations__"] = annotations }
        return .object(fn)
    }

    /// MAKE_CLASS: runs the class body in a new frame whose names go to a fresh namespace;
    /// the class is created when that frame returns. Returns true when a frame was pushed.
    func makeClass(_ arg: Int32, _ frame: Frame, _ fiber: Fiber) throws -> Bool {
        var keywords: [(String, Value)] = []
        if arg & (1 << 16) != 0 {
            let d = frame.stack.removeLast().asObject as! PyDict
            keywords = d.storage.map { ($0.key.value.stringValue!, $0.value) }
        }
        let nbases = Int(arg & 0xffff)
        let bases = Array(frame.stack[(frame.stack.count - nbases)...])
        frame.stack.removeLast(nbases)
        let name = frame.stack.removeLast().stringValue!
        let body = frame.stack.removeLast().asObject as! PyFunction
        let bodyFrame = Frame(code: body.code, function: body, globals: body.globals)
        bodyFrame.namespace = try classNamespace(name: name, bases: bases, keywords: keywords)
        bodyFrame.cells = body.closure
        bodyFrame.mode = .classBody(name: name, bases: bases, keywords: keywords)
        try pushFrame(bodyFrame, on: fiber)
        return true
    }

    /// Gives `v` to the frame waiting at its AWAIT (its ip was moved back onto the AWAIT).
    func completeAwait(_ fiber: Fiber, with v: Value) {
        let caller = fiber.frames[fiber.frames.count - 1]
        caller.stack.removeLast()
        caller.stack.append(v)
        caller.ip += 1
    }

    /// Handles a frame's `return`: delivers the value according to how the frame was entered.
    /// Returns a result when the nested run ends.
    func finishFrame(_ frame: Frame, returning v: Value, fiber: Fiber, stopDepth: Int) throws -> ExecResult? {
        if let gen = frame.generator {
            gen.state = .finished
            // The finished generator keeps its frame (for its name and location) but not the
            // frame's locals, which CPython frees when a generator finishes.
            frame.releaseValues()
        }
        switch frame.mode {
        case .native:
            if fiber.frames.count <= stopDepth { return .returned(v) }
            throw VMFatal.internalError("native frame returned above the stop depth")
        case .normal, .forIterNext:
            fiber.frames[fiber.frames.count - 1].stack.append(v)
        case .initialize(let instance):
            guard v.isNone else { throw typeError("__init__() should return None, not '\(v.typeName)'") }
            fiber.frames[fiber.frames.count - 1].stack.append(instance)
        case .classBody(let name, let bases, let keywords):
            let module = frame.globals.get("__name__")?.stringValue ?? "__main__"
            let cls = try createClass(name: name, bases: bases, namespace: frame.namespace!, module: module, keywords: keywords)
            fiber.frames[fiber.frames.count - 1].stack.append(cls)
        case .forIter(let exit):
            let caller = fiber.frames[fiber.frames.count - 1]
            caller.stack.removeLast()
            caller.ip = exit
        case .send:
            throw PyError(PyBaseException(type: Builtins.stopIteration, args: v.isNone ? [] : [v]))
        case .delegate:
            completeAwait(fiber, with: v)
        case .asyncGenerator(let op):
            try op.finished(vm: self, fiber: fiber)
        }
        return nil
    }
}

extension PyType {
    /// Builtin types that cannot be subclassed.
    var isFinal: Bool {
        self === Builtins.boolType || self === Builtins.noneType || self === Builtins.rangeType
            || self === Builtins.sliceType || self === Builtins.functionType || self === Builtins.builtinFunctionType
    }
}
