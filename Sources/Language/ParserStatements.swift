/// Simple statements: everything that fits on one line and may be joined with `;`.
extension SyntaxParser {
    /// Simple statements separated by `;`, through the NEWLINE that ends the line.
    mutating func parseSimpleStatements(into body: inout [Stmt]) throws(Diagnostic) {
        while true {
            body.append(try parseSimpleStatement())
            guard try accept(.semicolon), !atNewline else { break }
        }
        guard atNewline else {
            let failure = unexpected()
            try rereadTupleTail(of: body.last)
            throw failure
        }
        try advance()
    }

    /// After `a, b c = ...`, CPython's error rules read `c = ...` as more tuple items and
    /// find the `=` there ("Maybe you meant '=='...").
    private mutating func rereadTupleTail(of statement: Stmt?) throws(Diagnostic) {
        guard case .expr(let e)? = statement?.kind, case .tuple(let items) = e.kind,
              let first = items.first, first.location == e.location else { return }
        while canStartExpression(allowStar: true) {
            let before = pos
            let parsed = try parsesWithErrorRules(keepPosition: true) { (p: inout SyntaxParser) throws(Diagnostic) in
                _ = try p.parseStarNamedExpressions()
            }
            if !parsed || pos == before { break }
        }
    }

    mutating func parseSimpleStatement() throws(Diagnostic) -> Stmt {
        let start = location
        switch kind {
        case .keyword(.pass):
            try advance()
            return Stmt(.pass, at: start)
        case .keyword(.break):
            try advance()
            return Stmt(.break, at: start)
        case .keyword(.continue):
            try advance()
            return Stmt(.continue, at: start)
        case .keyword(.return):
            try advance()
            let value = canStartExpression(allowStar: true) ? try parseStarExpressions() : nil
            return Stmt(.return(value), at: start)
        case .keyword(.raise):
            try advance()
            guard canStartExpression(allowStar: false) else { return Stmt(.raise(exc: nil, cause: nil), at: start) }
            let exc = try parseExpression()
            let cause = try accept(.from) ? try parseExpression() : nil
            return Stmt(.raise(exc: exc, cause: cause), at: start)
        case .keyword(.global), .keyword(.nonlocal):
            let isGlobal = at(.global)
            try advance()
            var names: [String] = []
            repeat { names.append(try expectName()) } while try accept(.comma)
            return Stmt(isGlobal ? .global(names) : .nonlocal(names), at: start)
        case .keyword(.del):
            return try parseDelete()
        case .keyword(.assert):
            try advance()
            let test = try parseExpression()
            let message = try accept(.comma) ? try parseExpression() : nil
            return Stmt(.assert(test: test, msg: message), at: start)
        case .keyword(.import):
            return try parseImport()
        case .keyword(.from):
            return try parseFromImport()
        case .name("type"):
            if case .name = peek(), peek(2) == .op(.assign) || peek(2) == .op(.lbracket) {
                throw error("'type' alias statements are not supported by loopscope", at: start)
            }
            return try parseExpressionStatement()
        default:
            return try parseExpressionStatement()
        }
    }

    // MARK: - Expressions and assignments

    /// An expression statement, or an assignment of any kind (`=`, `+=`, `x: T = v`).
    private mutating func parseExpressionStatement() throws(Diagnostic) -> Stmt {
        let start = location, startPos = pos
        let first = try parseRightHandSide()
        switch kind {
        case .op(.assign):
            return try parseAssignment(first: first, from: startPos, start: start)
        case .op(.colon):
            return try parseAnnotatedAssignment(target: first, start: start)
        case .op(let op):
            guard let binary = op.augmentedOperator else { break }
            switch first.kind {
            case .name, .attribute, .subscript:
                break
            default:
                throw error("'\(Self.describe(first))' is an illegal expression for augmented assignment", at: first.location)
            }
            try advance()
            return Stmt(.augAssign(target: first, op: binary, value: try parseRightHandSide()), at: start)
        default:
            break
        }
        return Stmt(.expr(first), at: start)
    }

    /// What may follow `=`: a yield expression or expressions (an implicit tuple).
    private mutating func parseRightHandSide() throws(Diagnostic) -> Expr {
        at(.yield) ? try parseYieldExpression() : try parseStarExpressions()
    }

    /// `a = b = value`; each target is checked as soon as its `=` is seen, as CPython does.
    private mutating func parseAssignment(first: Expr, from startPos: Int, start: SourceLocation) throws(Diagnostic) -> Stmt {
        var targets: [Expr] = []
        var item = first, itemPos = startPos
        while at(.assign) {
            try checkAssignmentTarget(item, from: itemPos, isFirst: targets.isEmpty)
            targets.append(item)
            try advance()
            itemPos = pos
            item = try parseRightHandSide()
        }
        return Stmt(.assign(targets: targets, value: item), at: start)
    }

    private mutating func checkAssignmentTarget(_ target: Expr, from startPos: Int, isFirst: Bool) throws(Diagnostic) {
        if case .yield = target.kind {
            throw error("assignment to yield expression not possible", at: target.location)
        }
        if case .yieldFrom = target.kind {
            throw error("assignment to yield expression not possible", at: target.location)
        }
        guard let bad = Self.invalidTarget(target, .assignment) else { return }
        if isFirst, let (candidate, candidateStart) = lastNamedElement(of: target, from: startPos),
           let diagnostic = assignmentInExpressionError(candidate, from: candidateStart) {
            throw diagnostic
        }
        throw error("cannot assign to \(Self.describe(bad))", at: bad.location)
    }

    /// The expression right before the current `=` that CPython re-reads as a
    /// `named_expression`: the last item of a tuple written without parentheses, or the
    /// whole target. Nil for a starred item or a trailing comma.
    private func lastNamedElement(of target: Expr, from startPos: Int) -> (Expr, Int)? {
        let equals = tokens[pos]
        guard case .tuple(let items) = target.kind,
              let comma = tokens[startPos..<pos].lastIndex(where: { $0.kind == .op(.comma) && $0.level == equals.level })
        else { return (target, startPos) }
        guard comma + 1 < pos, let last = items.last else { return nil }
        if case .starred = last.kind { return nil }
        return (last, comma + 1)
    }

    /// `target: annotation [= value]`; the annotation is parsed and dropped.
    private mutating func parseAnnotatedAssignment(target: Expr, start: SourceLocation) throws(Diagnostic) -> Stmt {
        try advance()
        let annotation = try parseExpression()
        switch target.kind {
        case .name, .attribute, .subscript:
            break
        case .tuple:
            throw error("only single target (not tuple) can be annotated", at: target.location)
        case .list:
            throw error("only single target (not list) can be annotated", at: target.location)
        default:
            throw error("illegal target for annotation", at: target.location)
        }
        let value = try accept(.assign) ? try parseRightHandSide() : nil
        return Stmt(.annAssign(target: target, annotation: annotation, value: value), at: start)
    }

    private mutating func parseDelete() throws(Diagnostic) -> Stmt {
        let start = location
        try advance()
        var targets: [Expr] = []
        repeat {
            if atNewline || at(.semicolon) { break }
            targets.append(try parseStarExpression())
        } while try accept(.comma)
        if targets.isEmpty { throw unexpected() }
        for target in targets {
            if let bad = Self.invalidTarget(target, .delete) {
                throw error("cannot delete \(Self.describe(bad))", at: bad.location)
            }
        }
        return Stmt(.delete(targets), at: start)
    }

    // MARK: - Imports

    private mutating func parseDottedName() throws(Diagnostic) -> String {
        var name = try expectName()
        while try accept(.dot) {
            name += "." + (try expectName())
        }
        return name
    }

    /// `import a.b as c, d`
    private mutating func parseImport() throws(Diagnostic) -> Stmt {
        let start = location
        try advance()
        var names: [ImportAlias] = []
        repeat {
            let at = location
            let name = try parseDottedName()
            let asName = try accept(.as) ? try expectName() : nil
            names.append(ImportAlias(name: name, asName: asName, location: at))
        } while try accept(.comma)
        return Stmt(.import(names), at: start)
    }

    /// `from [.]module import names`, `from m import (a, b,)`, `from m import *`
    private mutating func parseFromImport() throws(Diagnostic) -> Stmt {
        let start = location
        try advance()
        var level = 0
        while at(.dot) || at(.ellipsis) {
            level += at(.dot) ? 1 : 3
            try advance()
        }
        let module = level > 0 && at(.import) ? "" : try parseDottedName()
        guard try accept(.import) else { throw unexpected() }
        var names: [ImportAlias] = []
        if at(.star) {
            names.append(ImportAlias(name: "*", asName: nil, location: location))
            try advance()
        } else if try accept(.lparen) {
            repeat {
                if at(.rparen) && !names.isEmpty { break }
                names.append(try parseImportName())
            } while try accept(.comma)
            try expect(.rparen)
        } else {
            repeat {
                if atNewline && !names.isEmpty {
                    throw error("trailing comma not allowed without surrounding parentheses", at: location)
                }
                names.append(try parseImportName())
            } while try accept(.comma)
        }
        return Stmt(.importFrom(module: module, names: names, level: level), at: start)
    }

    private mutating func parseImportName() throws(Diagnostic) -> ImportAlias {
        let at = location
        let name = try expectName()
        let asName = try accept(.as) ? try expectName() : nil
        return ImportAlias(name: name, asName: asName, location: at)
    }
}
