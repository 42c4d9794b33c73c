/// String literals: adjacent pieces are concatenated, escapes decoded, and f-strings split
/// into literal text and replacement fields.
///
/// CPython reports most errors found here at the token that follows the literals (it
/// raises them after reading the whole sequence), so these do too.
extension SyntaxParser {
    mutating func parseStrings() throws(Diagnostic) -> Expr {
        let start = location
        var pieces: [(literal: StringToken, token: Token)] = []
        while case .string(let literal) = kind {
            pieces.append((literal, current))
            try advance()
        }
        let errorLocation = location
        let isBytes = pieces[0].literal.isBytes
        if pieces.contains(where: { $0.literal.isBytes != isBytes }) {
            throw error("cannot mix bytes and nonbytes literals", at: errorLocation)
        }
        if isBytes {
            var bytes: [UInt8] = []
            for piece in pieces {
                bytes += try StringDecoder.decodeBytes(piece.literal, token: piece.token.location, errorAt: errorLocation)
            }
            return Expr(.constant(.bytes(bytes)), at: start)
        }
        guard pieces.contains(where: { $0.literal.isFormatted }) else {
            var text = ""
            for piece in pieces {
                text += try StringDecoder.decode(piece.literal.body, raw: piece.literal.isRaw, errorAt: errorLocation)
            }
            return Expr(.constant(.string(text)), at: start)
        }
        var parts: [FStringPart] = []
        for piece in pieces {
            if piece.literal.isFormatted {
                var fstring = FStringParser(piece.literal, errorLocation: errorLocation, depth: depth)
                FStringParser.append(try fstring.parse(), to: &parts)
            } else {
                let text = try StringDecoder.decode(piece.literal.body, raw: piece.literal.isRaw, errorAt: errorLocation)
                FStringParser.append([.literal(text)], to: &parts)
            }
        }
        return Expr(.joinedStr(parts), at: start)
    }
}

/// Escape sequences of string and bytes literals, as CPython 3.11 decodes them.
enum StringDecoder {
    /// Decodes a `str` literal's body; most need no work at all.
    static func decode(_ body: String, raw: Bool, errorAt errorLocation: SourceLocation) throws(Diagnostic) -> String {
        if raw || !body.utf8.contains(UInt8(ascii: "\\")) { return body }
        return try decode(Array(body.unicodeScalars), raw: false, errorAt: errorLocation)
    }

    /// Decodes a `str` literal's body (or an f-string's literal text).
    static func decode(_ body: [Unicode.Scalar], raw: Bool, errorAt errorLocation: SourceLocation) throws(Diagnostic) -> String {
        if raw || !body.contains("\\") {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: body)
            return String(view)
        }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < body.count {
            let c = body[i]
            guard c == "\\", i + 1 < body.count else {
                out.append(c)
                i += 1
                continue
            }
            let next = body[i + 1]
            i += 2
            switch next {
            case "\n": break
            case "\\", "'", "\"": out.append(next)
            case "a": out.append("\u{07}")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "v": out.append("\u{0B}")
            case "0"..."7":
                var value = next.value - 48
                var count = 1
                while count < 3, i < body.count, body[i].value >= 48, body[i].value <= 55 {
                    value = value * 8 + body[i].value - 48
                    i += 1
                    count += 1
                }
                out.append(Unicode.Scalar(value)!)
            case "x", "u", "U":
                let width = next == "x" ? 2 : next == "u" ? 4 : 8
                var value: UInt32 = 0
                var digits = 0
                while digits < width, i < body.count, let d = hexValue(body[i]) {
                    value = value * 16 + d
                    i += 1
                    digits += 1
                }
                let escapeStart = position(of: i - 2 - digits, in: body)
                guard digits == width else {
                    let name = next == "x" ? "\\xXX" : next == "u" ? "\\uXXXX" : "\\UXXXXXXXX"
                    throw unicodeError(from: escapeStart, to: escapeStart + 1 + digits, "truncated \(name) escape", errorLocation)
                }
                if (0xD800...0xDFFF).contains(value) {
                    throw Diagnostic("lone surrogate escapes are not supported by loopscope", at: errorLocation)
                }
                guard let scalar = Unicode.Scalar(value) else {
                    throw unicodeError(from: escapeStart, to: escapeStart + 1 + digits, "illegal Unicode character", errorLocation)
                }
                out.append(scalar)
            case "N":
                throw Diagnostic("\\N{...} escapes are not supported by loopscope", at: errorLocation)
            default:
                // Unknown escapes keep their backslash (CPython warns).
                out.append("\\")
                out.append(next)
            }
        }
        return String(out)
    }

    /// Decodes a bytes literal; non-ASCII characters are refused at the literal itself.
    static func decodeBytes(_ literal: StringToken, token: SourceLocation, errorAt errorLocation: SourceLocation) throws(Diagnostic) -> [UInt8] {
        let body = Array(literal.body.unicodeScalars)
        if body.contains(where: { !$0.isASCII }) {
            throw Diagnostic("bytes can only contain ASCII literal characters", at: token)
        }
        if literal.isRaw { return body.map { UInt8($0.value) } }
        var out: [UInt8] = []
        var i = 0
        while i < body.count {
            let c = body[i]
            guard c == "\\", i + 1 < body.count else {
                out.append(UInt8(c.value))
                i += 1
                continue
            }
            let next = body[i + 1]
            i += 2
            switch next {
            case "\n": break
            case "\\", "'", "\"": out.append(UInt8(next.value))
            case "a": out.append(7)
            case "b": out.append(8)
            case "f": out.append(12)
            case "n": out.append(10)
            case "r": out.append(13)
            case "t": out.append(9)
            case "v": out.append(11)
            case "0"..."7":
                var value = next.value - 48
                var count = 1
                while count < 3, i < body.count, body[i].value >= 48, body[i].value <= 55 {
                    value = value * 8 + body[i].value - 48
                    i += 1
                    count += 1
                }
                out.append(UInt8(value & 0xFF))
            case "x":
                guard i + 1 < body.count, let high = hexValue(body[i]), let low = hexValue(body[i + 1]) else {
                    throw Diagnostic("(value error) invalid \\x escape at position \(i - 2)", at: errorLocation)
                }
                out.append(UInt8(high * 16 + low))
                i += 2
            default:
                out.append(UInt8(ascii: "\\"))
                out.append(UInt8(next.value))
            }
        }
        return out
    }

    private static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c.value {
        case 48...57: c.value - 48
        case 97...102: c.value - 87
        case 65...70: c.value - 55
        default: nil
        }
    }

    /// A position as CPython's codec counts it: it sees non-ASCII characters as `\UXXXXXXXX`.
    private static func position(of index: Int, in body: [Unicode.Scalar]) -> Int {
        body[..<index].reduce(0) { $0 + ($1.isASCII ? 1 : 10) }
    }

    private static func unicodeError(from start: Int, to end: Int, _ reason: String, _ location: SourceLocation) -> Diagnostic {
        Diagnostic("(unicode error) 'unicodeescape' codec can't decode bytes in position \(start)-\(end): \(reason)", at: location)
    }
}
