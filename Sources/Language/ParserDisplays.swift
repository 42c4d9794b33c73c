/// Bracketed atoms: groups, tuples, lists, sets, dicts, and their comprehensions.
extension SyntaxParser {
    /// `( ... )`: the empty tuple, a group, a tuple, a generator expression or a yield.
    mutating func parseParenthesized() throws(Diagnostic) -> Expr {
        let start = location
        try advance()
        if try accept(.rparen) { return Expr(.tuple([]), at: start) }
        if at(.yield) {
            let e = try parseYieldExpression()
            try expect(.rparen)
            return e
        }
        if at(.doubleStar) {
            throw error("cannot use double starred expression here", at: location)
        }
        let first = try parseStarNamedExpression()
        if atComprehension {
            let generators = try parseComprehension(of: first)
            try expect(.rparen)
            return Expr(.generatorExp(first, generators), at: start)
        }
        if try accept(.rparen) {
            if case .starred = first.kind {
                throw error("cannot use starred expression here", at: first.location)
            }
            return first
        }
        guard at(.comma) else { throw unexpected() }
        var items = [first]
        while try accept(.comma) {
            if at(.rparen) { break }
            items.append(try parseStarNamedExpression())
        }
        try expect(.rparen)
        return Expr(.tuple(items), at: start)
    }

    /// `[ ... ]`: a list display or a list comprehension.
    mutating func parseListDisplay() throws(Diagnostic) -> Expr {
        let start = location
        try advance()
        if try accept(.rbracket) { return Expr(.list([]), at: start) }
        let first = try parseStarNamedExpression()
        if atComprehension {
            let generators = try parseComprehension(of: first)
            try expect(.rbracket)
            return Expr(.listComp(first, generators), at: start)
        }
        let items = try parseDisplayItems(first: first, closing: .rbracket)
        return Expr(.list(items), at: start)
    }

    /// Whether a comprehension's `for` (or `async for`) starts here.
    var atComprehension: Bool {
        at(.for) || (at(.async) && peek() == .keyword(.for))
    }

    /// The rest of a list or set display after its first element, through the closing bracket.
    private mutating func parseDisplayItems(first: Expr, closing: Operator) throws(Diagnostic) -> [Expr] {
        var items = [first]
        while try accept(.comma) {
            if at(closing) || atComprehension { break }
            items.append(try parseStarNamedExpression())
        }
        if atComprehension {
            // `[a, b for a, b in c]`: CPython reads the clauses (and their errors) first.
            _ = try parseComprehensionClauses()
            throw error("did you forget parentheses around the comprehension target?", at: first.location)
        }
        try expect(closing)
        return items
    }

    /// `{ ... }`: a dict or set display, or a dict or set comprehension.
    mutating func parseBraceDisplay() throws(Diagnostic) -> Expr {
        let start = location
        try advance()
        if try accept(.rbrace) { return Expr(.dict(keys: [], values: []), at: start) }
        if at(.doubleStar) {
            let starStart = location
            try advance()
            let value = try parseBitwiseOr()
            if atComprehension {
                throw error("dict unpacking cannot be used in dict comprehension", at: starStart)
            }
            return try parseDictItems(keys: [nil], values: [value], start: start)
        }
        let first = try parseStarNamedExpression()
        if at(.colon) {
            if case .starred = first.kind { throw unexpected() }
            let value = try parseDictValue()
            if atComprehension {
                let generators = try parseComprehensionClauses()
                try expect(.rbrace)
                return Expr(.dictComp(key: first, value: value, generators), at: start)
            }
            return try parseDictItems(keys: [first], values: [value], start: start)
        }
        if atComprehension {
            let generators = try parseComprehension(of: first)
            try expect(.rbrace)
            return Expr(.setComp(first, generators), at: start)
        }
        let items = try parseDisplayItems(first: first, closing: .rbrace)
        return Expr(.set(items), at: start)
    }

    /// `: value` after a dict key.
    private mutating func parseDictValue() throws(Diagnostic) -> Expr {
        let colon = location
        try advance()
        if at(.star) {
            throw error("cannot use a starred expression in a dictionary value", at: location)
        }
        if at(.rbrace) || at(.comma) {
            throw error("expression expected after dictionary key and ':'", at: colon)
        }
        return try parseExpression()
    }

    private mutating func parseDictItems(keys: [Expr?], values: [Expr], start: SourceLocation) throws(Diagnostic) -> Expr {
        var keys = keys, values = values
        while try accept(.comma) {
            if at(.rbrace) { break }
            if try accept(.doubleStar) {
                keys.append(nil)
                values.append(try parseBitwiseOr())
                continue
            }
            // CPython calls a missing ':' by its name here, rather than a missing comma.
            suppressCommaHint = true
            let key = try parseExpression()
            guard at(.colon) else {
                // CPython points at the key's last character.
                let end = previousEnd
                throw error("':' expected after dictionary key", at: SourceLocation(line: Int(end.line), column: Int(end.column) - 1))
            }
            keys.append(key)
            values.append(try parseDictValue())
        }
        try expect(.rbrace)
        return Expr(.dict(keys: keys, values: values), at: start)
    }

    /// The `for ... in ... if ...` clauses after a list, set or generator element.
    private mutating func parseComprehension(of element: Expr) throws(Diagnostic) -> [Comprehension] {
        if case .starred = element.kind {
            throw error("iterable unpacking cannot be used in comprehension", at: element.location)
        }
        return try parseComprehensionClauses()
    }

    /// One or more `[async] for targets in disjunction (if disjunction)*` clauses.
    mutating func parseComprehensionClauses() throws(Diagnostic) -> [Comprehension] {
        var clauses: [Comprehension] = []
        while at(.for) || (at(.async) && peek() == .keyword(.for)) {
            let isAsync = try accept(.async)
            try advance()
            let target = try parseForTargets()
            try expectIn(after: target)
            let iter = try parseDisjunction()
            var ifs: [Expr] = []
            while try accept(.if) { ifs.append(try parseDisjunction()) }
            clauses.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
        }
        if clauses.isEmpty { throw unexpected() }
        return clauses
    }
}
