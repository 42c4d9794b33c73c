/// One lexical token of the scenario language.
public struct Token: Sendable, Equatable {
    public var kind: TokenKind
    /// The token's first character.
    public var location: SourceLocation
    /// The position just past the token's last character.
    public var end: SourceLocation
    /// Bracket nesting depth once this token is read, counted as CPython's tokenizer does
    /// (an opening bracket already counts itself; a closing one no longer does).
    public var level: Int

    public init(_ kind: TokenKind, at location: SourceLocation, end: SourceLocation, level: Int = 0) {
        self.kind = kind
        self.location = location
        self.end = end
        self.level = level
    }
}

public enum TokenKind: Sendable, Equatable {
    case name(String)
    case keyword(ReservedWord)
    case op(Operator)
    /// An integer literal as base-10 digits (underscores removed, other bases converted).
    case int(String)
    case float(Double)
    indirect case string(StringToken)
    case newline
    case indent
    case dedent
    case endOfFile
    /// An ASCII character that belongs to no token (`$`, `?`, a lone `!`): the parser
    /// reports "invalid syntax" where it meets one.
    case unknown(Character)
    /// Lexing stopped here with an error; always the last token of the stream.
    indirect case error(LexError)
}

/// A string literal as written: the parser decodes escapes and f-string fields, since
/// CPython reports those errors after the whole literal sequence.
public struct StringToken: Sendable, Equatable {
    public var isRaw: Bool
    public var isBytes: Bool
    public var isFormatted: Bool
    public var isTriple: Bool
    /// The source text between the quotes, escapes untouched.
    public var body: String
    /// Where `body` starts in the source.
    public var bodyStart: SourceLocation

    public init(isRaw: Bool, isBytes: Bool, isFormatted: Bool, isTriple: Bool, body: String, bodyStart: SourceLocation) {
        self.isRaw = isRaw
        self.isBytes = isBytes
        self.isFormatted = isFormatted
        self.isTriple = isTriple
        self.body = body
        self.bodyStart = bodyStart
    }
}

/// A tokenizer error and how it ranks against a parser error found earlier in the file.
public struct LexError: Sendable, Equatable {
    public var diagnostic: Diagnostic
    /// CPython keeps tokenizing after a parser error and reports these tokenizer errors
    /// instead (bad literals, bad characters, bracket mismatches); indentation errors and
    /// end of file inside brackets do not take over.
    public var overridesParserErrors: Bool
    /// "'(' was never closed" for the innermost bracket still open at the error, if any:
    /// CPython reports it instead of a parser error found on a later line.
    public var unclosedBracket: Diagnostic?

    public init(_ diagnostic: Diagnostic, overridesParserErrors: Bool, unclosedBracket: Diagnostic? = nil) {
        self.diagnostic = diagnostic
        self.overridesParserErrors = overridesParserErrors
        self.unclosedBracket = unclosedBracket
    }
}

/// Python 3.11's reserved words. Soft keywords (`match`, `case`, `_`, `type`) are names.
public enum ReservedWord: String, Sendable, CaseIterable {
    case `false` = "False", none = "None", `true` = "True"
    case and, `as`, assert, async, await, `break`, `class`, `continue`, def, del
    case elif, `else`, except, finally, `for`, from, global, `if`, `import`, `in`, `is`
    case lambda, nonlocal, not, or, pass, raise, `return`, `try`, `while`, with, yield
}

public enum Operator: String, Sendable, CaseIterable {
    case lparen = "(", rparen = ")", lbracket = "[", rbracket = "]", lbrace = "{", rbrace = "}"
    case comma = ",", colon = ":", semicolon = ";", dot = ".", ellipsis = "...", at = "@"
    case arrow = "->", walrus = ":=", assign = "="
    case plus = "+", minus = "-", star = "*", slash = "/", doubleSlash = "//", percent = "%"
    case doubleStar = "**", leftShift = "<<", rightShift = ">>", ampersand = "&", pipe = "|"
    case caret = "^", tilde = "~"
    case less = "<", greater = ">", lessEqual = "<=", greaterEqual = ">=", equal = "==", notEqual = "!="
    /// `<>`: tokenized by CPython 3.11, accepted nowhere.
    case oldNotEqual = "<>"
    case plusAssign = "+=", minusAssign = "-=", starAssign = "*=", slashAssign = "/="
    case doubleSlashAssign = "//=", percentAssign = "%=", doubleStarAssign = "**=", atAssign = "@="
    case leftShiftAssign = "<<=", rightShiftAssign = ">>=", ampersandAssign = "&=", pipeAssign = "|="
    case caretAssign = "^="

    /// The binary operator of an augmented assignment (`+=` gives `.add`).
    public var augmentedOperator: BinaryOp? {
        switch self {
        case .plusAssign: .add
        case .minusAssign: .sub
        case .starAssign: .mul
        case .slashAssign: .div
        case .doubleSlashAssign: .floorDiv
        case .percentAssign: .mod
        case .doubleStarAssign: .pow
        case .atAssign: .matMul
        case .leftShiftAssign: .lshift
        case .rightShiftAssign: .rshift
        case .ampersandAssign: .bitAnd
        case .pipeAssign: .bitOr
        case .caretAssign: .bitXor
        default: nil
        }
    }
}

extension Token: CustomStringConvertible {
    /// A compact form for tests and debugging: `NAME(x)@1:1`.
    public var description: String { "\(kind)@\(location)" }
}

extension TokenKind: CustomStringConvertible {
    public var description: String {
        switch self {
        case .name(let s): "NAME(\(s))"
        case .keyword(let k): "'\(k.rawValue)'"
        case .op(let o): "'\(o.rawValue)'"
        case .int(let digits): "INT(\(digits))"
        case .float(let value): "FLOAT(\(value))"
        case .string(let s):
            "STRING(\(s.isRaw ? "r" : "")\(s.isBytes ? "b" : "")\(s.isFormatted ? "f" : "")\(s.isTriple ? "'''" : "'")\(s.body))"
        case .newline: "NEWLINE"
        case .indent: "INDENT"
        case .dedent: "DEDENT"
        case .endOfFile: "EOF"
        case .unknown(let c): "UNKNOWN(\(c))"
        case .error(let e): "ERROR(\(e.diagnostic.message))"
        }
    }
}
