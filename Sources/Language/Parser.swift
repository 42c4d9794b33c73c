/// Parses scenario source into the AST: CPython 3.11's grammar, with CPython's error
/// messages and locations for the mistakes people actually make.
public enum Parser {
    /// Parses a whole module. Throws the first syntax error as a `Diagnostic` (like CPython,
    /// parsing stops at the first syntax error).
    public static func parse(_ source: String) throws(Diagnostic) -> Module {
        let tokens = Lexer.tokenize(source)
        var parser = SyntaxParser(tokens: tokens)
        do {
            return Module(body: try parser.parseModule())
        } catch {
            throw preferredError(error, tokens: tokens, furthest: parser.furthest)
        }
    }

    /// CPython tokenizes the rest of the file after a parser error: a tokenizer error found
    /// there wins, and so does a bracket left open when the parser read up to the end of
    /// the file or past the bracket's line.
    static func preferredError(_ error: Diagnostic, tokens: [Token], furthest: Int) -> Diagnostic {
        guard case .error(let lexError)? = tokens.last?.kind, lexError.diagnostic != error else { return error }
        // An unexpected INDENT / DEDENT is reported before CPython looks further.
        if error.message == "unexpected indent" || error.message == "unexpected unindent" { return error }
        if lexError.overridesParserErrors { return lexError.diagnostic }
        // The parser asked for the failing token (even just to look ahead).
        if furthest == tokens.count - 1 { return lexError.diagnostic }
        if let unclosed = lexError.unclosedBracket {
            if furthest > 0 && tokens[furthest - 1].end.line > unclosed.location.line { return unclosed }
            if tokens[furthest].location.line > unclosed.location.line { return unclosed }
        }
        return error
    }
}

/// The recursive-descent parser. Its methods are spread over the Parser*.swift files:
/// statements, compound statements, expressions, calls and displays, targets, strings.
struct SyntaxParser {
    let tokens: [Token]
    var pos = 0
    /// The furthest token read, speculation included (CPython's error priority uses it).
    var furthest = 0
    /// Where the last loop target item started (for the missing-comma hint).
    var lastTargetStart = 0
    /// Set while CPython's error rules re-read some tokens; they do not nest.
    var inErrorRules = false
    /// Skips the missing-comma hint for the next expression only (dict keys).
    var suppressCommaHint = false
    /// Current recursion depth, capped so that no input can exhaust the stack.
    var depth: Int
    /// Set while trying a parse that will be undone; CPython's hint rules stay quiet then.
    var speculating = false

    static let maxDepth = 100
    /// The tallest expression tree accepted (CPython's compiler gives up near this too).
    static let maxHeight = 1000

    init(tokens: [Token], depth: Int = 0) {
        self.tokens = tokens
        self.depth = depth
    }

    // MARK: - Token cursor

    var current: Token { tokens[pos] }
    var kind: TokenKind { tokens[pos].kind }
    var location: SourceLocation { tokens[pos].location }
    /// Where the last consumed token ends.
    var previousEnd: SourceLocation { tokens[max(pos - 1, 0)].end }

    func peek(_ offset: Int = 1) -> TokenKind { tokens[min(pos + offset, tokens.count - 1)].kind }

    func at(_ op: Operator) -> Bool { tokens[pos].kind == .op(op) }
    func at(_ keyword: ReservedWord) -> Bool { tokens[pos].kind == .keyword(keyword) }
    var atNewline: Bool { tokens[pos].kind == .newline }

    var currentName: String? {
        if case .name(let name) = tokens[pos].kind { return name }
        return nil
    }

    /// Moves to the next token; a tokenizer error met there is thrown at once.
    mutating func advance() throws(Diagnostic) {
        if pos < tokens.count - 1 { pos += 1 }
        furthest = max(furthest, pos)
        if case .error(let e) = tokens[pos].kind { throw e.diagnostic }
    }

    mutating func accept(_ op: Operator) throws(Diagnostic) -> Bool {
        guard at(op) else { return false }
        try advance()
        return true
    }

    mutating func accept(_ keyword: ReservedWord) throws(Diagnostic) -> Bool {
        guard at(keyword) else { return false }
        try advance()
        return true
    }

    mutating func expect(_ op: Operator) throws(Diagnostic) {
        guard at(op) else { throw unexpected() }
        try advance()
    }

    /// `&&':'` in CPython's grammar: the token is required, whatever comes instead.
    mutating func expectForced(_ op: Operator) throws(Diagnostic) {
        guard at(op) else { throw error("expected '\(op.rawValue)'", at: location) }
        try advance()
    }

    mutating func expectName() throws(Diagnostic) -> String {
        guard let name = currentName else { throw unexpected() }
        try advance()
        return name
    }

    /// Restores the position after a speculative parse.
    mutating func reset(to position: Int) { pos = position }

    // MARK: - Errors

    func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(message, at: location)
    }

    /// The error for an unexpected current token.
    func unexpected() -> Diagnostic {
        switch kind {
        case .indent: error("unexpected indent", at: location)
        case .dedent: error("unexpected unindent", at: location)
        // CPython's end-of-file token has no column.
        case .endOfFile: error("invalid syntax", at: SourceLocation(line: Int(location.line), column: 0))
        case .error(let e): e.diagnostic
        default: error("invalid syntax", at: location)
        }
    }

    mutating func enter() throws(Diagnostic) {
        depth += 1
        if depth > SyntaxParser.maxDepth { throw error("expression is too deeply nested", at: location) }
    }

    mutating func leave() { depth -= 1 }

    /// Refuses trees taller than `maxHeight`; left-nested chains (`a+b+c...`, `a.b.c...`)
    /// are the only way to grow one without deep recursion.
    func checkHeight(_ height: Int, at location: SourceLocation) throws(Diagnostic) {
        if height > SyntaxParser.maxHeight { throw error("expression is too deeply nested", at: location) }
    }

    // MARK: - Module and blocks

    mutating func parseModule() throws(Diagnostic) -> [Stmt] {
        if case .error(let e) = kind { throw e.diagnostic }
        var body: [Stmt] = []
        while kind != .endOfFile {
            try parseStatement(into: &body)
        }
        return body
    }

    /// One statement line: a compound statement, or simple statements separated by `;`.
    mutating func parseStatement(into body: inout [Stmt]) throws(Diagnostic) {
        switch kind {
        case .keyword(.def), .keyword(.class), .keyword(.if), .keyword(.while), .keyword(.for),
             .keyword(.try), .keyword(.with), .keyword(.async), .op(.at):
            body.append(try parseCompoundStatement())
        case .name("match"):
            var newlineAfterSubject: SourceLocation?
            if let statement = try parseMatchIfPresent(newlineAfterSubject: &newlineAfterSubject) {
                body.append(statement)
                return
            }
            do {
                try parseSimpleStatements(into: &body)
            } catch {
                // `match x` alone: CPython's match rule asks for the colon.
                if let newline = newlineAfterSubject { throw self.error("expected ':'", at: newline) }
                throw error
            }
        case .indent, .dedent:
            throw unexpected()
        default:
            try parseSimpleStatements(into: &body)
        }
    }

    /// The body after a compound statement's `:`: an indented block, or simple statements
    /// on the same line. `construct` names the header for CPython's indentation message.
    mutating func parseBlock(after construct: String, line: Int32) throws(Diagnostic) -> [Stmt] {
        guard atNewline else {
            var body: [Stmt] = []
            try parseSimpleStatements(into: &body)
            return body
        }
        try advance()
        guard kind == .indent else {
            throw error("expected an indented block after \(construct) on line \(line)", at: location)
        }
        try advance()
        var body: [Stmt] = []
        while kind != .dedent && kind != .endOfFile {
            try parseStatement(into: &body)
        }
        if kind == .dedent { try advance() }
        return body
    }
}
