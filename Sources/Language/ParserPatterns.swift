/// `match` statements and their patterns (CPython 3.11's `match_stmt` grammar).
/// `match` and `case` are soft keywords: `match x:` opens a match statement only when
/// the line really parses as one; otherwise the line is an ordinary statement.
extension SyntaxParser {
    /// Parses a match statement when the current line is one; nil leaves the position alone.
    /// `newlineAfterSubject` is set when `match subject` ends the line (CPython then asks
    /// for the colon if the line is not an ordinary statement either).
    mutating func parseMatchIfPresent(newlineAfterSubject: inout SourceLocation?) throws(Diagnostic) -> Stmt? {
        let start = pos, matchLocation = location
        let header = speculate { (p: inout SyntaxParser) throws(Diagnostic) -> Bool? in
            try p.advance()
            if p.at(.assign) || p.at(.dot) || p.atNewline { return nil }
            _ = try p.parseStarNamedExpressions()
            if p.at(.colon) { return true }
            return p.atNewline ? false : nil
        }
        reset(to: start)
        guard let isMatch = header ?? nil else { return nil }
        guard isMatch else {
            _ = speculate { (p: inout SyntaxParser) throws(Diagnostic) -> Void in
                try p.advance()
                _ = try p.parseStarNamedExpressions()
                newlineAfterSubject = p.location
            }
            reset(to: start)
            return nil
        }
        try advance()
        let subject = try parseStarNamedExpressions()
        try expectForced(.colon)
        guard atNewline else { throw unexpected() }
        try advance()
        guard kind == .indent else {
            throw error("expected an indented block after 'match' statement on line \(matchLocation.line)", at: location)
        }
        try advance()
        var cases: [MatchCase] = []
        repeat {
            cases.append(try parseCaseBlock())
        } while kind != .dedent && kind != .endOfFile
        if kind == .dedent { try advance() }
        return Stmt(.match(subject: subject, cases: cases), at: matchLocation)
    }

    private mutating func parseCaseBlock() throws(Diagnostic) -> MatchCase {
        let start = location
        guard currentName == "case" else { throw unexpected() }
        try advance()
        let pattern = try parseTopPatterns()
        var guardExpr: Expr?
        if try accept(.if) { guardExpr = try parseNamedExpression() }
        if !(try accept(.colon)) {
            throw atNewline ? error("expected ':'", at: location) : unexpected()
        }
        let body = try parseBlock(after: "'case' statement", line: start.line)
        return MatchCase(pattern: pattern, guardExpr: guardExpr, body: body, location: start)
    }

    /// `patterns`: an open sequence (`case a, *b:`) or a single pattern.
    private mutating func parseTopPatterns() throws(Diagnostic) -> Pattern {
        let start = location
        let first = try parseMaybeStarPattern()
        guard at(.comma) else {
            if case .star = first.kind { throw unexpected() }
            return first
        }
        var items = [first]
        while try accept(.comma) {
            if at(.colon) || at(.if) { break }
            items.append(try parseMaybeStarPattern())
        }
        return try sequencePattern(items, at: start)
    }

    private func sequencePattern(_ items: [Pattern], at start: SourceLocation) throws(Diagnostic) -> Pattern {
        let stars = items.filter { if case .star = $0.kind { true } else { false } }
        if stars.count > 1 { throw error("multiple starred names in sequence pattern", at: start) }
        return Pattern(.sequence(items), at: start)
    }

    private mutating func parseMaybeStarPattern() throws(Diagnostic) -> Pattern {
        guard at(.star) else { return try parsePattern() }
        let start = location
        try advance()
        let name = try parseCaptureTarget(allowWildcard: true)
        return Pattern(.star(name), at: start)
    }

    /// `pattern`: an or-pattern, optionally `as name`.
    private mutating func parsePattern() throws(Diagnostic) -> Pattern {
        try enter()
        defer { leave() }
        let start = location
        let p = try parseOrPattern()
        guard try accept(.as) else { return p }
        let name = try parseCaptureTarget(allowWildcard: false)
        return Pattern(.as(p, name), at: start)
    }

    /// A capture name after `as` or `*`; nil for `_` where a wildcard is allowed.
    private mutating func parseCaptureTarget(allowWildcard: Bool) throws(Diagnostic) -> String? {
        guard let name = currentName else { throw unexpected() }
        if name == "_" {
            if !allowWildcard { throw error("cannot use '_' as a target", at: location) }
            try advance()
            return nil
        }
        if case .op(let o) = peek(), o == .dot || o == .lparen || o == .assign { throw unexpected() }
        try advance()
        return name
    }

    private mutating func parseOrPattern() throws(Diagnostic) -> Pattern {
        let start = location
        var alternatives = [try parseClosedPattern()]
        while try accept(.pipe) { alternatives.append(try parseClosedPattern()) }
        return alternatives.count == 1 ? alternatives[0] : Pattern(.or(alternatives), at: start)
    }

    private mutating func parseClosedPattern() throws(Diagnostic) -> Pattern {
        let start = location
        switch kind {
        case .int, .float, .op(.minus), .string:
            return Pattern(.value(try parseLiteralExpr()), at: start)
        case .keyword(.none): try advance(); return Pattern(.singleton(.none), at: start)
        case .keyword(.true): try advance(); return Pattern(.singleton(.bool(true)), at: start)
        case .keyword(.false): try advance(); return Pattern(.singleton(.bool(false)), at: start)
        case .name(let name):
            let target = try parseNameOrAttr()
            if at(.lparen) { return try parseClassPattern(target, at: start) }
            if case .attribute = target.kind { return Pattern(.value(target), at: start) }
            return Pattern(.as(nil, name == "_" ? nil : name), at: start)
        case .op(.lparen):
            try advance()
            if try accept(.rparen) { return Pattern(.sequence([]), at: start) }
            let first = try parseMaybeStarPattern()
            if try accept(.rparen) {
                if case .star = first.kind { throw unexpected() }
                return first
            }
            var items = [first]
            while try accept(.comma) {
                if at(.rparen) { break }
                items.append(try parseMaybeStarPattern())
            }
            try expect(.rparen)
            return try sequencePattern(items, at: start)
        case .op(.lbracket):
            try advance()
            var items: [Pattern] = []
            while !at(.rbracket) {
                items.append(try parseMaybeStarPattern())
                if !(try accept(.comma)) { break }
            }
            try expect(.rbracket)
            return try sequencePattern(items, at: start)
        case .op(.lbrace):
            return try parseMappingPattern()
        default:
            throw unexpected()
        }
    }

    /// A signed number or a string (f-strings are refused as CPython does).
    private mutating func parseLiteralExpr() throws(Diagnostic) -> Expr {
        let start = location
        if case .string = kind {
            let e = try parseStrings()
            if case .joinedStr = e.kind {
                throw error("patterns may only match literals and attribute lookups", at: start)
            }
            return e
        }
        let negative = try accept(.minus)
        let numberStart = location
        let number: Expr
        switch kind {
        case .int(let digits): number = Expr(.constant(.int(digits)), at: numberStart)
        case .float(let value): number = Expr(.constant(.float(value)), at: numberStart)
        default: throw unexpected()
        }
        try advance()
        if at(.plus) || at(.minus) {
            try advance()
            switch kind {
            case .int, .float: throw error("imaginary number required in complex literal", at: location)
            default: throw unexpected()
            }
        }
        return negative ? Expr(.unary(.neg, number), at: start) : number
    }

    /// `name` or `name.attr.attr`.
    private mutating func parseNameOrAttr() throws(Diagnostic) -> Expr {
        let start = location
        var e = Expr(.name(try expectName()), at: start)
        while try accept(.dot) {
            e = Expr(.attribute(e, try expectName()), at: start)
        }
        return e
    }

    private mutating func parseClassPattern(_ cls: Expr, at start: SourceLocation) throws(Diagnostic) -> Pattern {
        try expect(.lparen)
        var patterns: [Pattern] = [], names: [String] = [], keywordPatterns: [Pattern] = []
        while !at(.rparen) {
            if case .name(let name) = kind, peek() == .op(.assign) {
                let keywordStart = location
                try advance()
                try advance()
                if names.contains(name) {
                    throw error("attribute name repeated in class pattern: \(name)", at: location)
                }
                _ = keywordStart
                names.append(name)
                keywordPatterns.append(try parsePattern())
            } else {
                let p = try parsePattern()
                if !names.isEmpty { throw error("positional patterns follow keyword patterns", at: p.location) }
                patterns.append(p)
            }
            if !(try accept(.comma)) { break }
        }
        try expect(.rparen)
        return Pattern(.class(cls: cls, patterns: patterns, keywordNames: names, keywordPatterns: keywordPatterns), at: start)
    }

    private mutating func parseMappingPattern() throws(Diagnostic) -> Pattern {
        let start = location
        try expect(.lbrace)
        var keys: [Expr] = [], patterns: [Pattern] = [], rest: String?
        while !at(.rbrace) {
            if try accept(.doubleStar) {
                guard let name = currentName, name != "_" else { throw unexpected() }
                try advance()
                rest = name
                _ = try accept(.comma)
                break
            }
            let key: Expr
            switch kind {
            case .keyword(.none): key = Expr(.constant(.none), at: location); try advance()
            case .keyword(.true), .keyword(.false):
                key = Expr(.constant(.bool(kind == .keyword(.true))), at: location)
                try advance()
            case .name:
                key = try parseNameOrAttr()
                guard case .attribute = key.kind else { throw unexpected() }
            default: key = try parseLiteralExpr()
            }
            try expect(.colon)
            keys.append(key)
            patterns.append(try parsePattern())
            if !(try accept(.comma)) { break }
        }
        try expect(.rbrace)
        return Pattern(.mapping(keys: keys, patterns: patterns, rest: rest), at: start)
    }
}
