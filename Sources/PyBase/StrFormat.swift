/// `str.format` / `str.format_map` parsing (CPython's Objects/stringlib/unicode_format.h).
///
/// CPython interleaves parsing and evaluation, so errors surface in a precise order. Use it as
/// CPython does:
///
///     var auto = StrFormat.AutoNumber()
///     var it = StrFormat.Iterator(template)
///     while let piece = try it.next() {           // parse errors of later text come later
///         out += piece.literal
///         guard let field = piece.field else { continue }
///         let name = try StrFormat.FieldName.parse(field.name, autoNumber: &auto)
///         // look up name.first (.index → positional; "Replacement index 2 out of range for
///         // positional args tuple" IndexError; .keyword → KeyError with the key), then apply
///         // name.accessors in order (getattr / getitem), then throw name.trailingError if set.
///         // If field.conversion != nil: try StrFormat.checkConversion(c), then str/repr/ascii.
///         // If field.specNeedsExpanding: spec = expand(field.spec) by running this same loop on
///         // the spec with the SAME `auto`, depth - 1 (top level depth is 2; at depth 0 raise
///         // `StrFormat.maxRecursion`).
///         // Then format(value, spec).
///     }
public enum StrFormat {
    /// One step of the iteration: literal text, then optionally a replacement field.
    public struct Piece: Equatable, Sendable {
        public var literal: String
        public var field: Field?
    }

    /// A replacement field `{name!conversion:spec}` as written.
    public struct Field: Equatable, Sendable {
        /// The field name (`""`, `"0"`, `"name.attr[key]"`), to be parsed with `FieldName.parse`.
        public var name: String
        /// The conversion character after `!`, unchecked (see `checkConversion`).
        public var conversion: Unicode.Scalar?
        /// The format spec after `:` (may contain nested `{…}`).
        public var spec: String
        /// Whether `spec` contains `{` and must be expanded first.
        public var specNeedsExpanding: Bool
    }

    /// ValueError raised when a spec nested two levels deep needs expanding (`{:{:{}}}`).
    public static let maxRecursion = PyBaseError.value("Max string recursion exceeded")

    /// Checks a conversion: `r`, `s` and `a` are valid; else ValueError
    /// "Unknown conversion specifier x" (raised after the field's value was looked up).
    public static func checkConversion(_ c: Unicode.Scalar) throws {
        switch c {
        case "r", "s", "a": return
        default:
            if c.value > 32 && c.value < 127 {
                throw PyBaseError.value("Unknown conversion specifier \(c)")
            }
            throw PyBaseError.value("Unknown conversion specifier \\x\(String(c.value, radix: 16))")
        }
    }

    /// `MarkupIterator`: yields pieces until the end of the string.
    public struct Iterator: Sendable {
        let s: [Unicode.Scalar]
        var pos = 0

        /// Iterates over `template` (the string `.format` is called on).
        public init(_ template: String) { s = Array(template.unicodeScalars) }

        /// The next piece, nil at the end. Throws ValueError "Single '}' encountered in format
        /// string", "Single '{' encountered in format string", "unexpected '{' in field name",
        /// "expected '}' before end of string", "end of string while looking for conversion
        /// specifier", "expected ':' after conversion specifier", "unmatched '{' in format spec".
        public mutating func next() throws -> Piece? {
            let end = s.count
            if pos >= end { return nil }
            let start = pos
            var c: Unicode.Scalar = "\0"
            var markupFollows = false
            while pos < end {
                c = s[pos]
                pos += 1
                if c == "{" || c == "}" {
                    markupFollows = true
                    break
                }
            }
            let atEnd = pos >= end
            var len = pos - start
            if c == "}" && markupFollows && (atEnd || s[pos] != "}") {
                throw PyBaseError.value("Single '}' encountered in format string")
            }
            if atEnd && c == "{" && markupFollows {
                throw PyBaseError.value("Single '{' encountered in format string")
            }
            if !atEnd && markupFollows {
                if s[pos] == c {
                    pos += 1
                    markupFollows = false
                } else {
                    len -= 1
                }
            }
            let literal = String(String.UnicodeScalarView(s[start..<(start + len)]))
            if !markupFollows { return Piece(literal: literal, field: nil) }
            return Piece(literal: literal, field: try parseField())
        }

        /// `parse_field`, positioned just after the opening `{`.
        mutating func parseField() throws -> Field {
            let end = s.count
            let nameStart = pos
            var c: Unicode.Scalar = "\0"
            scan: while pos < end {
                c = s[pos]
                pos += 1
                switch c {
                case "{":
                    throw PyBaseError.value("unexpected '{' in field name")
                case "[":
                    while pos < end && s[pos] != "]" { pos += 1 }
                    continue scan
                case "}", ":", "!":
                    break scan
                default:
                    continue scan
                }
            }
            let name = String(String.UnicodeScalarView(s[nameStart..<max(nameStart, pos - 1)]))
            var field = Field(name: name, conversion: nil, spec: "", specNeedsExpanding: false)
            if c == "!" || c == ":" {
                if c == "!" {
                    if pos >= end {
                        throw PyBaseError.value("end of string while looking for conversion specifier")
                    }
                    field.conversion = s[pos]
                    pos += 1
                    if pos < end {
                        let c2 = s[pos]
                        pos += 1
                        if c2 == "}" { return field }
                        if c2 != ":" { throw PyBaseError.value("expected ':' after conversion specifier") }
                    }
                }
                let specStart = pos
                var count = 1
                while pos < end {
                    let ch = s[pos]
                    pos += 1
                    if ch == "{" {
                        field.specNeedsExpanding = true
                        count += 1
                    } else if ch == "}" {
                        count -= 1
                        if count == 0 {
                            field.spec = String(String.UnicodeScalarView(s[specStart..<(pos - 1)]))
                            return field
                        }
                    }
                }
                throw PyBaseError.value("unmatched '{' in format spec")
            } else if c != "}" || pos > end {
                throw PyBaseError.value("expected '}' before end of string")
            }
            return field
        }
    }

    /// Auto-numbering state shared by a format string and its nested specs.
    public struct AutoNumber: Sendable {
        enum State { case initial, auto, manual }
        var state = State.initial
        var next = 0
        public init() {}
    }

    /// A parsed field name: `first` then a chain of accessors.
    public struct FieldName: Equatable, Sendable {
        public enum First: Equatable, Sendable {
            /// Positional argument (explicit `{0}` or auto-numbered `{}`).
            case index(Int)
            /// Keyword argument / mapping key.
            case keyword(String)
        }
        public enum Accessor: Equatable, Sendable {
            /// `.name`
            case attribute(String)
            /// `[digits]`: an integer index (CPython uses `PySequence_GetItem` or `getitem(int)`).
            case index(Int)
            /// `[text]`: a string key.
            case key(String)
        }
        public var first: First
        public var accessors: [Accessor]
        /// A malformed accessor chain ("Only '.' or '[' may follow ']' in format field specifier",
        /// "Missing ']' in format string", "Empty attribute in format string"): CPython raises it
        /// after looking up `first` and applying `accessors`.
        public var trailingError: PyBaseError?

        /// `field_name_split` + the `FieldNameIterator`. Throws ValueError "cannot switch from
        /// manual field specification to automatic field numbering" (and the reverse), "Too many
        /// decimal digits in format string".
        public static func parse(_ name: String, autoNumber: inout AutoNumber) throws -> FieldName {
            let s = Array(name.unicodeScalars)
            let end = s.count
            var i = 0
            while i < end && s[i] != "." && s[i] != "[" { i += 1 }
            let firstPart = Array(s[0..<i])
            let firstIndex = try integer(firstPart)
            let empty = firstPart.isEmpty
            let numeric = empty || firstIndex != nil
            if autoNumber.state == .initial && numeric {
                autoNumber.state = empty ? .auto : .manual
            }
            if numeric {
                if autoNumber.state == .manual && empty {
                    throw PyBaseError.value("cannot switch from manual field specification to automatic field numbering")
                }
                if autoNumber.state == .auto && !empty {
                    throw PyBaseError.value("cannot switch from automatic field numbering to manual field specification")
                }
            }
            var result: FieldName
            if empty {
                result = FieldName(first: .index(autoNumber.next), accessors: [])
                autoNumber.next += 1
            } else if let idx = firstIndex {
                result = FieldName(first: .index(idx), accessors: [])
            } else {
                result = FieldName(first: .keyword(String(String.UnicodeScalarView(firstPart))), accessors: [])
            }
            // The rest: (.name | [key])*
            while i < end {
                let c = s[i]
                i += 1
                var part: [Unicode.Scalar]
                if c == "." {
                    let st = i
                    while i < end && s[i] != "." && s[i] != "[" { i += 1 }
                    part = Array(s[st..<i])
                    if part.isEmpty {
                        result.trailingError = .value("Empty attribute in format string")
                        return result
                    }
                    result.accessors.append(.attribute(String(String.UnicodeScalarView(part))))
                } else if c == "[" {
                    let st = i
                    while i < end && s[i] != "]" { i += 1 }
                    if i >= end {
                        result.trailingError = .value("Missing ']' in format string")
                        return result
                    }
                    part = Array(s[st..<i])
                    i += 1
                    let idx: Int?
                    do { idx = try integer(part) } catch let e as PyBaseError {
                        result.trailingError = e
                        return result
                    }
                    if part.isEmpty {
                        result.trailingError = .value("Empty attribute in format string")
                        return result
                    }
                    result.accessors.append(idx.map { .index($0) } ?? .key(String(String.UnicodeScalarView(part))))
                } else {
                    result.trailingError = .value("Only '.' or '[' may follow ']' in format field specifier")
                    return result
                }
            }
            return result
        }

        /// CPython's `get_integer` on a substring: nil unless all Unicode decimal digits.
        static func integer(_ s: [Unicode.Scalar]) throws -> Int? {
            if s.isEmpty { return nil }
            var acc = 0
            for c in s {
                guard let d = FormatSpec.decimalValue(c) else { return nil }
                if acc > (Int.max - d) / 10 {
                    throw PyBaseError.value("Too many decimal digits in format string")
                }
                acc = acc * 10 + d
            }
            return acc
        }
    }

    /// IndexError "Replacement index 3 out of range for positional args tuple".
    public static func indexOutOfRange(_ i: Int) -> PyBaseError {
        PyBaseError(.indexError, "Replacement index \(i) out of range for positional args tuple")
    }

    /// ValueError for a positional field in `format_map`.
    public static let positionalInFormatMap = PyBaseError.value("Format string contains positional fields")
}
