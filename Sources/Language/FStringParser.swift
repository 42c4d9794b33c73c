/// Splits one f-string literal into text and replacement fields, the way CPython 3.11 does
/// (`fstring_find_literal` / `fstring_find_expr`): each field's expression is found by
/// scanning for its end, then tokenized and parsed as if written inside parentheses.
///
/// Errors of the f-string's own syntax are reported where CPython reports them, after the
/// literal; errors inside a field's expression get a "f-string: " prefix and point at the
/// expression itself.
struct FStringParser {
    private let body: [Unicode.Scalar]
    private let isRaw: Bool
    private let errorLocation: SourceLocation
    private let depth: Int
    private var index = 0
    /// A position in `body` whose source location is known, to locate fields cheaply.
    private var cursor: (index: Int, location: SourceLocation)
    private let bodyStart: SourceLocation

    init(_ literal: StringToken, errorLocation: SourceLocation, depth: Int) {
        body = Array(literal.body.unicodeScalars)
        isRaw = literal.isRaw
        self.errorLocation = errorLocation
        self.depth = depth
        bodyStart = literal.bodyStart
        cursor = (0, literal.bodyStart)
    }

    mutating func parse() throws(Diagnostic) -> [FStringPart] {
        try parseParts(nesting: 0)
    }

    /// Appends parts, merging adjacent literal text and dropping empty text, as CPython does.
    static func append(_ newParts: [FStringPart], to parts: inout [FStringPart]) {
        for part in newParts {
            if case .literal(let text) = part {
                if text.isEmpty { continue }
                if case .literal(let previous)? = parts.last {
                    parts[parts.count - 1] = .literal(previous + text)
                    continue
                }
            }
            parts.append(part)
        }
    }

    private func fail(_ message: String) -> Diagnostic {
        Diagnostic("f-string: " + message, at: errorLocation)
    }

    /// Text and fields up to the end of the literal (`nesting` 0), or up to the `}` that
    /// ends a format spec (`nesting` 1; the `}` is left for the caller).
    private mutating func parseParts(nesting: Int) throws(Diagnostic) -> [FStringPart] {
        var parts: [FStringPart] = []
        while index < body.count {
            let text = try literalText(nesting: nesting)
            FStringParser.append([.literal(text)], to: &parts)
            guard index < body.count else { break }
            if body[index] == "}" { break }
            FStringParser.append([try field(nesting: nesting)], to: &parts)
        }
        return parts
    }

    /// Literal text up to the next field (`{`) or spec end (`}`), with `{{` and `}}` read
    /// as single braces at the top level and escapes decoded.
    private mutating func literalText(nesting: Int) throws(Diagnostic) -> String {
        var raw: [Unicode.Scalar] = []
        while index < body.count {
            let c = body[index]
            if !isRaw && c == "\\" && index + 1 < body.count {
                if body[index + 1] == "N" {
                    throw Diagnostic("\\N{...} escapes are not supported by loopscope", at: errorLocation)
                }
                if body[index + 1] != "{" {
                    raw.append(c)
                    raw.append(body[index + 1])
                    index += 2
                    continue
                }
                // `\{` keeps its backslash and the brace still opens a field.
                raw.append(c)
                index += 1
                continue
            }
            if c == "{" || c == "}" {
                if nesting == 0 {
                    if index + 1 < body.count && body[index + 1] == c {
                        raw.append(c)
                        index += 2
                        continue
                    }
                    if c == "}" { throw fail("single '}' is not allowed") }
                }
                break
            }
            raw.append(c)
            index += 1
        }
        return try StringDecoder.decode(raw, raw: isRaw, errorAt: errorLocation)
    }

    /// A replacement field `{expression[=][!conversion][:spec]}`; `index` is at its `{`.
    private mutating func field(nesting: Int) throws(Diagnostic) -> FStringPart {
        if nesting >= 2 { throw fail("expressions nested too deeply") }
        index += 1
        let expressionStart = index
        try scanExpression()
        let expression = try parseExpression(from: expressionStart, to: index)

        // `{x = }` prints its own text first. CPython then defaults the conversion to `!r`
        // when neither a conversion nor a spec follows; that rule is the compiler's.
        var selfDocumenting: String?
        if body[index] == "=" {
            index += 1
            while index < body.count && " \t\n\r\u{0B}\u{0C}".unicodeScalars.contains(body[index]) { index += 1 }
            if index >= body.count { throw fail("expecting '}'") }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: body[expressionStart..<index])
            selfDocumenting = String(text)
        }
        var conversion: Character?
        if body[index] == "!" {
            index += 1
            if index >= body.count { throw fail("expecting '}'") }
            let c = body[index]
            index += 1
            guard c == "s" || c == "r" || c == "a" else {
                throw fail("invalid conversion character: expected 's', 'r', or 'a'")
            }
            conversion = Character(c)
        }
        var spec: [FStringPart]?
        if index < body.count && body[index] == ":" {
            index += 1
            if index >= body.count { throw fail("expecting '}'") }
            spec = try parseParts(nesting: nesting + 1)
        }
        guard index < body.count && body[index] == "}" else { throw fail("expecting '}'") }
        index += 1
        return .formatted(value: expression, conversion: conversion, spec: spec, selfDocumenting: selfDocumenting)
    }

    /// Moves `index` to the end of a field's expression: the first `!`, `:`, `=` or `}` outside
    /// brackets and strings (but not `!=`, `==`, `<=`, `>=`).
    private mutating func scanExpression() throws(Diagnostic) {
        var quote: Unicode.Scalar?
        var isTripleQuoted = false
        var brackets: [Unicode.Scalar] = []
        while index < body.count {
            let c = body[index]
            if c == "\\" { throw Diagnostic("f-string expression part cannot include a backslash", at: errorLocation) }
            if let q = quote {
                if c == q {
                    if !isTripleQuoted {
                        quote = nil
                    } else if index + 2 < body.count && body[index + 1] == q && body[index + 2] == q {
                        index += 2
                        quote = nil
                    }
                }
                index += 1
                continue
            }
            if c == "'" || c == "\"" {
                isTripleQuoted = index + 2 < body.count && body[index + 1] == c && body[index + 2] == c
                if isTripleQuoted { index += 2 }
                quote = c
            } else if c == "[" || c == "(" || c == "{" {
                if brackets.count >= Lexer.maxBracketDepth { throw fail("too many nested parenthesis") }
                brackets.append(c)
            } else if c == "#" {
                throw Diagnostic("f-string expression part cannot include '#'", at: errorLocation)
            } else if c == "]" || c == ")" || (c == "}" && !brackets.isEmpty) {
                guard let open = brackets.popLast() else { throw fail("unmatched '\(Character(c))'") }
                let expected: Unicode.Scalar = open == "(" ? ")" : open == "[" ? "]" : "}"
                if c != expected {
                    throw fail("closing parenthesis '\(Character(c))' does not match opening parenthesis '\(Character(open))'")
                }
            } else if brackets.isEmpty && (c == "!" || c == ":" || c == "}" || c == "=" || c == "<" || c == ">") {
                // `!=`, `==`, `<=`, `>=` are operators; a lone `<` or `>` is one too.
                if c != ":" && c != "}" && index + 1 < body.count && body[index + 1] == "=" {
                    index += 2
                    continue
                }
                if c != "<" && c != ">" { return }
            }
            index += 1
        }
        if quote != nil { throw fail("unterminated string") }
        if let open = brackets.last { throw fail("unmatched '\(Character(open))'") }
        throw fail("expecting '}'")
    }

    /// Parses `body[start..<end]` as the contents of parentheses, located in the source.
    private mutating func parseExpression(from start: Int, to end: Int) throws(Diagnostic) -> Expr {
        let text = Array(body[start..<end])
        if text.allSatisfy({ " \t\n\r\u{0B}\u{0C}".unicodeScalars.contains($0) }) {
            if end < body.count, body[end] == "!" || body[end] == ":" || body[end] == "=" {
                throw fail("expression required before '\(Character(body[end]))'")
            }
            throw fail("empty expression not allowed")
        }
        let at = location(of: start)
        var tokens = Lexer.tokenizeExpression(text, line: Int(at.line), column: Int(at.column))
        // Tokenizer errors keep their own message, as in CPython.
        if case .error(let e) = tokens.last?.kind { throw e.diagnostic }
        // CPython compiles "(" + expression + ")"; so do we.
        let eof = tokens.removeLast()
        let brace = SourceLocation(line: Int(at.line), column: Int(at.column) - 1)
        tokens.insert(Token(.op(.lparen), at: brace, end: at, level: 1), at: 0)
        tokens.append(Token(.op(.rparen), at: eof.location, end: eof.location, level: 0))
        tokens.append(Token(.endOfFile, at: eof.location, end: eof.location, level: 0))
        var parser = SyntaxParser(tokens: tokens, depth: depth)
        do throws(Diagnostic) {
            let e = try parser.parseStarExpressions()
            guard parser.kind == .endOfFile else { throw parser.unexpected() }
            return e
        } catch {
            throw prefixed(error)
        }
    }

    private func prefixed(_ d: Diagnostic) -> Diagnostic {
        d.message.hasPrefix("f-string") ? d : Diagnostic("f-string: " + d.message, at: d.location)
    }

    /// The source location of `body[target]`, walking forward from the last one found.
    private mutating func location(of target: Int) -> SourceLocation {
        if target < cursor.index { cursor = (0, bodyStart) }
        var (i, at) = cursor
        while i < target {
            if body[i] == "\n" {
                at = SourceLocation(line: Int(at.line) + 1, column: 1)
            } else {
                at.column += 1
            }
            i += 1
        }
        cursor = (i, at)
        return at
    }
}
