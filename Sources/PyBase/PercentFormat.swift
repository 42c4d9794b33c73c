/// printf-style `str % args` formatting (CPython 3.11's `PyUnicode_Format`).
///
/// `parse` splits the format into literal text and conversion specs. CPython parses and consumes
/// arguments in one pass, so errors must be raised in its order; the caller walks the pieces and,
/// for each `Spec`, does:
///
/// 1. if `spec.key != .none` and the args are not a mapping: TypeError `formatRequiresMapping`;
/// 2. if `spec.key == .incomplete`: raise `spec.error`; if `.name(k)`: look `k` up in the mapping
///    (KeyError) and make the result the current single argument (`cursor.useSingleArgument()`);
/// 3. for `width == .star` then `precision == .star`: take `cursor.next()`; not an int → TypeError
///    `starWantsInt`;
/// 4. if `spec.error` is set: raise it (incomplete format, width/precision too big);
/// 5. take the value with `cursor.next()`;
/// 6. if `!spec.isSupported`: raise `spec.unsupportedError`;
/// 7. convert and format the value (see PercentFormatOutput.swift);
/// 8. if the args are a mapping and `cursor.hasUnconsumed`: TypeError `notAllConverted`.
///
/// After the last piece, if the args are not a mapping and `cursor.hasUnconsumed`: TypeError
/// `notAllConverted`. ("Mapping" is CPython's test: has `__getitem__` and is not a tuple or str;
/// a list counts.)
public enum PercentFormat {
    /// A piece of a `%` format string.
    public enum Piece: Equatable, Sendable {
        /// Literal text (`%%` already turned into `%`).
        case literal(String)
        /// A conversion spec. If `spec.error` is set it is the last piece.
        case spec(Spec)
    }

    /// The `(name)` mapping key of a spec.
    public enum Key: Equatable, Sendable {
        case none
        case name(String)
        /// Unbalanced parentheses: raise `spec.error` ("incomplete format key") after the mapping check.
        case incomplete
    }

    /// Width or precision as written.
    public enum Count: Equatable, Sendable {
        case none
        /// `*`: taken from the arguments.
        case star
        case value(Int)
    }

    /// The `-+ #0` flags.
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let leftAdjust = Flags(rawValue: 1)   // '-'
        public static let sign = Flags(rawValue: 2)         // '+'
        public static let blank = Flags(rawValue: 4)        // ' '
        public static let alternate = Flags(rawValue: 8)    // '#'
        public static let zero = Flags(rawValue: 16)        // '0'
    }

    /// One parsed `%…` conversion.
    public struct Spec: Equatable, Sendable {
        /// The `(name)` mapping key.
        public var key: Key = .none
        /// The `-+ #0` flags, and width/precision as written.
        public var flags: Flags = []
        public var width: Count = .none
        public var precision: Count = .none
        /// The conversion character (`d`, `s`, …); possibly unsupported.
        public var conversion: Unicode.Scalar = "\0"
        /// Index (in code points) of the conversion character in the format string.
        public var index: Int = 0
        /// A parse error to raise after the key and `*` arguments are handled (step 4).
        public var error: PyBaseError?

        /// Whether `conversion` is one of `s r a i d u o x X e E f F g G c`.
        public var isSupported: Bool {
            switch conversion {
            case "s", "r", "a", "i", "d", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "c": return true
            default: return false
            }
        }

        /// ValueError "unsupported format character 'q' (0x71) at index 3".
        public var unsupportedError: PyBaseError {
            let v = conversion.value
            let shown = (v >= 31 && v <= 126) ? String(Character(conversion)) : "?"
            return .value("unsupported format character '\(shown)' (0x\(String(v, radix: 16))) at index \(index)")
        }

        /// Resolves the `*` values (already fetched and checked to be ints) into a `Conversion`.
        /// A negative star width means left-adjust; a negative star precision means 0. Throws
        /// OverflowError "Python int too large to convert to C int" for a star precision outside
        /// the C int range (for a star width beyond `Int`, the caller raises
        /// "Python int too large to convert to C ssize_t").
        public func resolve(starWidth: Int? = nil, starPrecision: Int? = nil) throws -> Conversion {
            var c = Conversion(conversion: conversion, flags: flags)
            switch width {
            case .none: break
            case .value(let w): c.width = w
            case .star:
                let w = starWidth ?? 0
                if w < 0 {
                    c.flags.insert(.leftAdjust)
                    c.width = w == Int.min ? Int.max : -w
                } else {
                    c.width = w
                }
            }
            switch precision {
            case .none: break
            case .value(let p): c.precision = p
            case .star:
                let p = starPrecision ?? 0
                if p > Int(Int32.max) || p < Int(Int32.min) {
                    throw PyBaseError.overflow("Python int too large to convert to C int")
                }
                c.precision = max(p, 0)
            }
            try TextBudget.check(width: c.width, precision: c.precision)
            return c
        }
    }

    /// A spec with width and precision known: what the formatting helpers take.
    public struct Conversion: Equatable, Sendable {
        public var conversion: Unicode.Scalar
        public var flags: Flags
        /// -1 when absent.
        public var width = -1
        /// -1 when absent.
        public var precision = -1

        public init(conversion: Unicode.Scalar, flags: Flags = [], width: Int = -1, precision: Int = -1) {
            self.conversion = conversion
            self.flags = flags
            self.width = width
            self.precision = precision
        }
    }

    /// Parses a `%` format string (CPython's `PyUnicode_Format` / `unicode_format_arg_parse` scan).
    public static func parse(_ format: String) -> [Piece] {
        let s = Array(format.unicodeScalars)
        let n = s.count
        @inline(__always) func read(_ i: Int) -> Unicode.Scalar { i < n ? s[i] : "\0" }
        var pieces: [Piece] = []
        var literal = String.UnicodeScalarView()
        func flush() {
            if !literal.isEmpty {
                pieces.append(.literal(String(literal)))
                literal = String.UnicodeScalarView()
            }
        }
        var fmtpos = 0
        var fmtcnt = n
        while true {
            fmtcnt -= 1
            if fmtcnt < 0 { break }
            if read(fmtpos) != "%" {
                let start = fmtpos
                fmtpos += 1
                while fmtcnt >= 0 && read(fmtpos) != "%" {
                    fmtpos += 1
                    fmtcnt -= 1
                }
                if fmtcnt < 0 { fmtpos -= 1 }
                literal.append(contentsOf: s[start..<min(fmtpos, n)])
                continue
            }
            fmtpos += 1
            var ch = read(fmtpos)
            if ch == "%" {
                fmtpos += 1
                fmtcnt -= 1
                literal.append("%")
                continue
            }
            flush()
            var spec = Spec()
            if ch == "(" {
                fmtpos += 1
                fmtcnt -= 1
                let keystart = fmtpos
                var pcount = 1
                while pcount > 0 {
                    fmtcnt -= 1
                    if fmtcnt < 0 { break }
                    ch = read(fmtpos)
                    if ch == ")" { pcount -= 1 } else if ch == "(" { pcount += 1 }
                    fmtpos += 1
                }
                if fmtcnt < 0 || pcount > 0 {
                    spec.key = .incomplete
                    spec.error = .value("incomplete format key")
                    return pieces + [.spec(spec)]
                }
                spec.key = .name(String(String.UnicodeScalarView(s[keystart..<(fmtpos - 1)])))
            }
            while true {
                fmtcnt -= 1
                if fmtcnt < 0 { break }
                ch = read(fmtpos)
                fmtpos += 1
                switch ch {
                case "-": spec.flags.insert(.leftAdjust); continue
                case "+": spec.flags.insert(.sign); continue
                case " ": spec.flags.insert(.blank); continue
                case "#": spec.flags.insert(.alternate); continue
                case "0": spec.flags.insert(.zero); continue
                default: break
                }
                break
            }
            if ch == "*" {
                spec.width = .star
                fmtcnt -= 1
                if fmtcnt >= 0 { ch = read(fmtpos); fmtpos += 1 }
            } else if let d = asciiDigit(ch) {
                var w = d
                while true {
                    fmtcnt -= 1
                    if fmtcnt < 0 { break }
                    ch = read(fmtpos)
                    fmtpos += 1
                    guard let d = asciiDigit(ch) else { break }
                    if w > (Int.max - d) / 10 {
                        spec.width = .value(w)
                        spec.error = .value("width too big")
                        return pieces + [.spec(spec)]
                    }
                    w = w * 10 + d
                }
                spec.width = .value(w)
            }
            if ch == "." {
                spec.precision = .value(0)
                fmtcnt -= 1
                if fmtcnt >= 0 { ch = read(fmtpos); fmtpos += 1 }
                if ch == "*" {
                    spec.precision = .star
                    fmtcnt -= 1
                    if fmtcnt >= 0 { ch = read(fmtpos); fmtpos += 1 }
                } else if let d = asciiDigit(ch) {
                    var p = d
                    while true {
                        fmtcnt -= 1
                        if fmtcnt < 0 { break }
                        ch = read(fmtpos)
                        fmtpos += 1
                        guard let d = asciiDigit(ch) else { break }
                        if p > (Int(Int32.max) - d) / 10 {
                            spec.precision = .value(p)
                            spec.error = .value("precision too big")
                            return pieces + [.spec(spec)]
                        }
                        p = p * 10 + d
                    }
                    spec.precision = .value(p)
                }
            }
            if fmtcnt >= 0 && (ch == "h" || ch == "l" || ch == "L") {
                fmtcnt -= 1
                if fmtcnt >= 0 { ch = read(fmtpos); fmtpos += 1 }
            }
            if fmtcnt < 0 {
                spec.error = .value("incomplete format")
                return pieces + [.spec(spec)]
            }
            spec.conversion = ch
            spec.index = fmtpos - 1
            pieces.append(.spec(spec))
        }
        flush()
        return pieces
    }

    @inline(__always)
    static func asciiDigit(_ c: Unicode.Scalar) -> Int? {
        c.value >= 48 && c.value <= 57 ? Int(c.value - 48) : nil
    }

    // MARK: - Arguments

    /// CPython's argument cursor (`argidx`/`arglen`) over the right operand of `%`.
    public struct ArgCursor: Sendable {
        /// Which argument to use.
        public enum Arg: Equatable, Sendable {
            /// Element `i` of the tuple of arguments.
            case tupleItem(Int)
            /// The single (non-tuple) argument, or the value looked up by the last `(key)`.
            case single
        }
        var arglen: Int
        var argidx: Int

        /// `tupleCount` is the tuple's length, or nil when the right operand is not a tuple.
        public init(tupleCount: Int?) {
            if let c = tupleCount { arglen = c; argidx = 0 } else { arglen = -1; argidx = -2 }
        }

        /// The next argument, or TypeError "not enough arguments for format string".
        public mutating func next() throws -> Arg {
            guard argidx < arglen else { throw PercentFormat.notEnoughArguments }
            let i = argidx
            argidx += 1
            return arglen < 0 ? .single : .tupleItem(i)
        }

        /// After a `(key)` lookup: the looked-up value becomes the single argument.
        public mutating func useSingleArgument() { arglen = -1; argidx = -2 }

        /// Whether arguments remain unconsumed (CPython's `argidx < arglen`).
        public var hasUnconsumed: Bool { argidx < arglen }
    }

    // MARK: - Error messages

    /// The exact CPython exceptions of `%`-formatting that do not depend on a type name.
    public static let notEnoughArguments = PyBaseError.type("not enough arguments for format string")
    public static let notAllConverted = PyBaseError.type("not all arguments converted during string formatting")
    public static let formatRequiresMapping = PyBaseError.type("format requires a mapping")
    public static let starWantsInt = PyBaseError.type("* wants int")
    public static let charRequiresIntOrChar = PyBaseError.type("%c requires int or char")
    public static let charOutOfRange = PyBaseError.overflow("%c arg not in range(0x110000)")

    /// TypeError for `%d %i %u` (and `%o %x %X`) given a non-number:
    /// "%d format: a real number is required, not str" /
    /// "%x format: an integer is required, not float".
    public static func wrongType(conversion: Unicode.Scalar, typeName: String) -> PyBaseError {
        switch conversion {
        case "o", "x", "X": return .type("%\(conversion) format: an integer is required, not \(typeName)")
        default: return .type("%\(conversion) format: a real number is required, not \(typeName)")
        }
    }

    /// TypeError for `%e %f %g…` given a non-number: "must be real number, not str".
    public static func realNumberRequired(typeName: String) -> PyBaseError {
        .type("must be real number, not \(typeName)")
    }
}
