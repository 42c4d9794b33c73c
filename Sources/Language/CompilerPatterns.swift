/// `match` statements. The subject stays on the stack while the cases are tried; each case
/// matches a copy of it. A pattern consumes the value on top of the stack; when it fails it
/// jumps to a label that pops whatever the pattern left above the subject (CPython's
/// "fail_pop" labels) and goes on with the next case. Captured names are stored as soon as
/// their sub-pattern matches. `PatternRules` (run by the Validator) has already refused
/// unreachable cases and inconsistent bindings.
struct PatternContext {
    /// Items above the subject that a failure must pop.
    var onTop: Int
    /// `failPop[n]` pops n items, then falls through to the next case.
    var failPop: [Int] = []
}

extension CompilerState {
    mutating func match(_ subject: Expr, _ cases: [MatchCase]) throws {
        try compile(subject)
        let end = b.newLabel()
        for c in cases {
            b.location = c.pattern.location
            emit(.copy, 1)
            var pc = PatternContext(onTop: 1)
            try pattern(c.pattern, &pc)
            if let g = c.guardExpr {
                try compile(g)
                jumpToFail(.popJumpIfFalse, &pc)
            }
            b.location = c.location
            emit(.popTop)
            try compileBody(c.body)
            b.emitJump(.jump, to: end)
            placeFailPops(pc)
        }
        emit(.popTop)
        b.place(end)
    }

    private mutating func jumpToFail(_ op: Opcode, _ pc: inout PatternContext) {
        while pc.failPop.count <= pc.onTop { pc.failPop.append(b.newLabel()) }
        b.emitJump(op, to: pc.failPop[pc.onTop])
    }

    private mutating func placeFailPops(_ pc: PatternContext) {
        for n in pc.failPop.indices.reversed() {
            b.place(pc.failPop[n])
            if n > 0 { emit(.popTop) }
        }
    }

    private mutating func bind(_ name: String?, _ pc: inout PatternContext) throws {
        pc.onTop -= 1
        guard let name else {
            emit(.popTop)
            return
        }
        try storeName(name)
    }

    /// Matches the value on top of the stack, consuming it.
    mutating func pattern(_ p: Pattern, _ pc: inout PatternContext) throws {
        b.location = p.location
        switch p.kind {
        case .as(nil, let name):
            try bind(name, &pc)
        case .as(let sub?, let name):
            emit(.copy, 1)
            pc.onTop += 1
            try pattern(sub, &pc)
            try bind(name, &pc)
        case .star(let name):
            try bind(name, &pc)
        case .value(let e):
            try compile(e)
            emitCompare(.eq)
            pc.onTop -= 1
            jumpToFail(.popJumpIfFalse, &pc)
        case .singleton(let c):
            b.loadConst(try constant(c, at: p.location))
            emit(.isOp, 0)
            pc.onTop -= 1
            jumpToFail(.popJumpIfFalse, &pc)
        case .sequence(let items):
            try sequencePattern(items, &pc)
        case .mapping(let keys, let patterns, let rest):
            try mappingPattern(keys, patterns, rest, at: p.location, &pc)
        case .class(let cls, let patterns, let names, let keywordPatterns):
            try compile(cls)
            b.location = p.location
            b.loadConst(.tuple(names.map { .string($0) }))
            emit(.matchClass, patterns.count)
            jumpIfNone(&pc)
            try subpatterns(patterns + keywordPatterns, &pc)
        case .or(let alternatives):
            try orPattern(alternatives, &pc)
        }
    }

    /// Fails when the top of the stack is None (leaving it there).
    private mutating func jumpIfNone(_ pc: inout PatternContext) {
        emit(.copy, 1)
        b.loadConst(.none)
        emit(.isOp, 0)
        jumpToFail(.popJumpIfTrue, &pc)
    }

    /// Unpacks the sequence on top of the stack into `items.count` values and matches them in order.
    private mutating func subpatterns(_ items: [Pattern], _ pc: inout PatternContext, star: Int? = nil) throws {
        if let star {
            emit(.unpackEx, star | (items.count - 1 - star) << 8)
        } else {
            emit(.unpackSequence, items.count)
        }
        pc.onTop += items.count - 1
        for item in items { try pattern(item, &pc) }
    }

    private mutating func sequencePattern(_ items: [Pattern], _ pc: inout PatternContext) throws {
        let star = items.firstIndex { if case .star = $0.kind { true } else { false } }
        emit(.matchSequence)
        jumpToFail(.popJumpIfFalse, &pc)
        if star == nil || items.count > 1 {
            emit(.getLen)
            b.loadConst(.int(star == nil ? items.count : items.count - 1))
            emitCompare(star == nil ? .eq : .ge)
            jumpToFail(.popJumpIfFalse, &pc)
        }
        try subpatterns(items, &pc, star: star)
    }

    private mutating func mappingPattern(_ keys: [Expr], _ patterns: [Pattern], _ rest: String?,
                                         at loc: SourceLocation, _ pc: inout PatternContext) throws {
        emit(.matchMapping)
        jumpToFail(.popJumpIfFalse, &pc)
        if keys.isEmpty && rest == nil {
            emit(.popTop)
            pc.onTop -= 1
            return
        }
        if !keys.isEmpty {
            emit(.getLen)
            b.loadConst(.int(keys.count))
            emitCompare(.ge)
            jumpToFail(.popJumpIfFalse, &pc)
        }
        for key in keys { try compile(key) }
        b.location = loc
        emit(.buildTuple, keys.count)
        emit(.matchKeys)
        pc.onTop += 2
        jumpIfNone(&pc)
        try subpatterns(patterns, &pc)
        if let rest {
            emit(.copyDictWithoutKeys)
            pc.onTop -= 1
            try bind(rest, &pc)
        } else {
            emit(.popTop)
            emit(.popTop)
            pc.onTop -= 2
        }
    }

    private mutating func orPattern(_ alternatives: [Pattern], _ pc: inout PatternContext) throws {
        let end = b.newLabel()
        for alt in alternatives {
            b.location = alt.location
            emit(.copy, 1)
            var sub = PatternContext(onTop: 1)
            try pattern(alt, &sub)
            emit(.popTop)
            b.emitJump(.jump, to: end)
            placeFailPops(sub)
        }
        // Every alternative failed: the value is still on the stack.
        jumpToFail(.jump, &pc)
        b.place(end)
        pc.onTop -= 1
    }
}
