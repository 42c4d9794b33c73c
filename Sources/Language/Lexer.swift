/// Turns scenario source into tokens: names, keywords, numbers, strings, operators, and
/// NEWLINE / INDENT / DEDENT for the block structure, following CPython 3.11's tokenizer
/// (messages and columns included).
///
/// Lexing stops at the first error, which becomes the last token (`.error`); the parser
/// decides whether an earlier syntax error takes precedence, as CPython does.
public struct Lexer {
    /// Tokenizes a whole module. The result always ends with `.endOfFile` or `.error`.
    public static func tokenize(_ source: String) -> [Token] {
        var lexer = Lexer(text: normalizedScalars(source), line: 1, column: 1, baseLevel: 0)
        return lexer.run()
    }

    /// Tokenizes an f-string replacement field as if it were written inside parentheses at
    /// `line:column`: line breaks are ignored and no NEWLINE / INDENT / DEDENT is produced.
    static func tokenizeExpression(_ text: [Unicode.Scalar], line: Int, column: Int) -> [Token] {
        var lexer = Lexer(text: text, line: line, column: column, baseLevel: 1)
        return lexer.run()
    }

    static let maxIndentLevels = 100
    static let maxBracketDepth = 200

    private let text: [Unicode.Scalar]
    private var index = 0
    private var line: Int
    private var lineStart = 0
    private let firstLine: Int
    /// Columns that precede `text[0]` on the first line (f-string fields).
    private let firstLineOffset: Int
    private let baseLevel: Int
    private var tokens: [Token] = []
    private var indents: [(column: Int, alt: Int)] = [(0, 0)]
    private var brackets: [(scalar: Unicode.Scalar, location: SourceLocation)] = []
    private var atLineStart = true
    private var lineHasTokens = false
    private var commentStart: Int?

    private init(text: [Unicode.Scalar], line: Int, column: Int, baseLevel: Int) {
        self.text = text
        self.line = line
        self.firstLine = line
        self.firstLineOffset = column - 1
        self.baseLevel = baseLevel
        tokens.reserveCapacity(text.count / 3 + 8)
    }

    /// The source as scalars, with `\r\n` and `\r` read as `\n` and a byte-order mark dropped.
    private static func normalizedScalars(_ source: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(source.utf8.count)
        var previousWasCR = false
        for scalar in source.unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousWasCR = true
                continue
            }
            if !(scalar == "\n" && previousWasCR) && !(scalar == "\u{FEFF}" && out.isEmpty) {
                out.append(scalar)
            }
            previousWasCR = false
        }
        return out
    }

    private mutating func run() -> [Token] {
        do throws(LexError) {
            try lexAll()
        } catch {
            let at = error.diagnostic.location
            tokens.append(Token(.error(error), at: at, end: at, level: level))
        }
        return tokens
    }

    // MARK: - Positions and errors

    private var level: Int { baseLevel + brackets.count }

    /// The scalar at `i`, or NUL past the end.
    private func char(_ i: Int) -> Unicode.Scalar { i < text.count ? text[i] : "\0" }

    private func location(_ i: Int) -> SourceLocation {
        SourceLocation(line: line, column: i - lineStart + 1 + (line == firstLine ? firstLineOffset : 0))
    }

    private mutating func beginLine(at i: Int) {
        line += 1
        lineStart = i
    }

    private func unclosedBracket() -> Diagnostic? {
        brackets.last.map { Diagnostic("'\(Character($0.scalar))' was never closed", at: $0.location) }
    }

    /// A tokenizer error that CPython reports even after an earlier parser error.
    private func hardError(_ message: String, at location: SourceLocation) -> LexError {
        LexError(Diagnostic(message, at: location), overridesParserErrors: true)
    }

    private func softError(_ message: String, at location: SourceLocation) -> LexError {
        LexError(Diagnostic(message, at: location), overridesParserErrors: false, unclosedBracket: unclosedBracket())
    }

    private mutating func append(_ kind: TokenKind, from start: SourceLocation, to end: Int) {
        tokens.append(Token(kind, at: start, end: location(end), level: level))
        lineHasTokens = true
    }

    // MARK: - Main loop

    private mutating func lexAll() throws(LexError) {
        while true {
            if atLineStart {
                atLineStart = false
                if baseLevel == 0 { try indentation() }
            }
            while char(index) == " " || char(index) == "\t" || char(index) == "\u{0C}" { index += 1 }
            guard index < text.count else { return try finish() }
            switch text[index] {
            case "#":
                commentStart = index
                while index < text.count && text[index] != "\n" { index += 1 }
            case "\n":
                if lineHasTokens && brackets.isEmpty && baseLevel == 0 {
                    // Like CPython, a NEWLINE after a comment starts where the comment does.
                    append(.newline, from: location(commentStart ?? index), to: index + 1)
                    lineHasTokens = false
                }
                commentStart = nil
                index += 1
                beginLine(at: index)
                atLineStart = brackets.isEmpty
            case "\\":
                try continuation()
            default:
                try lexToken()
            }
        }
    }

    /// Measures the indentation of a new line and emits INDENT / DEDENT tokens; blank and
    /// comment-only lines are left alone. Tabs advance to the next multiple of 8 and must
    /// agree with a tab-as-one-column count, as in CPython. A backslash continuation inside
    /// the indentation keeps the column reached before it.
    private mutating func indentation() throws(LexError) {
        var column = 0, alt = 0
        var columnBeforeContinuation: (column: Int, alt: Int)?
        loop: while true {
            switch char(index) {
            case " ": column += 1; alt += 1
            case "\t": column = (column / 8 + 1) * 8; alt += 1
            case "\u{0C}": column = 0; alt = 0
            case "\\":
                if columnBeforeContinuation == nil { columnBeforeContinuation = (column, alt) }
                try continuation()
                continue loop
            default: break loop
            }
            index += 1
        }
        let next = char(index)
        if next == "#" || next == "\n" || index >= text.count { return }
        if let saved = columnBeforeContinuation { (column, alt) = saved }
        // CPython reports indentation at the 0-based column of the line's first character.
        let width = index - lineStart
        let at = SourceLocation(line: line, column: width)
        let current = indents[indents.count - 1]
        if column == current.column {
            if alt != current.alt { throw tabError() }
        } else if column > current.column {
            if indents.count >= Lexer.maxIndentLevels {
                throw softError("too many levels of indentation", at: location(index))
            }
            if alt <= current.alt { throw tabError() }
            indents.append((column, alt))
            tokens.append(Token(.indent, at: at, end: location(index), level: level))
        } else {
            guard let target = indents.lastIndex(where: { $0.column <= column }), indents[target].column == column else {
                var end = index
                while end < text.count && text[end] != "\n" { end += 1 }
                throw softError("unindent does not match any outer indentation level", at: location(end))
            }
            if alt != indents[target].alt { throw tabError() }
            for _ in target + 1 ..< indents.count {
                tokens.append(Token(.dedent, at: at, end: at, level: level))
            }
            indents.removeSubrange((target + 1)...)
        }
    }

    private func tabError() -> LexError {
        softError("inconsistent use of tabs and spaces in indentation", at: SourceLocation(line: line, column: 1))
    }

    private mutating func continuation() throws(LexError) {
        let next = index + 1
        if next < text.count && text[next] != "\n" {
            throw softError("unexpected character after line continuation character", at: location(next))
        }
        if next + 1 >= text.count {
            if let unclosed = unclosedBracket() {
                throw LexError(unclosed, overridesParserErrors: false, unclosedBracket: unclosed)
            }
            throw softError("unexpected EOF while parsing", at: location(next))
        }
        index = next + 1
        beginLine(at: index)
    }

    private mutating func finish() throws(LexError) {
        if let unclosed = unclosedBracket() {
            throw LexError(unclosed, overridesParserErrors: false, unclosedBracket: unclosed)
        }
        if lineHasTokens && baseLevel == 0 {
            append(.newline, from: location(commentStart ?? index), to: index)
        }
        let eof = endOfFileLocation()
        for _ in 1..<indents.count {
            tokens.append(Token(.dedent, at: eof, end: eof, level: 0))
        }
        tokens.append(Token(.endOfFile, at: eof, end: eof, level: level))
    }

    /// CPython places the end of file just past the last line that holds any character.
    private func endOfFileLocation() -> SourceLocation {
        var end = text.count, lineNumber = line
        while end > 0 && text[end - 1] == "\n" {
            end -= 1
            lineNumber -= 1
        }
        var start = end
        while start > 0 && text[start - 1] != "\n" { start -= 1 }
        let offset = lineNumber == firstLine ? firstLineOffset : 0
        return SourceLocation(line: max(lineNumber, 1), column: end - start + 1 + offset)
    }

    // MARK: - Tokens

    private mutating func lexToken() throws(LexError) {
        let c = text[index]
        if c == "'" || c == "\"" {
            return try lexString(start: index, prefix: "")
        }
        if isDigit(c) || (c == "." && isDigit(char(index + 1))) {
            return try lexNumber()
        }
        if isIdentifierStart(c) {
            return try lexName()
        }
        let start = location(index)
        if let (op, length) = matchOperator() {
            try trackBrackets(op, at: start)
            index += length
            append(.op(op), from: start, to: index)
            return
        }
        if c.value < 128 {
            if c.value < 32 || c.value == 127 {
                throw hardError("invalid non-printable character U+\(hex4(c))", at: location(index))
            }
            index += 1
            append(.unknown(Character(c)), from: start, to: index)
            return
        }
        throw invalidCharacter(c, at: index)
    }

    private func invalidCharacter(_ c: Unicode.Scalar, at i: Int) -> LexError {
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return hardError("invalid non-printable character U+\(hex4(c))", at: location(i))
        default:
            return hardError("invalid character '\(Character(c))' (U+\(hex4(c)))", at: location(i))
        }
    }

    private func hex4(_ c: Unicode.Scalar) -> String {
        let digits = String(c.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private mutating func trackBrackets(_ op: Operator, at start: SourceLocation) throws(LexError) {
        switch op {
        case .lparen, .lbracket, .lbrace:
            if level >= Lexer.maxBracketDepth {
                throw hardError("too many nested parentheses", at: start)
            }
            brackets.append((text[index], start))
        case .rparen, .rbracket, .rbrace:
            let closing = Character(text[index])
            guard let open = brackets.popLast() else {
                throw hardError("unmatched '\(closing)'", at: start)
            }
            let expected: Unicode.Scalar = open.scalar == "(" ? ")" : open.scalar == "[" ? "]" : "}"
            if text[index] != expected {
                var message = "closing parenthesis '\(closing)' does not match opening parenthesis '\(Character(open.scalar))'"
                if open.location.line != line { message += " on line \(open.location.line)" }
                throw hardError(message, at: start)
            }
        default:
            break
        }
    }

    /// The longest operator at the current position.
    private func matchOperator() -> (Operator, Int)? {
        let c1 = char(index + 1), c2 = char(index + 2)
        func pick(_ three: Operator?, _ two: [(Unicode.Scalar, Operator)], _ one: Operator?) -> (Operator, Int)? {
            if let three, c1 == three.rawValue.unicodeScalars.dropFirst().first, c2 == "=" { return (three, 3) }
            for (second, op) in two where c1 == second { return (op, 2) }
            return one.map { ($0, 1) }
        }
        switch text[index] {
        case "(": return (.lparen, 1)
        case ")": return (.rparen, 1)
        case "[": return (.lbracket, 1)
        case "]": return (.rbracket, 1)
        case "{": return (.lbrace, 1)
        case "}": return (.rbrace, 1)
        case ",": return (.comma, 1)
        case ";": return (.semicolon, 1)
        case "~": return (.tilde, 1)
        case ".": return c1 == "." && c2 == "." ? (.ellipsis, 3) : (.dot, 1)
        case ":": return pick(nil, [("=", .walrus)], .colon)
        case "=": return pick(nil, [("=", .equal)], .assign)
        case "!": return pick(nil, [("=", .notEqual)], nil)
        case "+": return pick(nil, [("=", .plusAssign)], .plus)
        case "-": return pick(nil, [("=", .minusAssign), (">", .arrow)], .minus)
        case "%": return pick(nil, [("=", .percentAssign)], .percent)
        case "@": return pick(nil, [("=", .atAssign)], .at)
        case "&": return pick(nil, [("=", .ampersandAssign)], .ampersand)
        case "|": return pick(nil, [("=", .pipeAssign)], .pipe)
        case "^": return pick(nil, [("=", .caretAssign)], .caret)
        case "*": return pick(.doubleStarAssign, [("*", .doubleStar), ("=", .starAssign)], .star)
        case "/": return pick(.doubleSlashAssign, [("/", .doubleSlash), ("=", .slashAssign)], .slash)
        case "<": return pick(.leftShiftAssign, [("<", .leftShift), ("=", .lessEqual), (">", .oldNotEqual)], .less)
        case ">": return pick(.rightShiftAssign, [(">", .rightShift), ("=", .greaterEqual)], .greater)
        default: return nil
        }
    }

    // MARK: - Names and strings

    private func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    private func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return (c.value | 0x20) >= 97 && (c.value | 0x20) <= 122 || c == "_" }
        return c.properties.isXIDStart
    }

    private func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return isIdentifierStart(c) || isDigit(c) }
        return c.properties.isXIDContinue
    }

    private static let keywords: [String: ReservedWord] = Dictionary(
        uniqueKeysWithValues: ReservedWord.allCases.map { ($0.rawValue, $0) })

    private mutating func lexName() throws(LexError) {
        let start = index
        index += 1
        var isASCII = text[start].isASCII
        while index < text.count && isIdentifierContinue(text[index]) {
            if text[index].value >= 128 { isASCII = false }
            index += 1
        }
        let word = isASCII ? asciiString(start..<index) : scalarString(start..<index)
        if (char(index) == "'" || char(index) == "\""), index - start <= 2, isStringPrefix(word.lowercased()) {
            return try lexString(start: start, prefix: word.lowercased())
        }
        let keyword = index - start <= 8 ? Lexer.keywords[word] : nil
        append(keyword.map { .keyword($0) } ?? .name(word), from: location(start), to: index)
    }

    /// `text[range]`, known to be ASCII, as a String built straight from its bytes.
    private func asciiString(_ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { buffer in
            for (offset, i) in range.enumerated() { buffer[offset] = UInt8(truncatingIfNeeded: text[i].value) }
            return range.count
        }
    }

    private func scalarString(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text[range])
        return String(view)
    }

    private func isStringPrefix(_ p: String) -> Bool {
        switch p {
        case "r", "u", "b", "f", "br", "rb", "fr", "rf": true
        default: false
        }
    }

    /// Reads a string literal whose prefix starts at `start` and whose quote is at `index`.
    /// Only the extent is found here; escapes and f-string fields are the parser's job.
    private mutating func lexString(start: Int, prefix: String) throws(LexError) {
        let startLocation = location(start)
        let quote = text[index]
        let isTriple = char(index + 1) == quote && char(index + 2) == quote
        index += isTriple ? 3 : 1
        let bodyIndex = index, bodyLocation = location(index)
        var bodyEnd = index
        while true {
            guard index < text.count else {
                let detected = text.last == "\n" ? line - 1 : line
                let kind = isTriple ? "unterminated triple-quoted string literal" : "unterminated string literal"
                throw hardError("\(kind) (detected at line \(detected))", at: startLocation)
            }
            let c = text[index]
            if c == quote {
                if !isTriple {
                    bodyEnd = index
                    index += 1
                    break
                }
                if char(index + 1) == quote && char(index + 2) == quote {
                    bodyEnd = index
                    index += 3
                    break
                }
                index += 1
            } else if c == "\n" {
                if !isTriple {
                    throw hardError("unterminated string literal (detected at line \(line))", at: startLocation)
                }
                index += 1
                beginLine(at: index)
            } else if c == "\\" {
                index += 1
                if char(index) == "\n" {
                    index += 1
                    beginLine(at: index)
                } else if index < text.count {
                    index += 1
                }
            } else {
                index += 1
            }
        }
        let range = bodyIndex..<bodyEnd
        let body = text[range].allSatisfy(\.isASCII) ? asciiString(range) : scalarString(range)
        let token = StringToken(
            isRaw: prefix.contains("r"), isBytes: prefix.contains("b"), isFormatted: prefix.contains("f"),
            isTriple: isTriple, body: body, bodyStart: bodyLocation)
        tokens.append(Token(.string(token), at: startLocation, end: location(index), level: level))
        lineHasTokens = true
    }

    // MARK: - Numbers

    /// Reads a number literal the way CPython's tokenizer does, including where it reports
    /// each malformed literal (the column of the character before the point of failure).
    private mutating func lexNumber() throws(LexError) {
        let start = index
        if text[index] == "0", let radix = radixOf(char(index + 1)) {
            index += 2
            let name = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary"
            var digits: [UInt8] = []
            repeat {
                if char(index) == "_" { index += 1 }
                guard let first = digitValue(char(index)), first < radix else {
                    if radix != 16, isDigit(char(index)) {
                        throw hardError("invalid digit '\(Character(char(index)))' in \(name) literal", at: location(index))
                    }
                    throw hardError("invalid \(name) literal", at: location(index - 1))
                }
                while let d = digitValue(char(index)), d < radix {
                    digits.append(UInt8(d))
                    index += 1
                }
            } while char(index) == "_"
            if radix != 16, isDigit(char(index)) {
                throw hardError("invalid digit '\(Character(char(index)))' in \(name) literal", at: location(index))
            }
            try verifyEndOfNumber(name)
            append(.int(Lexer.decimalString(digits, radix: radix)), from: location(start), to: index)
            return
        }
        var isFloat = false
        if text[index] == "." {
            isFloat = true
            index += 1
            try decimalTail()
        } else {
            try decimalTail()
            if char(index) == "." {
                isFloat = true
                index += 1
                if isDigit(char(index)) { try decimalTail() }
            }
        }
        if char(index) == "e" || char(index) == "E" {
            let e = index
            index += 1
            if char(index) == "+" || char(index) == "-" {
                index += 1
                if !isDigit(char(index)) { throw hardError("invalid decimal literal", at: location(index - 1)) }
            }
            if isDigit(char(index)) {
                isFloat = true
                try decimalTail()
            } else {
                // `1else`: the number ends before the `e` (checked just below).
                index = e
            }
        }
        if char(index) == "j" || char(index) == "J" {
            throw LexError(Diagnostic("complex numbers are not supported by loopscope", at: location(start)),
                           overridesParserErrors: false)
        }
        try verifyEndOfNumber("decimal")
        var literal = String.UnicodeScalarView()
        for c in text[start..<index] where c != "_" { literal.append(c) }
        let digits = String(literal)
        if isFloat {
            append(.float(Double(digits) ?? .infinity), from: location(start), to: index)
            return
        }
        if digits.count > 1, digits.hasPrefix("0") {
            if digits.utf8.contains(where: { $0 != UInt8(ascii: "0") }) {
                throw hardError("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                at: location(start))
            }
            append(.int("0"), from: location(start), to: index)
            return
        }
        append(.int(digits), from: location(start), to: index)
    }

    /// Digits with single underscores between them; `index` is at the first digit.
    private mutating func decimalTail() throws(LexError) {
        while true {
            while isDigit(char(index)) { index += 1 }
            guard char(index) == "_" else { return }
            index += 1
            if !isDigit(char(index)) { throw hardError("invalid decimal literal", at: location(index - 1)) }
        }
    }

    /// A number may not run into a name (`1abc`), except for the keywords CPython still
    /// accepts there with a warning (`1if x else 2`).
    private mutating func verifyEndOfNumber(_ kind: String) throws(LexError) {
        let c = char(index)
        guard isIdentifierContinue(c) || c.value >= 128 else { return }
        var end = index
        while end < text.count && isIdentifierContinue(text[end]) { end += 1 }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: text[index..<end])
        switch String(word) {
        case "and", "else", "for", "if", "in", "is", "or", "not": return
        default: throw hardError("invalid \(kind) literal", at: location(index - 1))
        }
    }

    private func radixOf(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "x", "X": 16
        case "o", "O": 8
        case "b", "B": 2
        default: nil
        }
    }

    private func digitValue(_ c: Unicode.Scalar) -> Int? {
        switch c.value {
        case 48...57: Int(c.value - 48)
        case 97...102: Int(c.value - 87)
        case 65...70: Int(c.value - 55)
        default: nil
        }
    }

    /// Converts digits in `radix` to base-10 text of any length.
    static func decimalString(_ digits: [UInt8], radix: Int) -> String {
        // Little-endian limbs in base 10^9.
        var limbs: [UInt64] = [0]
        let base: UInt64 = 1_000_000_000
        for digit in digits {
            var carry = UInt64(digit)
            for i in limbs.indices {
                let value = limbs[i] * UInt64(radix) + carry
                limbs[i] = value % base
                carry = value / base
            }
            while carry > 0 {
                limbs.append(carry % base)
                carry /= base
            }
        }
        var out = String(limbs[limbs.count - 1])
        for limb in limbs.dropLast().reversed() {
            let part = String(limb)
            out += String(repeating: "0", count: 9 - part.count) + part
        }
        return out
    }
}

extension LexError: Error {}
