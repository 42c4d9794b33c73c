/// Code generation for statements.
extension CompilerState {
    mutating func compileBody(_ body: [Stmt]) throws {
        for s in body { try compile(s) }
    }

    mutating func compile(_ stmt: Stmt) throws {
        b.location = stmt.location
        switch stmt.kind {
        case .expr(let e):
            try compile(e)
            emit(.popTop)
        case .assign(let targets, let value):
            try compile(value)
            for (i, t) in targets.enumerated() {
                if i < targets.count - 1 { emit(.copy, 1) }
                try store(t)
            }
        case .augAssign(let target, let op, let value):
            try augAssign(target, op, value)
        case .annAssign(let target, let annotation, let value):
            try annotatedAssignment(target, annotation, value)
        case .functionDef(let f):
            try functionDef(f)
        case .classDef(let c):
            try classDef(c)
        case .return(let value):
            if let value { try compile(value) } else { b.loadConst(.none) }
            b.location = stmt.location
            for i in stride(from: fblocks.count - 1, through: 0, by: -1) { try unwind(i, preserveTop: true) }
            emit(.returnValue)
            resumeHandlers(from: 0)
        case .if(let test, let body, let orelse):
            let elseLabel = b.newLabel(), end = b.newLabel()
            try compile(test)
            b.emitJump(.popJumpIfFalse, to: elseLabel)
            try compileBody(body)
            if !orelse.isEmpty { b.emitJump(.jump, to: end) }
            b.place(elseLabel)
            try compileBody(orelse)
            b.place(end)
        case .while(let test, let body, let orelse):
            let top = b.newLabel(), orelseLabel = b.newLabel(), end = b.newLabel()
            b.place(top)
            try compile(test)
            b.emitJump(.popJumpIfFalse, to: orelseLabel)
            _ = pushBlock(.whileLoop(continueLabel: top, breakLabel: end), stackItems: 0)
            try compileBody(body)
            popBlock()
            b.emitJump(.jump, to: top)
            b.place(orelseLabel)
            try compileBody(orelse)
            b.place(end)
        case .for(let target, let iter, let body, let orelse, let isAsync):
            if isAsync {
                try asyncFor(target, iter, body, orelse, at: stmt.location)
                return
            }
            let top = b.newLabel(), exit = b.newLabel(), end = b.newLabel()
            try compile(iter)
            b.location = stmt.location
            emit(.getIter)
            b.place(top)
            b.emitJump(.forIter, to: exit)
            _ = pushBlock(.forLoop(continueLabel: top, breakLabel: end), stackItems: 1)
            try store(target)
            try compileBody(body)
            popBlock()
            b.emitJump(.jump, to: top)
            b.place(exit)
            try compileBody(orelse)
            b.place(end)
        case .break:
            try loopExit(isBreak: true, at: stmt.location)
        case .continue:
            try loopExit(isBreak: false, at: stmt.location)
        case .pass:
            break
        case .try(let body, let handlers, let orelse, let finalbody):
            if finalbody.isEmpty {
                try tryExcept(body, handlers, orelse)
            } else {
                try tryFinally(finalbody) { c in
                    if handlers.isEmpty {
                        try c.compileBody(body)
                    } else {
                        try c.tryExcept(body, handlers, orelse)
                    }
                }
            }
        case .raise(let exc, let cause):
            var n: Int32 = 0
            if let exc { try compile(exc); n = 1 }
            if let cause { try compile(cause); n = 2 }
            b.location = stmt.location
            emit(.raise, n)
        case .assert(let test, let msg):
            let end = b.newLabel()
            try compile(test)
            b.emitJump(.popJumpIfTrue, to: end)
            b.location = stmt.location
            emit(.loadAssertionError)
            if let msg {
                try compile(msg)
                emit(.call, 1)
            }
            emit(.raise, 1)
            b.place(end)
        case .with(let items, let body, let isAsync):
            try with(items[...], body, isAsync: isAsync, at: stmt.location)
        case .import(let aliases):
            for a in aliases {
                b.location = a.location
                if let asName = a.asName {
                    emit(.importName, b.name(a.name) | (1 << 20))
                    try storeName(asName)
                } else {
                    emit(.importName, b.name(a.name))
                    try storeName(String(a.name.split(separator: ".")[0]))
                }
            }
        case .importFrom(let module, let names, let level):
            if level > 0 { throw unsupported("relative import", at: stmt.location) }
            emit(.importName, b.name(module) | (1 << 20))
            if names.count == 1 && names[0].name == "*" {
                if scope.kind != .module { throw Diagnostic("import * only allowed at module level", at: stmt.location) }
                emit(.importStar)
                return
            }
            for a in names {
                b.location = a.location
                emit(.importFrom, b.name(a.name))
                try storeName(a.asName ?? a.name)
            }
            emit(.popTop)
        case .global, .nonlocal:
            break
        case .match(let subject, let cases):
            try match(subject, cases)
        case .tryStar(let body, let handlers, let orelse, let finalbody):
            if finalbody.isEmpty {
                try tryExceptStar(body, handlers, orelse)
            } else {
                try tryFinally(finalbody) { c in try c.tryExceptStar(body, handlers, orelse) }
            }
        case .delete(let targets):
            for t in targets { try delete(t) }
        }
    }

    /// `async for`: `__anext__()` is awaited inside a handler range; StopAsyncIteration
    /// raised there ends the loop.
    private mutating func asyncFor(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt],
                                   at loc: SourceLocation) throws {
        let top = b.newLabel(), stop = b.newLabel(), end = b.newLabel()
        try compile(iter)
        b.location = loc
        emit(.getAIter)
        b.place(top)
        let start = b.here
        emit(.getANext)
        emit(.getAwaitable)
        emit(.await)
        b.addHandler(start: start, end: b.here, target: stop, depth: baseDepth + 1)
        _ = pushBlock(.forLoop(continueLabel: top, breakLabel: end), stackItems: 1)
        try store(target)
        try compileBody(body)
        popBlock()
        b.emitJump(.jump, to: top)
        b.place(stop)
        emit(.endAsyncFor)
        try compileBody(orelse)
        b.place(end)
    }

    private mutating func loopExit(isBreak: Bool, at loc: SourceLocation) throws {
        guard let loopIndex = fblocks.lastIndex(where: {
            if case .whileLoop = $0.kind { return true }
            if case .forLoop = $0.kind { return true }
            return false
        }) else {
            throw Diagnostic(isBreak ? "'break' outside loop" : "'continue' not properly in loop", at: loc)
        }
        for i in stride(from: fblocks.count - 1, to: loopIndex, by: -1) { try unwind(i, preserveTop: false) }
        switch fblocks[loopIndex].kind {
        case .whileLoop(let cont, let brk):
            b.emitJump(.jump, to: isBreak ? brk : cont)
        case .forLoop(let cont, let brk):
            if isBreak { emit(.popTop) }
            b.emitJump(.jump, to: isBreak ? brk : cont)
        default:
            break
        }
        resumeHandlers(from: loopIndex + 1)
    }

    /// The part `try/except` and `try/except*` share: the protected body and `else`, then the
    /// exception path up to the handlers (stack: base + previously handled + exc), inside
    /// an `exceptDispatch` block whose handler is `cleanup`.
    mutating func tryBodyAndDispatch(_ body: [Stmt], _ orelse: [Stmt]) throws -> (base: Int, end: Int, cleanup: Int) {
        let base = baseDepth
        let end = b.newLabel()
        let handlerLabel = pushBlock(.tryExcept, stackItems: 0, handlerDepth: base)!
        try compileBody(body)
        popBlock()
        try compileBody(orelse)
        b.emitJump(.jump, to: end)
        b.place(handlerLabel)
        emit(.pushExcInfo)
        let cleanup = pushBlock(.exceptDispatch, stackItems: 1, handlerDepth: base + 1)!
        return (base, end, cleanup)
    }

    /// Cleanup of an exception path: base + prev + exc -> restore the previously handled
    /// exception, re-raise.
    mutating func placeExceptCleanup(_ cleanup: Int) {
        b.place(cleanup)
        emit(.swap, 2)
        emit(.popExcept)
        emit(.reraise)
    }

    mutating func tryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) throws {
        let (base, end, cleanup) = try tryBodyAndDispatch(body, orelse)
        for h in handlers {
            b.location = h.location
            let next = b.newLabel()
            if let type = h.type {
                try compile(type)
                emit(.checkExcMatch)
                b.emitJump(.popJumpIfFalse, to: next)
            }
            if let name = h.name {
                try storeName(name)
                let nameCleanup = pushBlock(.handlerCleanup(name: name), stackItems: 0, handlerDepth: base + 1)!
                try compileBody(h.body)
                popBlock()
                emit(.popExcept)
                b.loadConst(.none)
                try storeName(name)
                try deleteName(name)
                b.emitJump(.jump, to: end)
                // The handler body raised: forget the name, then let the dispatch cleanup re-raise.
                b.place(nameCleanup)
                b.loadConst(.none)
                try storeName(name)
                try deleteName(name)
                emit(.reraise)
            } else {
                emit(.popTop)
                _ = pushBlock(.handlerCleanup(name: nil), stackItems: 0)
                try compileBody(h.body)
                popBlock()
                emit(.popExcept)
                b.emitJump(.jump, to: end)
            }
            b.place(next)
        }
        emit(.reraise)
        popBlock()
        placeExceptCleanup(cleanup)
        b.place(end)
    }

    mutating func tryFinally(_ finalbody: [Stmt], body: (inout CompilerState) throws -> Void) throws {
        let base = baseDepth
        let end = b.newLabel()
        let handlerLabel = pushBlock(.finallyTry(body: finalbody), stackItems: 0, handlerDepth: base)!
        try body(&self)
        popBlock()
        try compileBody(finalbody)
        b.emitJump(.jump, to: end)

        b.place(handlerLabel)
        emit(.pushExcInfo)
        let cleanup = pushBlock(.finallyEnd, stackItems: 2, handlerDepth: base + 1)!
        try compileBody(finalbody)
        emit(.reraise)
        popBlock()
        placeExceptCleanup(cleanup)
        b.place(end)
    }

    private mutating func with(_ items: ArraySlice<WithItem>, _ body: [Stmt], isAsync: Bool, at loc: SourceLocation) throws {
        guard let item = items.first else {
            try compileBody(body)
            return
        }
        let base = baseDepth
        let end = b.newLabel()
        try compile(item.context)
        b.location = loc
        // ctx -> exit enter-result
        emit(.copy, 1)
        emit(.loadSpecial, b.name(isAsync ? "__aexit__" : "__exit__"))
        emit(.swap, 2)
        emit(.loadSpecial, b.name(isAsync ? "__aenter__" : "__enter__"))
        emit(.call, 0)
        if isAsync {
            emit(.getAwaitable)
            emit(.await)
        }
        let handlerLabel = pushBlock(.with(isAsync: isAsync), stackItems: 1, handlerDepth: base + 1)!
        if let t = item.target { try store(t) } else { emit(.popTop) }
        try with(items.dropFirst(), body, isAsync: isAsync, at: loc)
        popBlock()
        b.location = loc
        try callExitWithNones(isAsync: isAsync)
        b.emitJump(.jump, to: end)

        // Exception path: base + exit + exc.
        b.place(handlerLabel)
        emit(.pushExcInfo)
        let cleanupLabel = b.newLabel()
        let start = b.here
        emit(.withExceptStart)
        if isAsync {
            emit(.getAwaitable)
            emit(.await)
        }
        let suppress = b.newLabel()
        b.emitJump(.popJumpIfTrue, to: suppress)
        emit(.reraise)
        b.addHandler(start: start, end: b.here, target: cleanupLabel, depth: base + 2)
        b.place(suppress)
        emit(.popTop)      // exc
        emit(.popExcept)   // prev
        emit(.popTop)      // exit
        b.emitJump(.jump, to: end)
        placeExceptCleanup(cleanupLabel)
        b.place(end)
    }

    private mutating func augAssign(_ target: Expr, _ op: BinaryOp, _ value: Expr) throws {
        let opArg = Int32(BinaryOp.allCases.firstIndex(of: op)! + 100)
        switch target.kind {
        case .name(let n):
            try loadName(n)
            try compile(value)
            b.location = target.location
            emit(.binaryOp, opArg)
            try storeName(n)
        case .attribute(let obj, let attr):
            try compile(obj)
            emit(.copy, 1)
            emit(.loadAttr, b.name(scope.mangle(attr)))
            try compile(value)
            b.location = target.location
            emit(.binaryOp, opArg)
            emit(.swap, 2)
            emit(.storeAttr, b.name(scope.mangle(attr)))
        case .subscript(let obj, let index):
            try compile(obj)
            try compile(index)
            emit(.copy, 2)
            emit(.copy, 2)
            emit(.binarySubscr)
            try compile(value)
            b.location = target.location
            emit(.binaryOp, opArg)
            emit(.swap, 3)
            emit(.swap, 2)
            emit(.storeSubscr)
        default:
            throw Diagnostic("'\(describe(target))' is an illegal expression for augmented assignment", at: target.location)
        }
    }

    mutating func store(_ target: Expr) throws {
        b.location = target.location
        switch target.kind {
        case .name(let n):
            try storeName(n)
        case .attribute(let obj, let attr):
            try compile(obj)
            emit(.storeAttr, b.name(scope.mangle(attr)))
        case .subscript(let obj, let index):
            try compile(obj)
            try compile(index)
            emit(.storeSubscr)
        case .tuple(let items), .list(let items):
            if let star = items.firstIndex(where: { if case .starred = $0.kind { return true }; return false }) {
                let after = items.count - star - 1
                emit(.unpackEx, Int32(star | (after << 8)))
            } else {
                emit(.unpackSequence, Int32(items.count))
            }
            for item in items {
                if case .starred(let inner) = item.kind { try store(inner) } else { try store(item) }
            }
        default:
            throw Diagnostic("cannot assign to \(describe(target))", at: target.location)
        }
    }

    private mutating func delete(_ target: Expr) throws {
        b.location = target.location
        switch target.kind {
        case .name(let n):
            try deleteName(n)
        case .attribute(let obj, let attr):
            try compile(obj)
            emit(.deleteAttr, b.name(scope.mangle(attr)))
        case .subscript(let obj, let index):
            try compile(obj)
            try compile(index)
            emit(.deleteSubscr)
        case .tuple(let items), .list(let items):
            for i in items { try delete(i) }
        default:
            throw Diagnostic("cannot delete \(describe(target))", at: target.location)
        }
    }

    func describe(_ e: Expr) -> String {
        switch e.kind {
        case .call: return "function call"
        case .constant: return "literal"
        case .binary, .unary, .boolOp: return "expression"
        case .compare: return "comparison"
        case .lambda: return "lambda"
        case .ifExp: return "conditional expression"
        case .await: return "await expression"
        case .yield, .yieldFrom: return "yield expression"
        case .joinedStr: return "f-string expression"
        case .listComp: return "list comprehension"
        case .dictComp: return "dict comprehension"
        case .setComp: return "set comprehension"
        case .generatorExp: return "generator expression"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .namedExpr: return "named expression"
        case .tuple: return "tuple"
        case .list: return "list"
        case .starred: return "starred"
        default: return "expression"
        }
    }
}
