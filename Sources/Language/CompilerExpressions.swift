/// Code generation for expressions.
extension CompilerState {
    mutating func compile(_ expr: Expr) throws {
        b.location = expr.location
        switch expr.kind {
        case .name(let n):
            try loadName(n)
        case .constant(let c):
            b.loadConst(try constant(c, at: expr.location))
        case .joinedStr(let parts):
            try fstring(parts)
        case .tuple(let items):
            if let c = constantTuple(items) {
                b.loadConst(c)
            } else {
                try sequence(items, build: .buildTuple, extend: .listExtend, toTuple: true)
            }
        case .list(let items):
            try sequence(items, build: .buildList, extend: .listExtend, toTuple: false)
        case .set(let items):
            try sequence(items, build: .buildSet, extend: .setUpdate, toTuple: false)
        case .dict(let keys, let values):
            try dict(keys, values)
        case .attribute(let obj, let attr):
            try compile(obj)
            b.location = expr.location
            emit(.loadAttr, b.name(scope.mangle(attr)))
        case .subscript(let obj, let index):
            try compile(obj)
            try compile(index)
            b.location = expr.location
            emit(.binarySubscr)
        case .slice(let lo, let hi, let step):
            for part in [lo, hi] {
                if let part { try compile(part) } else { b.loadConst(.none) }
            }
            if let step {
                try compile(step)
                emit(.buildSlice, 3)
            } else {
                emit(.buildSlice, 2)
            }
        case .call(let fn, let args, let keywords):
            try call(fn, args, keywords, at: expr.location)
        case .binary(let l, let op, let r):
            try compile(l)
            try compile(r)
            b.location = expr.location
            emit(.binaryOp, Int32(BinaryOp.allCases.firstIndex(of: op)!))
        case .unary(let op, let operand):
            try compile(operand)
            b.location = expr.location
            emit(.unaryOp, Int32(["not", "-", "+", "~"].firstIndex(of: op.rawValue)!))
        case .boolOp(let op, let items):
            let end = b.newLabel()
            for (i, item) in items.enumerated() {
                try compile(item)
                if i < items.count - 1 { b.emitJump(op == .and ? .jumpIfFalseOrPop : .jumpIfTrueOrPop, to: end) }
            }
            b.place(end)
        case .compare(let left, let rest):
            try compare(left, rest, at: expr.location)
        case .ifExp(let test, let body, let orelse):
            let elseLabel = b.newLabel(), end = b.newLabel()
            try compile(test)
            b.emitJump(.popJumpIfFalse, to: elseLabel)
            try compile(body)
            b.emitJump(.jump, to: end)
            b.place(elseLabel)
            try compile(orelse)
            b.place(end)
        case .lambda(let params, let body):
            let scope = table.scope(for: .expr(expr, tag: ScopeKey.lambdaTag))
            try makeFunction(name: "<lambda>", params: params, scope: scope, kind: .lambda, location: expr.location) { c in
                try c.compile(body)
                c.emit(.returnValue)
            }
        case .listComp(let elt, let gens):
            try comprehension(expr, tag: ScopeKey.listCompTag, name: "<listcomp>", gens) { c in
                try c.compile(elt)
                c.emit(.listAppend, Int32(gens.count + 1))
            }
        case .setComp(let elt, let gens):
            try comprehension(expr, tag: ScopeKey.setCompTag, name: "<setcomp>", gens) { c in
                try c.compile(elt)
                c.emit(.setAdd, Int32(gens.count + 1))
            }
        case .dictComp(let key, let value, let gens):
            try comprehension(expr, tag: ScopeKey.dictCompTag, name: "<dictcomp>", gens) { c in
                try c.compile(key)
                try c.compile(value)
                c.emit(.mapAdd, Int32(gens.count + 1))
            }
        case .generatorExp(let elt, let gens):
            try comprehension(expr, tag: ScopeKey.genExpTag, name: "<genexpr>", gens) { c in
                try c.compile(elt)
                c.emit(.yieldValue)
                c.emit(.popTop)
            }
        case .await(let value):
            try compile(value)
            b.location = expr.location
            emit(.getAwaitable)
            emit(.await)
        case .yield(let value):
            if let value { try compile(value) } else { b.loadConst(.none) }
            b.location = expr.location
            emit(.yieldValue)
        case .yieldFrom(let value):
            try compile(value)
            b.location = expr.location
            emit(.getYieldFromIter)
            b.loadConst(.none)
            emit(.yieldFrom)
        case .starred:
            throw Diagnostic("can't use starred expression here", at: expr.location)
        case .namedExpr(let target, let value):
            try compile(value)
            emit(.copy, 1)
            try storeName(target)
        }
    }

    func constant(_ c: Constant, at loc: SourceLocation) throws -> CodeConstant {
        switch c {
        case .none: return .none
        case .bool(let v): return .bool(v)
        case .int(let digits):
            if let v = Int(digits) { return .int(v) }
            return .bigInt(digits)
        case .float(let v): return .float(v)
        case .string(let s): return .string(s)
        case .bytes(let bytes): return .bytes(bytes)
        case .ellipsis: return .ellipsis
        }
    }

    private func constantTuple(_ items: [Expr]) -> CodeConstant? {
        var out: [CodeConstant] = []
        for i in items {
            guard case .constant(let c) = i.kind, let v = try? constant(c, at: i.location) else { return nil }
            out.append(v)
        }
        return .tuple(out)
    }

    private mutating func sequence(_ items: [Expr], build: Opcode, extend: Opcode, toTuple: Bool) throws {
        let hasStar = items.contains { if case .starred = $0.kind { return true }; return false }
        if !hasStar {
            for i in items { try compile(i) }
            emit(build, Int32(items.count))
            return
        }
        // Build incrementally: a list (or set) extended by each starred iterable.
        emit(build == .buildSet ? .buildSet : .buildList, 0)
        for i in items {
            if case .starred(let inner) = i.kind {
                try compile(inner)
                emit(extend, 1)
            } else {
                try compile(i)
                emit(build == .buildSet ? .setAdd : .listAppend, 1)
            }
        }
        if toTuple { emit(.listToTuple) }
    }

    private mutating func dict(_ keys: [Expr?], _ values: [Expr]) throws {
        var pending = 0
        var built = false
        func flush(_ c: inout CompilerState) {
            if pending > 0 || !built {
                c.emit(.buildMap, Int32(pending))
                if built { c.emit(.dictUpdate, 1) }
                built = true
                pending = 0
            }
        }
        for (k, v) in zip(keys, values) {
            if let k {
                try compile(k)
                try compile(v)
                pending += 1
            } else {
                flush(&self)
                try compile(v)
                emit(.dictUpdate, 1)
            }
        }
        if pending > 0 || !built { flush(&self) }
    }

    private mutating func fstring(_ parts: [FStringPart]) throws {
        var count: Int32 = 0
        for p in parts {
            switch p {
            case .literal(let s):
                if s.isEmpty { continue }
                b.loadConst(.string(s))
            case .formatted(let value, let conversion, let spec, let selfDoc):
                if let selfDoc {
                    b.loadConst(.string(selfDoc))
                    count += 1
                }
                try compile(value)
                var flags: Int32 = 0
                switch conversion {
                case "s": flags = 1
                case "r": flags = 2
                case "a": flags = 3
                default: flags = (selfDoc != nil && spec == nil) ? 2 : 0
                }
                if let spec {
                    try fstring(spec)
                    flags |= 4
                }
                emit(.formatValue, flags)
            }
            count += 1
        }
        if count == 0 { b.loadConst(.string("")) }
        if count > 1 { emit(.buildString, count) }
    }

    private mutating func compare(_ left: Expr, _ rest: [(CompareOp, Expr)], at loc: SourceLocation) throws {
        try compile(left)
        if rest.count == 1 {
            try compile(rest[0].1)
            b.location = loc
            emitCompare(rest[0].0)
            return
        }
        let cleanup = b.newLabel(), end = b.newLabel()
        for (i, (op, right)) in rest.enumerated() {
            try compile(right)
            b.location = loc
            if i < rest.count - 1 {
                emit(.swap, 2)
                emit(.copy, 2)
                emitCompare(op)
                b.emitJump(.jumpIfFalseOrPop, to: cleanup)
            } else {
                emitCompare(op)
                b.emitJump(.jump, to: end)
            }
        }
        b.place(cleanup)
        emit(.swap, 2)
        emit(.popTop)
        b.place(end)
    }

    mutating func emitCompare(_ op: CompareOp) {
        switch op {
        case .is: emit(.isOp, 0)
        case .isNot: emit(.isOp, 1)
        case .in: emit(.containsOp, 0)
        case .notIn: emit(.containsOp, 1)
        default: emit(.compareOp, Int32(CompareOp.allCases.firstIndex(of: op)!))
        }
    }

    private mutating func call(_ fn: Expr, _ args: [Expr], _ keywords: [Keyword], at loc: SourceLocation) throws {
        let hasStar = args.contains { if case .starred = $0.kind { return true }; return false }
        let hasDoubleStar = keywords.contains { $0.name == nil }
        if hasStar || hasDoubleStar {
            try compile(fn)
            try sequence(args, build: .buildTuple, extend: .listExtend, toTuple: true)
            if !keywords.isEmpty {
                emit(.buildMap, 0)
                for k in keywords {
                    if let name = k.name {
                        b.loadConst(.string(name))
                        try compile(k.value)
                        emit(.buildMap, 1)
                        emit(.dictMerge, 1)
                    } else {
                        try compile(k.value)
                        emit(.dictMerge, 1)
                    }
                }
            }
            b.location = loc
            emit(.callEx, keywords.isEmpty ? 0 : 1)
            return
        }
        var isMethod = false
        if case .attribute(let obj, let attr) = fn.kind {
            try compile(obj)
            b.location = fn.location
            emit(.loadMethod, b.name(scope.mangle(attr)))
            isMethod = true
        } else {
            try compile(fn)
        }
        for a in args { try compile(a) }
        for k in keywords { try compile(k.value) }
        b.location = loc
        let argc = Int32(args.count + keywords.count)
        if keywords.isEmpty {
            emit(isMethod ? .callMethod : .call, argc)
        } else {
            b.loadConst(.tuple(keywords.map { .string($0.name!) }))
            emit(isMethod ? .callMethodKw : .callKw, argc)
        }
    }
}
