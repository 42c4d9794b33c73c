/// Call arguments and parameter lists (of `def` and `lambda`).
extension SyntaxParser {
    /// The arguments after a call's `(` (already consumed), up to but not including `)`.
    /// `allowGenerator`: a bare generator expression may be the only argument (`f(x for x in y)`),
    /// which CPython allows in calls but not in class headers.
    mutating func parseArguments(openParen: SourceLocation, allowGenerator: Bool) throws(Diagnostic)
        -> (args: [Expr], keywords: [Keyword])
    {
        var args: [Expr] = [], keywords: [Keyword] = []
        var sawKeyword = false, sawDoubleStar = false
        // CPython reads all the arguments before it complains about their order.
        var misplacedPositional: String?
        while !at(.rparen) {
            let start = location
            switch kind {
            case .op(.star):
                if sawDoubleStar {
                    throw error("iterable argument unpacking follows keyword argument unpacking", at: start)
                }
                try advance()
                args.append(Expr(.starred(try parseExpression()), at: start))
                if atComprehension {
                    throw error("iterable unpacking cannot be used in comprehension", at: start)
                }
            case .op(.doubleStar):
                try advance()
                keywords.append(Keyword(name: nil, value: try parseExpression(), location: start))
                sawDoubleStar = true
            case .name(let name) where peek() == .op(.assign):
                try advance()
                try advance()
                let value = try parseExpression()
                if atComprehension {
                    throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: start)
                }
                keywords.append(Keyword(name: name, value: value, location: start))
                sawKeyword = true
            case .keyword(let k) where (k == .true || k == .false || k == .none) && peek() == .op(.assign):
                throw error("cannot assign to \(k.rawValue)", at: start)
            default:
                let value = try parseNamedExpression(checkAssign: false)
                if at(.assign) {
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?", at: value.location)
                }
                if atComprehension {
                    if !allowGenerator && args.isEmpty && keywords.isEmpty { throw unexpected() }
                    if case .starred = value.kind {
                        throw error("iterable unpacking cannot be used in comprehension", at: value.location)
                    }
                    let generators = try parseComprehensionClauses()
                    if at(.comma) || !(args.isEmpty && keywords.isEmpty) {
                        throw error("Generator expression must be parenthesized", at: value.location)
                    }
                    guard allowGenerator && at(.rparen) else { throw unexpected() }
                    args.append(Expr(.generatorExp(value, generators), at: openParen))
                    continue
                }
                if misplacedPositional == nil && sawDoubleStar {
                    misplacedPositional = "positional argument follows keyword argument unpacking"
                } else if misplacedPositional == nil && sawKeyword {
                    misplacedPositional = "positional argument follows keyword argument"
                }
                args.append(value)
            }
            if !(try accept(.comma)) { break }
        }
        if let misplacedPositional { throw error(misplacedPositional, at: location) }
        return (args, keywords)
    }

    /// The parameters of a `def` (up to `)`) or a `lambda` (up to `:`), with CPython's
    /// messages for misplaced `/`, `*`, `**` and defaults. Annotations are parsed and dropped.
    mutating func parseParameters(isLambda: Bool) throws(Diagnostic) -> Parameters {
        let closing: Operator = isLambda ? .colon : .rparen
        var params = Parameters()
        var positional: [Parameters.Param] = []
        var sawDefault = false, sawSlash = false, sawStar = false, sawDoubleStar = false
        while !at(closing) {
            let start = location
            if sawDoubleStar {
                if currentName != nil || at(.star) || at(.doubleStar) || at(.slash) {
                    throw error("arguments cannot follow var-keyword argument", at: start)
                }
                throw unexpected()
            }
            switch kind {
            case .op(.slash):
                if sawSlash { throw error("/ may appear only once", at: start) }
                if sawStar { throw error("/ must be ahead of *", at: start) }
                if positional.isEmpty {
                    if peek() == .op(.comma) { throw error("at least one argument must precede /", at: start) }
                    throw unexpected()
                }
                try advance()
                if at(.star) { throw error("expected comma between / and *", at: location) }
                sawSlash = true
                params.posOnly = positional
                positional = []
            case .op(.star):
                if sawStar { throw error("* argument may appear only once", at: start) }
                try advance()
                sawStar = true
                if at(closing) || (at(.comma) && (peek() == .op(closing) || peek() == .op(.doubleStar))) {
                    throw error("named arguments must follow bare *", at: start)
                }
                if at(.comma) { break }
                let name = try expectName()
                params.varArgs = name
                if !isLambda, try accept(.colon) { params.annotations.append((name, try parseStarExpression())) }
                if at(.assign) { throw error("var-positional argument cannot have default value", at: location) }
            case .op(.doubleStar):
                try advance()
                let name = try expectName()
                params.kwArgs = name
                if !isLambda, try accept(.colon) { params.annotations.append((name, try parseExpression())) }
                if at(.assign) { throw error("var-keyword argument cannot have default value", at: location) }
                sawDoubleStar = true
            case .name(let name):
                try advance()
                if !isLambda, try accept(.colon) { params.annotations.append((name, try parseExpression())) }
                var defaultValue: Expr?
                if at(.assign) {
                    let equals = location
                    try advance()
                    if at(.comma) || at(closing) { throw error("expected default value expression", at: equals) }
                    defaultValue = try parseExpression()
                }
                let param = Parameters.Param(name: name, defaultValue: defaultValue, location: start)
                if sawStar {
                    params.kwOnly.append(param)
                } else {
                    if defaultValue != nil {
                        sawDefault = true
                    } else if sawDefault {
                        throw error("non-default argument follows default argument", at: start)
                    }
                    positional.append(param)
                }
            case .op(.lparen) where currentNameAfterParen:
                let what = isLambda ? "Lambda expression parameters" : "Function parameters"
                throw error("\(what) cannot be parenthesized", at: start)
            default:
                throw unexpected()
            }
            if !at(closing) { try expect(.comma) }
        }
        params.args = positional
        return params
    }

    private var currentNameAfterParen: Bool {
        if case .name = peek() { return true }
        return false
    }
}
