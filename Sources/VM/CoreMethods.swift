/// Methods of `object`, exceptions, generators, functions and the standard streams.
extension Builtins {
    static func installMethods() {
        installCoreMethods()
        installTypeMethods()
        installStrMethods()
        installListMethods()
        installDictMethods()
        installSetMethods()
        installNumberMethods()
        installDequeMethods()
        installExceptionGroupMethods()
        installAsyncGeneratorMethods()
    }

    private static func installCoreMethods() {
        method(objectType, "__init__") { _, _ in .none }
        method(objectType, "__new__") { vm, a in
            guard a.count >= 1, case .object(let o) = a[0], let t = o as? PyType, let ctor = t.solidBase.constructor else {
                throw vm.typeError("object.__new__(X): X is not a type object")
            }
            // `tuple.__new__(cls, items)`, `int.__new__(cls, 3)`: builtin bases take the arguments.
            let passArgs = t.isException || t.solidBase !== objectType
            var rest = passArgs ? Arguments(Array(a.positional.dropFirst()), keywords: a.keywords) : Arguments([])
            return try ctor(vm, t, &rest)
        }
        method(objectType, "__setattr__") { vm, a in
            try a.expect("__setattr__", 3)
            try vm.setInstanceAttribute(a[0], try vm.string(a[1], "attribute name"), a[2])
            return .none
        }
        method(objectType, "__delattr__") { vm, a in
            try a.expect("__delattr__", 2)
            try vm.deleteInstanceAttribute(a[0], try vm.string(a[1], "attribute name"))
            return .none
        }
        method(objectType, "__getattribute__") { vm, a in
            try a.expect("__getattribute__", 2)
            return try vm.getAttribute(a[0], try vm.string(a[1], "attribute name"))
        }
        method(objectType, "__repr__") { vm, a in
            guard case .object(let o) = a[0] else { return .str(try vm.repr(a[0])) }
            let module = o.type.module == "builtins" ? "" : "\(o.type.module)."
            return .str("<\(module)\(o.type.qualname) object at \(vm.address(o))>")
        }
        method(objectType, "__str__") { vm, a in .str(try vm.repr(a[0])) }
        method(objectType, "__eq__") { _, a in a[0].isSame(a[1]) ? .bool(true) : .object(notImplemented) }
        method(objectType, "__ne__") { vm, a in .bool(!(try vm.equals(a[0], a[1]))) }
        method(objectType, "__hash__") { _, a in .int(pythonHash(a[0])) }
        method(objectType, "__format__") { vm, a in .str(try vm.format(a[0], spec: a.count > 1 ? a[1].stringValue ?? "" : "")) }

        // Exceptions
        method(baseException, "__init__") { _, a in
            if case .object(let o) = a[0], let e = o as? PyBaseException { e.args = Array(a.positional.dropFirst()) }
            return .none
        }
        method(baseException, "with_traceback") { _, a in a[0] }
        method(baseException, "add_note") { vm, a in
            try a.expect("add_note", 2)
            guard case .object(let o) = a[0], let e = o as? PyBaseException else { return .none }
            let notes = e.dict["__notes__"]?.asObject as? PyList ?? PyList()
            notes.items.append(a[1])
            e.dict["__notes__"] = .object(notes)
            return .none
        }

        // Generators
        method(generatorType, "send") { vm, a in
            try a.expect("send", 2)
            guard case .object(let o) = a[0], let g = o as? PyGenerator else { return .none }
            switch try vm.resumeGenerator(g, send: a[1]) {
            case .yielded(let v): return v
            case .returned(let v): throw PyError(PyBaseException(type: stopIteration, args: v.isNone ? [] : [v]))
            }
        }
        method(generatorType, "__next__") { vm, a in
            guard case .object(let o) = a[0], let g = o as? PyGenerator else { return .none }
            switch try vm.resumeGenerator(g, send: .none) {
            case .yielded(let v): return v
            case .returned(let v): throw PyError(PyBaseException(type: stopIteration, args: v.isNone ? [] : [v]))
            }
        }
        method(generatorType, "__iter__") { _, a in a[0] }
        method(generatorType, "close") { vm, a in
            guard case .object(let o) = a[0], let g = o as? PyGenerator else { return .none }
            try vm.closeGenerator(g)
            return .none
        }
        method(generatorType, "throw") { vm, a in
            guard a.count >= 2, case .object(let o) = a[0], let g = o as? PyGenerator else {
                throw vm.typeError("throw expected at least 1 argument, got 0")
            }
            // throw(type, value[, tb]): a value that is an instance of the type is thrown as is.
            var thrown = a[1]
            if a.count >= 3, !a[2].isNone {
                if case .object(let vo) = a[2], vo is PyBaseException { thrown = a[2] } else { thrown = try vm.call(a[1], [a[2]]) }
            }
            let exc = try vm.makeException(thrown)
            switch try vm.throwIntoGenerator(g, exc) {
            case .yielded(let v): return v
            case .returned(let v): throw PyError(PyBaseException(type: stopIteration, args: v.isNone ? [] : [v]))
            }
        }
        method(coroutineType, "close") { vm, a in
            guard case .object(let o) = a[0], let g = o as? PyGenerator else { return .none }
            g.wasAwaited = true
            try vm.closeGenerator(g)
            return .none
        }
        method(coroutineType, "send") { vm, _ in
            throw vm.typeError("driving a coroutine by hand with send() is not supported by loopscope; await it or wrap it in a task")
        }

        // Streams
        method(textIOType, "write") { vm, a in
            try a.expect("write", 2)
            guard case .object(let o) = a[0], let s = o as? PyStream else { return .none }
            guard let text = a[1].stringValue else { throw vm.typeError("write() argument must be str, not \(a[1].typeName)") }
            vm.output(s.stream, text)
            return .int(text.unicodeScalars.count)
        }
        method(textIOType, "flush") { _, _ in .none }

        // Functions: `__call__` lets decorators wrap anything; `__get__` binds explicitly.
        method(functionType, "__call__") { vm, a in
            try vm.call(a[0], Array(a.positional.dropFirst()), keywords: a.keywords)
        }
        method(functionType, "__get__") { vm, a in
            try a.expect("__get__", 2, 3)
            return a[1].isNone ? a[0] : .object(PyBoundMethod(function: a[0], receiver: a[1]))
        }
        method(typeType, "mro") { _, a in
            guard case .object(let o) = a[0], let t = o as? PyType else { return .none }
            return .object(PyList(t.mro.map { .object($0) }))
        }
        method(typeType, "__subclasses__") { _, _ in .object(PyList()) }
        method(propertyType, "setter") { vm, a in
            try a.expect("setter", 2)
            guard case .object(let o) = a[0], let d = o as? PyDescriptor else { return .none }
            let n = PyDescriptor(kind: .property, function: d.function)
            n.setter = a[1]
            n.deleter = d.deleter
            return .object(n)
        }
        method(propertyType, "deleter") { vm, a in
            try a.expect("deleter", 2)
            guard case .object(let o) = a[0], let d = o as? PyDescriptor else { return .none }
            let n = PyDescriptor(kind: .property, function: d.function)
            n.setter = d.setter
            n.deleter = a[1]
            return .object(n)
        }
        method(propertyType, "getter") { vm, a in
            try a.expect("getter", 2)
            guard case .object(let o) = a[0], let d = o as? PyDescriptor else { return .none }
            let n = PyDescriptor(kind: .property, function: a[1])
            n.setter = d.setter
            n.deleter = d.deleter
            return .object(n)
        }
        method(iteratorType, "__next__") { vm, a in
            guard let v = try vm.nextItem(a[0]) else { throw PyError(PyBaseException(type: stopIteration, args: [])) }
            return v
        }
        method(iteratorType, "__iter__") { _, a in a[0] }
        for t in [enumerateType, zipType, mapType, filterType, reversedType] {
            t.dict["__next__"] = iteratorType.dict["__next__"]
            t.dict["__iter__"] = iteratorType.dict["__iter__"]
        }
    }
}

extension VM {
    /// `generator.close()`: raises GeneratorExit at the yield point.
    func closeGenerator(_ g: PyGenerator) throws {
        guard g.state == .suspended else {
            g.state = .finished
            return
        }
        do {
            switch try throwIntoGenerator(g, PyBaseException(type: Builtins.generatorExit, args: [])) {
            case .yielded: throw runtimeError("generator ignored GeneratorExit")
            case .returned: return
            }
        } catch let e as PyError where e.exception.type.isSubtype(of: Builtins.generatorExit)
                    || e.exception.type.isSubtype(of: Builtins.stopIteration) {
            return
        }
    }

    /// `generator.throw(exc)`: the exception appears at the suspended `yield`.
    func throwIntoGenerator(_ g: PyGenerator, _ exc: PyBaseException) throws -> GeneratorStep {
        if g.state != .suspended {
            g.state = .finished
            throw PyError(exc)
        }
        let fiber = currentFiber ?? Fiber(id: newFiberID(), name: "generator")
        let previous = currentFiber
        currentFiber = fiber
        defer { currentFiber = previous }
        let depth = fiber.frames.count
        g.state = .running
        g.frame.mode = .native
        try pushFrame(g.frame, on: fiber)
        fiber.nativeDepth += 1
        defer { fiber.nativeDepth -= 1 }
        try unwind(fiber, PyError(exc), startDepth: depth)
        switch try execute(fiber, stopDepth: depth) {
        case .yielded(let v): return .yielded(v)
        case .returned(let v): return .returned(v)
        case .suspended: throw runtimeError("a generator cannot block here")
        case .paused: throw VMFatal.internalError("a nested call paused")
        }
    }
}
