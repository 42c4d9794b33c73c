/// Async generators (`async def` with `yield`). The generator's frame runs on the fiber of
/// whoever awaits one of its operations — `__anext__`/`asend` (resume), `athrow` (raise at
/// the paused `yield`), `aclose` (raise GeneratorExit) — so an `await` inside the generator
/// suspends that fiber like any coroutine. Each operation is an `AsyncGeneratorOp`
/// awaitable; the generator's next `yield`, `return` or exception completes the await.
public final class AsyncGeneratorOp: PyObject {
    enum Kind {
        case send(Value)
        case throwing(PyBaseException)
        case close
    }

    let generator: PyGenerator
    let kind: Kind
    /// `anext(agen, default)`: the result instead of StopAsyncIteration.
    let defaultValue: Value?
    private var used = false

    init(_ generator: PyGenerator, _ kind: Kind, defaultValue: Value? = nil) {
        self.generator = generator
        self.kind = kind
        self.defaultValue = defaultValue
        if case .send = kind {
            super.init(type: Builtins.asyncGeneratorSendType)
        } else {
            super.init(type: Builtins.asyncGeneratorThrowType)
        }
    }

    private var operationName: String {
        switch kind {
        case .send: "anext"
        case .throwing: "athrow"
        case .close: "aclose"
        }
    }

    /// AWAIT of this operation. Returns the result at once, or nil after pushing the
    /// generator's frame (the awaiting frame waits on its AWAIT instruction).
    func start(vm: VM, awaiting frame: Frame, fiber: Fiber) throws -> Value? {
        if used {
            if case .send = kind { throw vm.runtimeError("cannot reuse already awaited __anext__()/asend()") }
            throw vm.runtimeError("cannot reuse already awaited aclose()/athrow()")
        }
        used = true
        let g = generator
        if g.state == .running {
            throw vm.runtimeError("\(operationName)(): asynchronous generator is already running")
        }
        switch kind {
        case .send(let value):
            if g.state == .finished { return try exhausted(vm) }
            if g.state == .created && !value.isNone {
                throw vm.typeError("can't send non-None value to a just-started async generator")
            }
            frame.ip -= 1
            try vm.startGenerator(g, send: value, mode: .asyncGenerator(self), fiber: fiber)
            return nil
        case .close, .throwing:
            // CPython 3.11: a finished generator gives None; one whose aclose() already ran
            // (and yielded instead of closing) gives StopAsyncIteration.
            if g.state == .finished { return Value.none }
            if g.closeStarted { throw PyError(PyBaseException(type: Builtins.stopAsyncIteration, args: [])) }
            var exc = PyBaseException(type: Builtins.generatorExit, args: [])
            if case .throwing(let e) = kind { exc = e }
            if g.state == .created {
                g.state = .finished
                if case .close = kind { return Value.none }
                throw PyError(exc)
            }
            if case .close = kind { g.closeStarted = true }
            try raiseInside(exc, vm: vm, awaiting: frame, fiber: fiber)
            return nil
        }
    }

    private func raiseInside(_ exc: PyBaseException, vm: VM, awaiting frame: Frame, fiber: Fiber) throws {
        frame.ip -= 1
        generator.state = .running
        generator.frame.mode = .asyncGenerator(self)
        try vm.pushFrame(generator.frame, on: fiber)
        try vm.unwind(fiber, PyError(exc), startDepth: fiber.frames.count - 1)
    }

    private func exhausted(_ vm: VM) throws -> Value {
        if let defaultValue { return defaultValue }
        throw PyError(PyBaseException(type: Builtins.stopAsyncIteration, args: []))
    }

    /// The generator yielded `value` (its frame is already off the fiber).
    func yielded(_ value: Value, vm: VM, fiber: Fiber) throws {
        generator.frame.mode = .normal
        if case .close = kind {
            fiber.frames[fiber.frames.count - 1].ip += 1
            throw vm.runtimeError("async generator ignored GeneratorExit")
        }
        vm.completeAwait(fiber, with: value)
    }

    /// The generator returned: the end of the iteration.
    func finished(vm: VM, fiber: Fiber) throws {
        generator.frame.mode = .normal
        if case .close = kind {
            vm.completeAwait(fiber, with: .none)
            return
        }
        if let defaultValue {
            vm.completeAwait(fiber, with: defaultValue)
            return
        }
        fiber.frames[fiber.frames.count - 1].ip += 1
        throw PyError(PyBaseException(type: Builtins.stopAsyncIteration, args: []))
    }

    enum RaiseOutcome {
        case propagate
        case replace(PyBaseException)
        /// The await completed normally (aclose() saw GeneratorExit or StopAsyncIteration).
        case completed
    }

    /// An exception left the generator's frame.
    func raised(_ exc: PyBaseException, vm: VM, fiber: Fiber) -> RaiseOutcome {
        generator.frame.mode = .normal
        let isStopAsync = exc.type.isSubtype(of: Builtins.stopAsyncIteration)
        if case .close = kind, isStopAsync || exc.type.isSubtype(of: Builtins.generatorExit) {
            vm.completeAwait(fiber, with: .none)
            return .completed
        }
        if isStopAsync || exc.type.isSubtype(of: Builtins.stopIteration) {
            let name = isStopAsync ? "StopAsyncIteration" : "StopIteration"
            let wrapped = PyBaseException(type: Builtins.runtimeError, args: [.str("async generator raised \(name)")])
            wrapped.cause = exc
            wrapped.suppressContext = true
            wrapped.traceback = exc.traceback
            return .replace(wrapped)
        }
        return .propagate
    }
}

extension Builtins {
    nonisolated(unsafe) public static let asyncGeneratorSendType = PyType(
        name: "async_generator_asend", bases: [objectType], layout: .native, isBuiltin: true)
    nonisolated(unsafe) public static let asyncGeneratorThrowType = PyType(
        name: "async_generator_athrow", bases: [objectType], layout: .native, isBuiltin: true)

    static func installAsyncGeneratorMethods() {
        func generator(_ vm: VM, _ v: Value) throws -> PyGenerator {
            guard case .object(let o) = v, let g = o as? PyGenerator, g.isAsyncGenerator else {
                throw vm.typeError("descriptor requires an 'async_generator' object but received '\(v.typeName)'")
            }
            vm.initializeHooks(g)
            return g
        }
        method(asyncGeneratorType, "__aiter__") { _, a in a[0] }
        method(asyncGeneratorType, "__anext__") { vm, a in
            .object(AsyncGeneratorOp(try generator(vm, a[0]), .send(.none)))
        }
        method(asyncGeneratorType, "asend") { vm, a in
            try a.expect("asend", 2)
            return .object(AsyncGeneratorOp(try generator(vm, a[0]), .send(a[1])))
        }
        method(asyncGeneratorType, "athrow") { vm, a in
            try a.expect("athrow", 2, 4)
            var exc = try vm.makeException(a[1])
            if a.count > 2, !a[2].isNone, case .object(let o) = a[1], o is PyType {
                exc = try vm.makeException(try vm.call(a[1], [a[2]]))
            }
            return .object(AsyncGeneratorOp(try generator(vm, a[0]), .throwing(exc)))
        }
        method(asyncGeneratorType, "aclose") { vm, a in
            .object(AsyncGeneratorOp(try generator(vm, a[0]), .close))
        }
    }
}

extension VM {
    /// The first operation on an async generator reports it to the running loop's hook.
    func initializeHooks(_ g: PyGenerator) {
        guard !g.hooksInitialized else { return }
        g.hooksInitialized = true
        g.finalizer = asyncGeneratorFirstIter?(g)
    }

    /// `aiter(obj)`.
    func asyncIterator(_ v: Value) throws -> Value {
        guard let m = v.type.lookup("__aiter__") else { throw typeError("'\(v.typeName)' object is not an async iterable") }
        return try call(try bind(m, to: v, type: v.type), [])
    }

    /// `anext(iterator[, default])`.
    func asyncNext(_ it: Value, default defaultValue: Value?) throws -> Value {
        if case .object(let o) = it, let g = o as? PyGenerator, g.isAsyncGenerator {
            initializeHooks(g)
            return .object(AsyncGeneratorOp(g, .send(.none), defaultValue: defaultValue))
        }
        guard let m = it.type.lookup("__anext__") else { throw typeError("'\(it.typeName)' object is not an async iterator") }
        if defaultValue != nil {
            throw typeError("anext() with a default for a '\(it.typeName)' object is not supported by loopscope (only for async generators)")
        }
        return try call(try bind(m, to: it, type: it.type), [])
    }
}
