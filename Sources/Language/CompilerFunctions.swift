/// Code generation for functions, lambdas, classes and comprehensions: each becomes a nested
/// code object, created at run time by MAKE_FUNCTION with its defaults and closure cells.
extension CompilerState {
    mutating func functionDef(_ f: FunctionDef) throws {
        for d in f.decorators { try compile(d) }
        b.location = f.location
        let scope = table.scope(for: .function(f))
        try makeFunction(name: f.name, params: f.params, scope: scope, kind: .function, location: f.location,
                         isAsync: f.isAsync, docstring: CompilerState.docstring(of: f.body)) { c in
            try c.compileBody(f.body)
            c.b.loadConst(.none)
            c.emit(.returnValue)
        }
        for _ in f.decorators { emit(.call, 1) }
        try storeName(f.name)
    }

    mutating func classDef(_ c: ClassDef) throws {
        for d in c.decorators { try compile(d) }
        b.location = c.location
        var keywords: [Keyword] = []
        for k in c.keywords {
            guard let name = k.name else { throw unsupported("'**' in a class header", at: c.location) }
            keywords.append(k)
        }
        let scope = table.scope(for: .classDef(c))
        let code = CodeObject(name: c.name, qualname: qualname(c.name), kind: .classBody, location: c.location)
        push(code, scope)
        qualnamePrefix.append(c.name)
        emit(.loadName, b.name("__name__"))
        emit(.storeName, b.name("__module__"))
        b.loadConst(.string(code.qualname))
        emit(.storeName, b.name("__qualname__"))
        if let doc = CompilerState.docstring(of: c.body) {
            b.loadConst(.string(doc))
            emit(.storeName, b.name("__doc__"))
        }
        setUpAnnotations(c.body)
        try compileBody(c.body)
        b.loadConst(.none)
        emit(.returnValue)
        qualnamePrefix.removeLast()
        let body = pop()
        b.location = c.location
        try loadClosure(for: scope)
        b.loadConst(.code(body))
        emit(.makeFunction, scope.frees.isEmpty ? 0 : 8)
        b.loadConst(.string(c.name))
        for base in c.bases { try compile(base) }
        var arg = Int32(c.bases.count)
        if !keywords.isEmpty {
            for k in keywords {
                b.loadConst(.string(k.name!))
                try compile(k.value)
            }
            emit(.buildMap, Int32(keywords.count))
            arg |= 1 << 16
        }
        b.location = c.location
        emit(.makeClass, arg)
        for _ in c.decorators { emit(.call, 1) }
        try storeName(c.name)
    }

    /// Evaluates defaults in the current scope, compiles the body as a new code object and
    /// emits MAKE_FUNCTION.
    mutating func makeFunction(name: String, params: Parameters, scope: Scope, kind: CodeObject.Kind,
                               location: SourceLocation, isAsync: Bool = false, docstring: String? = nil,
                               body: (inout CompilerState) throws -> Void) throws {
        var flags: Int32 = 0
        let positional = params.posOnly + params.args
        let defaults = positional.compactMap(\.defaultValue)
        if !defaults.isEmpty {
            for d in defaults { try compile(d) }
            emit(.buildTuple, Int32(defaults.count))
            flags |= 1
        }
        let kwDefaults = params.kwOnly.filter { $0.defaultValue != nil }
        if !kwDefaults.isEmpty {
            for p in kwDefaults {
                b.loadConst(.string(scope.mangle(p.name)))
                try compile(p.defaultValue!)
            }
            emit(.buildMap, Int32(kwDefaults.count))
            flags |= 2
        }
        if !params.annotations.isEmpty {
            for a in params.annotations {
                b.loadConst(.string(a.name))
                try compileAnnotation(a.annotation)
            }
            emit(.buildMap, Int32(params.annotations.count))
            flags |= 4
        }
        let code = CodeObject(name: name, qualname: qualname(name), kind: kind, location: location)
        code.argCount = positional.count
        code.posOnlyCount = params.posOnly.count
        code.kwOnlyCount = params.kwOnly.count
        code.hasVarArgs = params.varArgs != nil
        code.hasVarKeywords = params.kwArgs != nil
        code.isCoroutine = isAsync
        code.docstring = docstring
        // Both flags: an async generator.
        code.isGenerator = scope.isGenerator
        push(code, scope)
        qualnamePrefix.append(name)
        qualnamePrefix.append("<locals>")
        try body(&self)
        qualnamePrefix.removeLast(2)
        let compiled = pop()
        b.location = location
        if !scope.frees.isEmpty {
            try loadClosure(for: scope)
            flags |= 8
        }
        b.loadConst(.code(compiled))
        emit(.makeFunction, flags)
    }

    /// A body's docstring: its first statement, when that is a string literal.
    static func docstring(of body: [Stmt]) -> String? {
        guard let first = body.first, case .expr(let e) = first.kind, case .constant(.string(let s)) = e.kind else { return nil }
        return s
    }

    /// Pushes a tuple of the cells a nested scope captures, taken from the current scope.
    mutating func loadClosure(for inner: Scope) throws {
        guard !inner.frees.isEmpty else { return }
        for n in inner.frees {
            guard let slot = b.cellSlots[n] else {
                throw Diagnostic("internal error: no cell for '\(n)'", at: b.location)
            }
            emit(.loadClosure, slot)
        }
        emit(.buildTuple, Int32(inner.frees.count))
    }

    /// A comprehension is a nested function taking the first iterator as `.0`, called at once.
    /// One with `async for` or `await` is a coroutine (awaited here), or for a generator
    /// expression an async generator.
    mutating func comprehension(_ expr: Expr, tag: UInt8, name: String, _ gens: [Comprehension],
                                element: (inout CompilerState) throws -> Void) throws {
        let scope = table.scope(for: .expr(expr, tag: tag))
        let isGen = tag == ScopeKey.genExpTag
        var params = Parameters()
        params.args = [Parameters.Param(name: ".0", defaultValue: nil, location: expr.location)]
        try makeFunction(name: name, params: params, scope: scope, kind: .comprehension, location: expr.location,
                         isAsync: scope.isCoroutine) { c in
            if !isGen {
                c.emit(tag == ScopeKey.listCompTag ? .buildList : tag == ScopeKey.setCompTag ? .buildSet : .buildMap, 0)
            }
            try c.comprehensionLoops(gens[...], first: true, depth: isGen ? 0 : 1, element: element)
            if isGen { c.b.loadConst(.none) }
            c.emit(.returnValue)
        }
        try compile(gens[0].iter)
        b.location = expr.location
        emit(gens[0].isAsync ? .getAIter : .getIter)
        emit(.call, 1)
        if scope.isCoroutine && !isGen {
            emit(.getAwaitable)
            emit(.await)
        }
    }

    /// `depth`: stack items below this loop's iterator.
    private mutating func comprehensionLoops(_ gens: ArraySlice<Comprehension>, first: Bool, depth: Int,
                                             element: (inout CompilerState) throws -> Void) throws {
        guard let g = gens.first else {
            try element(&self)
            return
        }
        let top = b.newLabel(), exit = b.newLabel()
        if first {
            emit(.loadFast, 0)
        } else {
            try compile(g.iter)
            emit(g.isAsync ? .getAIter : .getIter)
        }
        b.place(top)
        if g.isAsync {
            let start = b.here
            emit(.getANext)
            emit(.getAwaitable)
            emit(.await)
            b.addHandler(start: start, end: b.here, target: exit, depth: depth + 1)
        } else {
            b.emitJump(.forIter, to: exit)
        }
        try store(g.target)
        for cond in g.ifs {
            try compile(cond)
            b.emitJump(.popJumpIfFalse, to: top)
        }
        try comprehensionLoops(gens.dropFirst(), first: false, depth: depth + 1, element: element)
        b.emitJump(.jump, to: top)
        b.place(exit)
        if g.isAsync { emit(.endAsyncFor) }
    }
}
