/// Expressions, from the loosest binding to the tightest:
/// lambda < if-else < or < and < not < comparisons < | < ^ < & < shifts < + - < * @ / // %
/// < unary + - ~ < ** < await < primary (calls, subscripts, attributes) < atoms.
extension SyntaxParser {
    // MARK: - Expression lists

    /// `star_expressions`: `a, *b, c` without brackets is a tuple (a trailing comma too).
    mutating func parseStarExpressions() throws(Diagnostic) -> Expr {
        let start = location
        let first = try parseStarExpression()
        guard at(.comma) else { return first }
        var items = [first]
        while try accept(.comma) {
            guard canStartExpression(allowStar: true) else { break }
            items.append(try parseStarExpression())
        }
        return Expr(.tuple(items), at: start)
    }

    /// `star_expression`: `*bitwise_or` or an expression.
    mutating func parseStarExpression() throws(Diagnostic) -> Expr {
        guard at(.star) else { return try parseExpression() }
        let start = location
        try advance()
        return Expr(.starred(try parseBitwiseOr()), at: start)
    }

    /// `star_named_expression`: an element of a display, where `*x` and `x := y` may appear.
    mutating func parseStarNamedExpression() throws(Diagnostic) -> Expr {
        guard at(.star) else { return try parseNamedExpression() }
        let start = location
        try advance()
        return Expr(.starred(try parseBitwiseOr()), at: start)
    }

    /// `star_named_expressions`, as a tuple when there is a comma (a `match` subject).
    mutating func parseStarNamedExpressions() throws(Diagnostic) -> Expr {
        let start = location
        let first = try parseStarNamedExpression()
        guard at(.comma) else { return first }
        var items = [first]
        while try accept(.comma) {
            guard canStartExpression(allowStar: true) else { break }
            items.append(try parseStarNamedExpression())
        }
        return Expr(.tuple(items), at: start)
    }

    /// Whether the current token can begin an expression.
    func canStartExpression(allowStar: Bool) -> Bool {
        switch kind {
        case .name, .int, .float, .string: true
        case .keyword(let k): k == .true || k == .false || k == .none || k == .not || k == .lambda || k == .await
        case .op(let o):
            o == .lparen || o == .lbracket || o == .lbrace || o == .minus || o == .plus || o == .tilde
                || o == .ellipsis || (allowStar && o == .star)
        default: false
        }
    }

    // MARK: - Named, conditional and lambda expressions

    /// `named_expression`: `name := value` or an expression. A following `=` gets CPython's
    /// "did you mean '=='" messages unless the caller handles `=` itself (`checkAssign`).
    mutating func parseNamedExpression(checkAssign: Bool = true) throws(Diagnostic) -> Expr {
        let start = location, startPos = pos
        if case .name(let name) = kind, peek() == .op(.walrus) {
            try advance()
            try advance()
            return Expr(.namedExpr(target: name, value: try parseExpression()), at: start)
        }
        let e = try parseExpression()
        if at(.walrus) {
            throw error("cannot use assignment expressions with \(Self.describe(e))", at: e.location)
        }
        if checkAssign && at(.assign) && !speculating, let diagnostic = assignmentInExpressionError(e, from: startPos) {
            throw diagnostic
        }
        return e
    }

    /// `expression`: a lambda, a conditional expression, or a disjunction.
    mutating func parseExpression() throws(Diagnostic) -> Expr {
        try enter()
        defer { leave() }
        if at(.lambda) { return try parseLambda() }
        let start = location, startPos = pos
        let commaHint = !suppressCommaHint
        suppressCommaHint = false
        let body = try parseDisjunction()
        if at(.if) {
            let ifPos = pos
            try advance()
            let test = try parseDisjunction()
            guard try accept(.else) else {
                if speculating {
                    reset(to: ifPos)
                    return body
                }
                if at(.colon) { throw unexpected() }
                throw error("expected 'else' after 'if' expression", at: body.location)
            }
            let orelse = try parseExpression()
            return Expr(.ifExp(test: test, body: body, orelse: orelse), at: start)
        }
        if !speculating && commaHint && canStartExpression(allowStar: false) {
            try checkMissingComma(after: body, from: startPos)
        }
        return body
    }

    /// CPython's hints for two expressions in a row: inside brackets, a missing comma
    /// (`[1 2]`); after a name, whatever its error rules find in what follows, and for
    /// `print "x"` (a Python 2 statement) the missing parentheses.
    mutating func checkMissingComma(after a: Expr, from startPos: Int) throws(Diagnostic) {
        var bareName: String?
        if case .name(let name) = a.kind, pos == startPos + 1 { bareName = name }
        let isLegacy = bareName == "print" || bareName == "exec"
        if !isLegacy && !startsWithNameThenStringOrSoftKeyword(startPos) {
            let insideBrackets = speculate { (p: inout SyntaxParser) throws(Diagnostic) -> Bool in
                _ = try p.parseExpression()
                return p.tokens[p.pos - 1].level > 0
            }
            if insideBrackets == true {
                throw error("invalid syntax. Perhaps you forgot a comma?", at: a.location)
            }
        }
        guard let name = bareName, !inErrorRules else { return }
        if try parsesWithErrorRules({ (p: inout SyntaxParser) throws(Diagnostic) in _ = try p.parseStarExpressions() }), isLegacy {
            throw error("Missing parentheses in call to '\(name)'. Did you mean \(name)(...)?", at: a.location)
        }
    }

    /// CPython skips the comma hint after `NAME STRING` and after soft keywords, where its
    /// 3.11 parser compares only the name's length of characters: `c` and `ma` count too.
    private func startsWithNameThenStringOrSoftKeyword(_ start: Int) -> Bool {
        guard case .name(let name) = tokens[start].kind else { return false }
        if case .string = tokens[start + 1].kind { return true }
        return "match".hasPrefix(name) || "case".hasPrefix(name) || name == "_"
    }

    /// Parses with CPython's error rules on, then restores the position (unless told to
    /// keep it after a success): a specific error found is thrown, a plain
    /// "invalid syntax" just yields false.
    mutating func parsesWithErrorRules(keepPosition: Bool = false, _ body: (inout SyntaxParser) throws(Diagnostic) -> Void) throws(Diagnostic) -> Bool {
        let savedPos = pos, savedDepth = depth, savedSpeculating = speculating, savedInRules = inErrorRules
        speculating = false
        inErrorRules = true
        defer {
            depth = savedDepth
            speculating = savedSpeculating
            inErrorRules = savedInRules
        }
        do throws(Diagnostic) {
            try body(&self)
            if !keepPosition { pos = savedPos }
            return true
        } catch {
            pos = savedPos
            if error.message == "invalid syntax" { return false }
            throw error
        }
    }

    /// Runs `body` without committing: the position is restored and errors become nil.
    mutating func speculate<T>(_ body: (inout SyntaxParser) throws(Diagnostic) -> T) -> T? {
        let savedPos = pos, savedDepth = depth, savedFlag = speculating
        speculating = true
        defer {
            pos = savedPos
            depth = savedDepth
            speculating = savedFlag
        }
        do {
            return try body(&self)
        } catch {
            return nil
        }
    }

    mutating func parseLambda() throws(Diagnostic) -> Expr {
        let start = location
        try advance()
        let params = try parseParameters(isLambda: true)
        try expect(.colon)
        return Expr(.lambda(params, try parseExpression()), at: start)
    }

    /// `yield`, `yield value, ...` or `yield from value`.
    mutating func parseYieldExpression() throws(Diagnostic) -> Expr {
        let start = location
        try advance()
        if try accept(.from) {
            return Expr(.yieldFrom(try parseExpression()), at: start)
        }
        if canStartExpression(allowStar: true) {
            return Expr(.yield(try parseStarExpressions()), at: start)
        }
        return Expr(.yield(nil), at: start)
    }

    // MARK: - Boolean operators and comparisons

    mutating func parseDisjunction() throws(Diagnostic) -> Expr {
        let start = location
        let first = try parseConjunction()
        guard at(.or) else { return first }
        var values = [first]
        while try accept(.or) { values.append(try parseConjunction()) }
        return Expr(.boolOp(.or, values), at: start)
    }

    mutating func parseConjunction() throws(Diagnostic) -> Expr {
        let start = location
        let first = try parseInversion()
        guard at(.and) else { return first }
        var values = [first]
        while try accept(.and) { values.append(try parseInversion()) }
        return Expr(.boolOp(.and, values), at: start)
    }

    mutating func parseInversion() throws(Diagnostic) -> Expr {
        guard at(.not) else { return try parseComparison() }
        let start = location
        try enter()
        defer { leave() }
        try advance()
        return Expr(.unary(.not, try parseInversion()), at: start)
    }

    mutating func parseComparison() throws(Diagnostic) -> Expr {
        let start = location
        let left = try parseBitwiseOr()
        var pairs: [(CompareOp, Expr)] = []
        while let op = try acceptComparisonOperator() {
            pairs.append((op, try parseBitwiseOr()))
        }
        return pairs.isEmpty ? left : Expr(.compare(left, pairs), at: start)
    }

    private mutating func acceptComparisonOperator() throws(Diagnostic) -> CompareOp? {
        let op: CompareOp
        switch kind {
        case .op(.equal): op = .eq
        case .op(.notEqual): op = .ne
        case .op(.less): op = .lt
        case .op(.lessEqual): op = .le
        case .op(.greater): op = .gt
        case .op(.greaterEqual): op = .ge
        case .keyword(.in): op = .in
        case .keyword(.not) where peek() == .keyword(.in):
            try advance()
            op = .notIn
        case .keyword(.is) where peek() == .keyword(.not):
            try advance()
            op = .isNot
        case .keyword(.is): op = .is
        default: return nil
        }
        try advance()
        return op
    }

    // MARK: - Arithmetic

    mutating func parseBitwiseOr() throws(Diagnostic) -> Expr {
        try parseBinary(minPrecedence: 1)
    }

    private static func binaryOperator(_ kind: TokenKind) -> (BinaryOp, Int)? {
        guard case .op(let op) = kind else { return nil }
        switch op {
        case .pipe: return (.bitOr, 1)
        case .caret: return (.bitXor, 2)
        case .ampersand: return (.bitAnd, 3)
        case .leftShift: return (.lshift, 4)
        case .rightShift: return (.rshift, 4)
        case .plus: return (.add, 5)
        case .minus: return (.sub, 5)
        case .star: return (.mul, 6)
        case .slash: return (.div, 6)
        case .doubleSlash: return (.floorDiv, 6)
        case .percent: return (.mod, 6)
        case .at: return (.matMul, 6)
        default: return nil
        }
    }

    /// Left-associative binary operators by precedence climbing (at most six nested calls).
    private mutating func parseBinary(minPrecedence: Int) throws(Diagnostic) -> Expr {
        let start = location
        var left = try parseFactor()
        var height = -1
        while let (op, precedence) = Self.binaryOperator(kind), precedence >= minPrecedence {
            try advance()
            let right = try parseBinary(minPrecedence: precedence + 1)
            if height < 0 { height = Self.height(of: left) }
            height = max(height, Self.height(of: right)) + 1
            try checkHeight(height, at: start)
            left = Expr(.binary(left, op, right), at: start)
        }
        return left
    }

    /// Unary `+`, `-`, `~`.
    mutating func parseFactor() throws(Diagnostic) -> Expr {
        let op: UnaryOp
        switch kind {
        case .op(.plus): op = .pos
        case .op(.minus): op = .neg
        case .op(.tilde): op = .invert
        default: return try parsePower()
        }
        let start = location
        try enter()
        defer { leave() }
        try advance()
        return Expr(.unary(op, try parseFactor()), at: start)
    }

    /// `**` binds tighter than a unary operator on its left and looser on its right:
    /// `-2**2` is `-(2**2)` and `2**-1` is `2**(-1)`.
    mutating func parsePower() throws(Diagnostic) -> Expr {
        let start = location
        let base = try parseAwaitPrimary()
        guard at(.doubleStar) else { return base }
        try advance()
        try enter()
        defer { leave() }
        return Expr(.binary(base, .pow, try parseFactor()), at: start)
    }

    mutating func parseAwaitPrimary() throws(Diagnostic) -> Expr {
        guard at(.await) else { return try parsePrimary() }
        let start = location
        try advance()
        return Expr(.await(try parsePrimary()), at: start)
    }

    // MARK: - Primaries

    /// An atom followed by any number of `.name`, `(arguments)` and `[subscript]`.
    mutating func parsePrimary() throws(Diagnostic) -> Expr {
        let start = location
        var e = try parseAtom()
        var height = -1
        while true {
            let next: Expr
            var childHeight = 0
            switch kind {
            case .op(.dot):
                try advance()
                next = Expr(.attribute(e, try expectName()), at: start)
            case .op(.lparen):
                let open = location
                try advance()
                let (args, keywords) = try parseArguments(openParen: open, allowGenerator: true)
                try expect(.rparen)
                childHeight = max(Self.height(of: args), Self.height(of: keywords.map(\.value)))
                next = Expr(.call(func: e, args: args, keywords: keywords), at: start)
            case .op(.lbracket):
                try advance()
                let slice = try parseSlices()
                try expect(.rbracket)
                childHeight = Self.height(of: slice)
                next = Expr(.subscript(e, slice), at: start)
            default:
                return e
            }
            if height < 0 { height = Self.height(of: e) }
            height = max(height, childHeight) + 1
            try checkHeight(height, at: start)
            e = next
        }
    }

    /// What goes between `[` and `]`: one item, or several as a tuple (`a[1:2, 3]`).
    mutating func parseSlices() throws(Diagnostic) -> Expr {
        let start = location
        let first = try parseSliceItem()
        guard at(.comma) else {
            if case .starred = first.kind { return Expr(.tuple([first]), at: start) }
            return first
        }
        var items = [first]
        while try accept(.comma) {
            if at(.rbracket) { break }
            items.append(try parseSliceItem())
        }
        return Expr(.tuple(items), at: start)
    }

    private mutating func parseSliceItem() throws(Diagnostic) -> Expr {
        let start = location
        if at(.star) {
            try advance()
            return Expr(.starred(try parseExpression()), at: start)
        }
        var lower: Expr?
        if !at(.colon) {
            let e = try parseNamedExpression()
            guard at(.colon) else { return e }
            lower = e
        }
        try advance()
        let upper = at(.colon) || at(.rbracket) || at(.comma) ? nil : try parseExpression()
        var step: Expr?
        if try accept(.colon), !(at(.rbracket) || at(.comma)) {
            step = try parseExpression()
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), at: start)
    }

    // MARK: - Atoms

    mutating func parseAtom() throws(Diagnostic) -> Expr {
        let start = location
        let kind = self.kind
        switch kind {
        case .name(let name):
            try advance()
            return Expr(.name(name), at: start)
        case .int(let digits):
            try advance()
            return Expr(.constant(.int(digits)), at: start)
        case .float(let value):
            try advance()
            return Expr(.constant(.float(value)), at: start)
        case .string:
            return try parseStrings()
        case .keyword(.true), .keyword(.false), .keyword(.none):
            try advance()
            let value: Constant = kind == .keyword(.none) ? .none : .bool(kind == .keyword(.true))
            return Expr(.constant(value), at: start)
        case .op(.ellipsis):
            try advance()
            return Expr(.constant(.ellipsis), at: start)
        case .op(.lparen):
            return try parseParenthesized()
        case .op(.lbracket):
            return try parseListDisplay()
        case .op(.lbrace):
            return try parseBraceDisplay()
        default:
            throw unexpected()
        }
    }
}
