/// `try ... except* T:` (CPython 3.11's layout). The handlers see the original exception
/// split piece by piece: each `except*` takes the part matching its type (CHECK_EG_MATCH)
/// and leaves the rest for the next one. Exceptions raised by handler bodies are collected
/// in a list; PREP_RERAISE_STAR combines them with the unhandled rest into what is raised
/// at the end (nothing when every part was handled).
extension CompilerState {
    mutating func tryExceptStar(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) throws {
        let (base, end, cleanup) = try tryBodyAndDispatch(body, orelse)
        // base + prev + exc  ->  base + prev + orig + raised-list + rest.
        emit(.copy, 1)
        emit(.buildList, 0)
        emit(.swap, 2)
        for h in handlers {
            b.location = h.location
            let next = b.newLabel(), noMatch = b.newLabel()
            if let type = h.type { try compile(type) }
            b.location = h.location
            emit(.checkEgMatch)
            emit(.copy, 1)
            b.loadConst(.none)
            emit(.isOp, 0)
            b.emitJump(.popJumpIfTrue, to: noMatch)
            if let name = h.name { try storeName(name) } else { emit(.popTop) }
            let raised = pushBlock(.handlerCleanup(name: h.name), stackItems: 3, handlerDepth: base + 4)!
            try compileBody(h.body)
            popBlock()
            try clearHandlerName(h.name)
            b.emitJump(.jump, to: next)
            // The handler body raised: keep what it raised for the end.
            b.place(raised)
            try clearHandlerName(h.name)
            emit(.listAppend, 2)
            b.emitJump(.jump, to: next)
            b.place(noMatch)
            emit(.popTop)
            b.place(next)
        }
        emit(.listAppend, 1)
        emit(.prepReraiseStar)
        let reraise = b.newLabel()
        emit(.copy, 1)
        b.loadConst(.none)
        emit(.isOp, 0)
        b.emitJump(.popJumpIfFalse, to: reraise)
        emit(.popTop)
        popBlock()
        emit(.popExcept)
        b.emitJump(.jump, to: end)
        // What remains to raise takes the cleanup path: base + prev + exc.
        b.place(reraise)
        placeExceptCleanup(cleanup)
        b.place(end)
    }

    private mutating func clearHandlerName(_ name: String?) throws {
        guard let name else { return }
        b.loadConst(.none)
        try storeName(name)
        try deleteName(name)
    }
}
