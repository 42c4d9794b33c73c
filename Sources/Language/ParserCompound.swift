/// Compound statements: definitions, `if`, loops, `try`, `with`, decorators.
extension SyntaxParser {
    static let maxElifClauses = 1000

    mutating func parseCompoundStatement() throws(Diagnostic) -> Stmt {
        let start = location
        switch kind {
        case .op(.at): return try parseDecorated()
        case .keyword(.def): return try parseFunctionDef(decorators: [], isAsync: false, start: start)
        case .keyword(.class): return try parseClassDef(decorators: [])
        case .keyword(.if): return try parseIf()
        case .keyword(.while): return try parseWhile()
        case .keyword(.for): return try parseFor(isAsync: false, start: start)
        case .keyword(.try): return try parseTry()
        case .keyword(.with): return try parseWith(isAsync: false, start: start)
        case .keyword(.async):
            try advance()
            switch kind {
            case .keyword(.def): return try parseFunctionDef(decorators: [], isAsync: true, start: start)
            case .keyword(.for): return try parseFor(isAsync: true, start: start)
            case .keyword(.with): return try parseWith(isAsync: true, start: start)
            default: throw unexpected()
            }
        default:
            throw unexpected()
        }
    }

    /// `:` ending a statement header; CPython says "expected ':'" when the line ends there.
    private mutating func expectHeaderColon() throws(Diagnostic) {
        if try accept(.colon) { return }
        if atNewline { throw error("expected ':'", at: location) }
        throw unexpected()
    }

    // MARK: - Definitions

    private mutating func parseDecorated() throws(Diagnostic) -> Stmt {
        var decorators: [Expr] = []
        while try accept(.at) {
            decorators.append(try parseNamedExpression())
            guard atNewline else { throw unexpected() }
            try advance()
        }
        let start = location
        switch kind {
        case .keyword(.def):
            return try parseFunctionDef(decorators: decorators, isAsync: false, start: start)
        case .keyword(.async) where peek() == .keyword(.def):
            try advance()
            return try parseFunctionDef(decorators: decorators, isAsync: true, start: start)
        case .keyword(.class):
            return try parseClassDef(decorators: decorators)
        default:
            throw unexpected()
        }
    }

    /// `def name(params) [-> annotation]: body`, at `def`; `start` is `async` if present.
    private mutating func parseFunctionDef(decorators: [Expr], isAsync: Bool, start: SourceLocation) throws(Diagnostic) -> Stmt {
        let defLine = location.line
        try advance()
        let name = try expectName()
        try expectForced(.lparen)
        var params = try parseParameters(isLambda: false)
        try expect(.rparen)
        if try accept(.arrow) { params.annotations.append(("return", try parseExpression())) }
        try expectForced(.colon)
        let body = try parseBlock(after: "function definition", line: defLine)
        let def = FunctionDef(name: name, params: params, body: body, decorators: decorators, isAsync: isAsync, location: start)
        return Stmt(.functionDef(def), at: start)
    }

    private mutating func parseClassDef(decorators: [Expr]) throws(Diagnostic) -> Stmt {
        let start = location
        try advance()
        let name = try expectName()
        var bases: [Expr] = [], keywords: [Keyword] = []
        if at(.lparen) {
            let open = location
            try advance()
            (bases, keywords) = try parseArguments(openParen: open, allowGenerator: false)
            try expect(.rparen)
        }
        try expectHeaderColon()
        let body = try parseBlock(after: "class definition", line: start.line)
        let def = ClassDef(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators, location: start)
        return Stmt(.classDef(def), at: start)
    }

    // MARK: - Conditionals and loops

    /// `if` / `elif` chains become nested `if` statements, built without recursion.
    private mutating func parseIf() throws(Diagnostic) -> Stmt {
        var clauses: [(test: Expr, body: [Stmt], location: SourceLocation)] = []
        repeat {
            let start = location
            let construct = clauses.isEmpty ? "'if' statement" : "'elif' statement"
            if clauses.count > Self.maxElifClauses { throw error("too many 'elif' clauses", at: start) }
            try advance()
            let test = try parseNamedExpression()
            try expectHeaderColon()
            clauses.append((test, try parseBlock(after: construct, line: start.line), start))
        } while at(.elif)
        var orelse = try parseElse()
        for clause in clauses.reversed() {
            orelse = [Stmt(.if(test: clause.test, body: clause.body, orelse: orelse), at: clause.location)]
        }
        return orelse[0]
    }

    /// An optional `else:` block.
    private mutating func parseElse() throws(Diagnostic) -> [Stmt] {
        guard at(.else) else { return [] }
        let line = location.line
        try advance()
        try expectForced(.colon)
        return try parseBlock(after: "'else' statement", line: line)
    }

    private mutating func parseWhile() throws(Diagnostic) -> Stmt {
        let start = location
        try advance()
        let test = try parseNamedExpression()
        try expectHeaderColon()
        let body = try parseBlock(after: "'while' statement", line: start.line)
        return Stmt(.while(test: test, body: body, orelse: try parseElse()), at: start)
    }

    /// `[async] for targets in values: body [else: body]`, at `for`.
    private mutating func parseFor(isAsync: Bool, start: SourceLocation) throws(Diagnostic) -> Stmt {
        let forLine = location.line
        try advance()
        let target = try parseForTargets()
        try expectIn(after: target)
        let iter = try parseStarExpressions()
        try expectHeaderColon()
        let body = try parseBlock(after: "'for' statement", line: forLine)
        let orelse = try parseElse()
        return Stmt(.for(target: target, iter: iter, body: body, orelse: orelse, isAsync: isAsync), at: start)
    }

    /// The `in` after loop targets; two expressions in a row inside brackets get CPython's
    /// missing-comma hint.
    mutating func expectIn(after target: Expr) throws(Diagnostic) {
        if try accept(.in) { return }
        if canStartExpression(allowStar: false) {
            let last: Expr
            if case .tuple(let items) = target.kind, let item = items.last { last = item } else { last = target }
            try checkMissingComma(after: last, from: lastTargetStart)
        }
        throw unexpected()
    }

    /// Loop and comprehension targets: items at `bitwise_or` level, so that `in` ends them.
    mutating func parseForTargets() throws(Diagnostic) -> Expr {
        let start = location
        var items: [Expr] = []
        repeat {
            if !items.isEmpty && !canStartExpression(allowStar: true) { break }
            lastTargetStart = pos
            if at(.star) {
                let starStart = location
                try advance()
                items.append(Expr(.starred(try parseBitwiseOr()), at: starStart))
            } else {
                items.append(try parseBitwiseOr())
            }
        } while try accept(.comma)
        let target = items.count == 1 && !(tokens[pos - 1].kind == .op(.comma)) ? items[0] : Expr(.tuple(items), at: start)
        if let bad = Self.invalidTarget(target, .forLoop) {
            throw error("cannot assign to \(Self.describe(bad))", at: bad.location)
        }
        return target
    }

    // MARK: - try and with

    private mutating func parseTry() throws(Diagnostic) -> Stmt {
        let start = location
        try advance()
        try expectForced(.colon)
        let body = try parseBlock(after: "'try' statement", line: start.line)
        var handlers: [ExceptHandler] = []
        var isStar: Bool?
        while at(.except) {
            let handlerStart = location
            try advance()
            let star = try accept(.star)
            if let isStar, isStar != star {
                throw error("cannot have both 'except' and 'except*' on the same 'try'", at: handlerStart)
            }
            isStar = star
            if star && at(.colon) { throw error("expected one or more exception types", at: location) }
            var type: Expr?, name: String?
            if !at(.colon) {
                if atNewline { throw error("expected ':'", at: location) }
                let e = try parseExpression()
                if at(.comma), speculate({ (p: inout SyntaxParser) throws(Diagnostic) -> Bool in
                    try p.advance()
                    return p.canStartExpression(allowStar: false)
                }) == true {
                    throw error("multiple exception types must be parenthesized", at: e.location)
                }
                type = e
                if try accept(.as) { name = try expectName() }
            }
            try expectHeaderColon()
            let handlerBody = try parseBlock(after: "'except' statement", line: handlerStart.line)
            handlers.append(ExceptHandler(type: type, name: name, body: handlerBody, location: handlerStart))
        }
        if handlers.isEmpty && !at(.finally) {
            throw error("expected 'except' or 'finally' block", at: location)
        }
        let orelse = handlers.isEmpty ? [] : try parseElse()
        var finalbody: [Stmt] = []
        if at(.finally) {
            let line = location.line
            try advance()
            try expectForced(.colon)
            finalbody = try parseBlock(after: "'finally' statement", line: line)
        }
        if isStar == true {
            return Stmt(.tryStar(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody), at: start)
        }
        return Stmt(.try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody), at: start)
    }

    /// `[async] with a as b, c: body`, or with the items in parentheses.
    private mutating func parseWith(isAsync: Bool, start: SourceLocation) throws(Diagnostic) -> Stmt {
        let withLine = location.line
        try advance()
        var items: [WithItem]
        if at(.lparen), let parenthesized = try parseParenthesizedWithItems() {
            items = parenthesized
        } else {
            items = []
            repeat { items.append(try parseWithItem()) } while try accept(.comma)
        }
        try expectHeaderColon()
        let body = try parseBlock(after: "'with' statement", line: withLine)
        return Stmt(.with(items: items, body: body, isAsync: isAsync), at: start)
    }

    private mutating func parseWithItem() throws(Diagnostic) -> WithItem {
        let context = try parseExpression()
        guard try accept(.as) else { return WithItem(context: context, target: nil) }
        let target = try parseStarExpression()
        guard at(.comma) || at(.rparen) || at(.colon) else { throw unexpected() }
        if let bad = Self.invalidTarget(target, .assignment) {
            throw error("cannot assign to \(Self.describe(bad))", at: bad.location)
        }
        return WithItem(context: context, target: target)
    }

    /// CPython first tries `with (item, item):`; when the parentheses turn out to belong to
    /// an expression (`with (a, b) as c:`) this returns nil and leaves the position unchanged.
    private mutating func parseParenthesizedWithItems() throws(Diagnostic) -> [WithItem]? {
        let save = pos
        var items: [WithItem] = []
        do throws(Diagnostic) {
            try advance()
            repeat {
                if at(.rparen) && !items.isEmpty { break }
                items.append(try parseWithItem())
            } while try accept(.comma)
            try expect(.rparen)
        } catch {
            reset(to: save)
            // Keep the specific error unless the header also parses the other way.
            let parsesOtherwise = speculate { (p: inout SyntaxParser) throws(Diagnostic) -> Bool in
                repeat { _ = try p.parseWithItem() } while try p.accept(.comma)
                try p.expectHeaderColon()
                return true
            }
            if parsesOtherwise == nil {
                throw error
            }
            return nil
        }
        if at(.colon) { return items }
        reset(to: save)
        return nil
    }
}
