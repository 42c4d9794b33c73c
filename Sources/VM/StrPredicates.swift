/// `str` case conversions, `is…` predicates, padding, `expandtabs`, `encode`, `maketrans`
/// and `translate`, with CPython's Unicode rules (full case mappings, final sigma).
extension Builtins {
    nonisolated(unsafe) static let unicodeDecodeError = PyType(name: "UnicodeDecodeError", bases: [unicodeError],
                                                               layout: .exception, isBuiltin: true)
    nonisolated(unsafe) static let unicodeEncodeError = PyType(name: "UnicodeEncodeError", bases: [unicodeError],
                                                               layout: .exception, isBuiltin: true)

    static func installStrPredicates() {
        let t = strType
        func def(_ name: String, _ body: @escaping (VM, inout Arguments, PyStr) throws -> Value) {
            method(t, name) { vm, a in try body(vm, &a, try vm.receiver(a, PyStr.self, "str", name)) }
        }
        let conversions: [(String, ([Unicode.Scalar]) -> String)] = [
            ("upper", { s in mapScalars(s) { _, c in upperFull(c) } }),
            ("lower", { s in mapScalars(s) { i, c in lowerFull(s, i, c) } }),
            ("casefold", { s in mapScalars(s) { _, c in caseFold(c) } }),
            ("swapcase", { s in
                mapScalars(s) { i, c in
                    c.properties.isUppercase ? lowerFull(s, i, c) : c.properties.isLowercase ? upperFull(c) : String(c)
                }
            }),
            ("title", { s in
                var previousCased = false
                return mapScalars(s) { i, c in
                    let r = previousCased ? lowerFull(s, i, c) : c.properties.titlecaseMapping
                    previousCased = c.properties.isCased
                    return r
                }
            }),
            ("capitalize", { s in mapScalars(s) { i, c in i == 0 ? c.properties.titlecaseMapping : lowerFull(s, i, c) } }),
        ]
        for (name, convert) in conversions {
            let ascii: ((UInt8) -> UInt8)?
            switch name {
            case "upper": ascii = { (b: UInt8) -> UInt8 in b >= 97 && b <= 122 ? b - 32 : b }
            case "lower": ascii = { (b: UInt8) -> UInt8 in b >= 65 && b <= 90 ? b + 32 : b }
            default: ascii = nil
            }
            def(name) { _, a, s in
                try a.noArguments("str.\(name)")
                if let ascii, let r = UTF8Text.mapASCII(s.value, ascii) { return .str(r) }
                return .str(convert(s.scalars))
            }
        }
        let predicates: [(String, Bool, (Unicode.Scalar) -> Bool)] = [
            ("isdigit", false, { $0.properties.numericType == .decimal || $0.properties.numericType == .digit }),
            ("isdecimal", false, { $0.properties.numericType == .decimal }),
            ("isnumeric", false, { $0.properties.numericType != nil }),
            ("isalpha", false, isPyAlpha),
            ("isalnum", false, { isPyAlpha($0) || $0.properties.numericType != nil }),
            ("isspace", false, isPySpace),
            ("isprintable", true, isPyPrintable),
            ("isascii", true, { $0.isASCII }),
        ]
        for (name, emptyResult, test) in predicates {
            def(name) { _, a, s in
                try a.noArguments("str.\(name)")
                let sc = s.scalars
                return .bool(sc.isEmpty ? emptyResult : sc.allSatisfy(test))
            }
        }
        def("isupper") { _, a, s in
            try a.noArguments("str.isupper")
            return .bool(caseTest(s.scalars, wanted: { $0.isUppercase }, unwanted: { $0.isLowercase }))
        }
        def("islower") { _, a, s in
            try a.noArguments("str.islower")
            return .bool(caseTest(s.scalars, wanted: { $0.isLowercase }, unwanted: { $0.isUppercase }))
        }
        def("istitle") { _, a, s in
            try a.noArguments("str.istitle")
            var cased = false, previousCased = false
            for c in s.scalars {
                let p = c.properties
                if p.isUppercase || p.generalCategory == .titlecaseLetter {
                    if previousCased { return .bool(false) }
                    previousCased = true
                    cased = true
                } else if p.isLowercase {
                    if !previousCased { return .bool(false) }
                    previousCased = true
                    cased = true
                } else {
                    previousCased = false
                }
            }
            return .bool(cased)
        }
        def("isidentifier") { _, a, s in
            try a.noArguments("str.isidentifier")
            let sc = s.scalars
            guard let first = sc.first, first == "_" || first.properties.isXIDStart else { return .bool(false) }
            return .bool(sc.dropFirst().allSatisfy { $0.properties.isXIDContinue })
        }
        for name in ["center", "ljust", "rjust"] {
            def(name) { vm, a, s in
                try a.clinic(name, "str.\(name)", 1, 2)
                let width = try vm.indexArgument(a[1])
                var fill: Unicode.Scalar = " "
                if a.restCount > 1 {
                    guard let f = a[2].asObject as? PyStr else {
                        throw vm.typeError("The fill character must be a unicode character, not \(a[2].typeName)")
                    }
                    guard f.count == 1 else { throw vm.typeError("The fill character must be exactly one character long") }
                    fill = f.scalars[0]
                }
                let n = s.count
                if n >= width { return .str(s.value) }
                try checkAllocation(vm, width)
                let marg = width - n
                let left: Int
                switch name {
                case "ljust": left = 0
                case "rjust": left = marg
                default: left = marg / 2 + (marg & width & 1)
                }
                return .str(pad(s.scalars, left, marg - left, fill))
            }
        }
        def("zfill") { vm, a, s in
            let width = try vm.indexArgument(try a.oneArgument("str.zfill"))
            var sc = s.scalars
            if sc.count >= width { return .str(s.value) }
            try checkAllocation(vm, width)
            let fill = width - sc.count
            sc.insert(contentsOf: repeatElement("0" as Unicode.Scalar, count: fill), at: 0)
            if sc[fill] == "+" || sc[fill] == "-" {
                sc[0] = sc[fill]
                sc[fill] = "0"
            }
            return makeStr(sc)
        }
        def("expandtabs") { vm, a, s in
            let args = try a.bind("expandtabs", ["tabsize"])
            let tab = try args[0].map { v -> Int in
                if v.asObject is PyBigInt { throw vm.overflowError("Python int too large to convert to C int") }
                let t = try vm.indexArgument(v)
                guard t <= Int(Int32.max) && t >= Int(Int32.min) else { throw vm.overflowError("Python int too large to convert to C int") }
                return t
            } ?? 8
            if tab > 0 { try checkAllocation(vm, tab) }
            var out = String.UnicodeScalarView()
            var col = 0
            for c in s.scalars {
                if c == "\t" {
                    if tab > 0 {
                        let incr = tab - col % tab
                        col += incr
                        out.append(contentsOf: repeatElement(" " as Unicode.Scalar, count: incr))
                    }
                } else {
                    col += 1
                    out.append(c)
                    if c == "\n" || c == "\r" { col = 0 }
                }
            }
            return .str(String(out))
        }
        def("encode") { vm, a, s in
            let args = try a.bind("encode", ["encoding", "errors"])
            let encoding = try args[0].map { try vm.string($0, "encode() argument 'encoding'") } ?? "utf-8"
            let errors = try args[1].map { try vm.string($0, "encode() argument 'errors'") } ?? "strict"
            return .object(PyBytes(try vm.encode(s.scalars, encoding: encoding, errors: errors)))
        }
        method(bytesType, "decode") { vm, a in
            let b = try vm.receiver(a, PyBytes.self, "bytes", "decode")
            let args = try a.bind("decode", ["encoding", "errors"])
            let encoding = try args[0].map { try vm.string($0, "decode() argument 'encoding'") } ?? "utf-8"
            let errors = try args[1].map { try vm.string($0, "decode() argument 'errors'") } ?? "strict"
            return .str(try vm.decode(b.bytes, encoding: encoding, errors: errors))
        }
        method(bytesType, "__iter__") { vm, a in
            let b = try vm.receiver(a, PyBytes.self, "bytes", "__iter__")
            try a.noArguments("bytes.__iter__")
            return .object(PyIterator(.tuple(b.bytes.map { .int(Int($0)) }), typeName: "bytes_iterator"))
        }
        method(bytesType, "__getitem__") { vm, a in
            let b = try vm.receiver(a, PyBytes.self, "bytes", "__getitem__")
            let key = try a.oneArgument("bytes.__getitem__")
            if let sl = key.asObject as? PySlice {
                let (start, _, step, n) = try vm.sliceIndices(sl, count: b.bytes.count)
                return .object(PyBytes((0..<n).map { b.bytes[start + $0 * step] }))
            }
            guard key.bigIntValue != nil else {
                throw vm.typeError("byte indices must be integers or slices, not \(key.typeName)")
            }
            var i = try vm.indexArgument(key)
            if i < 0 { i += b.bytes.count }
            guard i >= 0 && i < b.bytes.count else { throw vm.indexError("index out of range") }
            return .int(Int(b.bytes[i]))
        }
        method(bytesType, "__contains__") { vm, a in
            let b = try vm.receiver(a, PyBytes.self, "bytes", "__contains__")
            let x = try a.oneArgument("bytes.__contains__")
            if let sub = x.asObject as? PyBytes {
                if sub.bytes.isEmpty { return .bool(true) }
                guard sub.bytes.count <= b.bytes.count else { return .bool(false) }
                for i in 0...(b.bytes.count - sub.bytes.count) where b.bytes[i..<(i + sub.bytes.count)].elementsEqual(sub.bytes) {
                    return .bool(true)
                }
                return .bool(false)
            }
            guard x.bigIntValue != nil else {
                throw vm.typeError("a bytes-like object is required, not '\(x.typeName)'")
            }
            let v = try vm.indexArgument(x)
            guard v >= 0 && v < 256 else { throw vm.valueError("byte must be in range(0, 256)") }
            return .bool(b.bytes.contains(UInt8(v)))
        }
        method(bytesType, "hex") { vm, a in
            let b = try vm.receiver(a, PyBytes.self, "bytes", "hex")
            try a.noArguments("bytes.hex")
            return .str(b.bytes.map { hex(UInt32($0), 2) }.joined())
        }
        let maketrans = PyNativeFunction("maketrans", qualname: "str.maketrans") { vm, a in
            try a.expect("maketrans", 1, 3)
            return .object(try vm.makeTranslation(a.positional))
        }
        t.dict["maketrans"] = .object(PyDescriptor(kind: .staticMethod, function: .object(maketrans)))
        def("translate") { vm, a, s in
            let table = try a.oneArgument("str.translate")
            var out = String.UnicodeScalarView()
            for c in s.scalars {
                let mapped: Value
                do {
                    mapped = try vm.getItem(table, .int(Int(c.value)))
                } catch let e as PyError where e.exception.type.isSubtype(of: Builtins.lookupError) {
                    out.append(c)
                    continue
                }
                switch mapped {
                case .none: continue
                case .int(let i):
                    guard i >= 0, i <= 0x10ffff else { throw vm.valueError("character mapping must be in range(0x110000)") }
                    out.append(Unicode.Scalar(UInt32(i)) ?? "\u{FFFD}")
                default:
                    guard let r = mapped.asObject as? PyStr else {
                        throw vm.typeError("character mapping must return integer, None or str")
                    }
                    out.append(contentsOf: r.value.unicodeScalars)
                }
            }
            return .str(String(out))
        }
    }
}

extension VM {
    /// `str.encode` for the UTF-8, ASCII and Latin-1 codecs.
    func encode(_ s: [Unicode.Scalar], encoding: String, errors: String) throws -> [UInt8] {
        let name = String(encoding.lowercased().map { $0 == "_" ? "-" : $0 })
        let limit: UInt32
        switch name {
        case "utf-8", "utf8", "u8", "utf": return Array(String(String.UnicodeScalarView(s)).utf8)
        case "ascii", "us-ascii", "646": limit = 0x80
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin": limit = 0x100
        default: throw exception(Builtins.lookupError, "unknown encoding: \(encoding)")
        }
        let codec = limit == 0x80 ? "ascii" : "latin-1"
        var out: [UInt8] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            if c.value < limit {
                out.append(UInt8(c.value))
                i += 1
                continue
            }
            switch errors {
            case "ignore": break
            case "replace": out.append(63)
            case "backslashreplace":
                let v = c.value
                let esc = v <= 0xff ? "\\x" + hex(v, 2) : v <= 0xffff ? "\\u" + hex(v, 4) : "\\U" + hex(v, 8)
                out.append(contentsOf: esc.utf8)
            case "xmlcharrefreplace": out.append(contentsOf: "&#\(c.value);".utf8)
            case "strict":
                var j = i + 1
                while j < s.count && s[j].value >= limit { j += 1 }
                let shown = ascii(VM.quote(String(c))).dropFirst().dropLast()
                let what = j - i == 1 ? "character '\(shown)' in position \(i)" : "characters in position \(i)-\(j - 1)"
                throw exception(Builtins.unicodeEncodeError,
                                "'\(codec)' codec can't encode \(what): ordinal not in range(\(limit))")
            default:
                throw exception(Builtins.lookupError, "unknown error handler name '\(errors)'")
            }
            i += 1
        }
        return out
    }

    /// `bytes.decode` for the UTF-8, ASCII and Latin-1 codecs, with CPython's error ranges.
    func decode(_ bytes: [UInt8], encoding: String, errors: String) throws -> String {
        let name = String(encoding.lowercased().map { $0 == "_" ? "-" : $0 })
        var out = String.UnicodeScalarView()
        func fail(_ codec: String, _ start: Int, _ end: Int, _ reason: String) throws {
            switch errors {
            case "strict":
                let what = end - start == 1 ? "byte 0x\(hex(UInt32(bytes[start]), 2)) in position \(start)"
                    : "bytes in position \(start)-\(end - 1)"
                throw exception(Builtins.unicodeDecodeError, "'\(codec)' codec can't decode \(what): \(reason)")
            case "replace": out.append("\u{FFFD}")
            case "ignore": break
            default: throw exception(Builtins.lookupError, "unknown error handler name '\(errors)'")
            }
        }
        switch name {
        case "utf-8", "utf8", "u8", "utf":
            var i = 0
            while i < bytes.count {
                let b0 = bytes[i]
                if b0 < 0x80 {
                    out.append(Unicode.Scalar(b0))
                    i += 1
                    continue
                }
                let need: Int, low: UInt8, high: UInt8
                switch b0 {
                case 0xc2...0xdf: (need, low, high) = (1, 0x80, 0xbf)
                case 0xe0: (need, low, high) = (2, 0xa0, 0xbf)
                case 0xed: (need, low, high) = (2, 0x80, 0x9f)
                case 0xe1...0xef: (need, low, high) = (2, 0x80, 0xbf)
                case 0xf0: (need, low, high) = (3, 0x90, 0xbf)
                case 0xf4: (need, low, high) = (3, 0x80, 0x8f)
                case 0xf1...0xf3: (need, low, high) = (3, 0x80, 0xbf)
                default:
                    try fail("utf-8", i, i + 1, "invalid start byte")
                    i += 1
                    continue
                }
                var value = UInt32(b0) & (need == 1 ? 0x1f : need == 2 ? 0x0f : 0x07)
                var k = 1
                var bad = false
                while k <= need {
                    guard i + k < bytes.count else { break }
                    let c = bytes[i + k]
                    let (lo, hi) = k == 1 ? (low, high) : (0x80, 0xbf)
                    if c < lo || c > hi { bad = true; break }
                    value = value << 6 | UInt32(c & 0x3f)
                    k += 1
                }
                if k > need {
                    out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                    i += k
                } else {
                    try fail("utf-8", i, i + k, bad ? "invalid continuation byte" : "unexpected end of data")
                    i += k
                }
            }
        case "ascii", "us-ascii", "646":
            for (i, b) in bytes.enumerated() {
                if b < 0x80 { out.append(Unicode.Scalar(b)) } else { try fail("ascii", i, i + 1, "ordinal not in range(128)") }
            }
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin":
            for b in bytes { out.append(Unicode.Scalar(b)) }
        default:
            throw exception(Builtins.lookupError, "unknown encoding: \(encoding)")
        }
        return String(out)
    }

    /// `str.maketrans(x[, y[, z]])`.
    func makeTranslation(_ args: [Value]) throws -> PyDict {
        let d = PyDict()
        if args.count == 1 {
            guard let src = args[0].asObject as? PyDict else {
                throw typeError("if you give only one argument to maketrans it must be a dict")
            }
            for (k, v) in src.storage {
                if let s = k.value.asObject as? PyStr {
                    guard s.count == 1 else { throw valueError("string keys in translate table must be of length 1") }
                    try dictSet(d, .int(Int(s.scalars[0].value)), v)
                } else if case .int = k.value {
                    try dictSet(d, k.value, v)
                } else if case .bool(let b) = k.value {
                    try dictSet(d, .int(b ? 1 : 0), v)
                } else {
                    throw typeError("keys in translate table must be strings or integers")
                }
            }
            return d
        }
        guard let x = args[0].asObject as? PyStr else { throw typeError("maketrans() argument 1 must be str, not \(args[0].typeName)") }
        guard let y = args[1].asObject as? PyStr else { throw typeError("maketrans() argument 2 must be str, not \(args[1].typeName)") }
        guard x.count == y.count else { throw valueError("the first two maketrans arguments must have equal length") }
        for (a, b) in zip(x.scalars, y.scalars) { try dictSet(d, .int(Int(a.value)), .int(Int(b.value))) }
        if args.count == 3 {
            guard let z = args[2].asObject as? PyStr else { throw typeError("maketrans() argument 3 must be str, not \(args[2].typeName)") }
            for c in z.scalars { try dictSet(d, .int(Int(c.value)), .none) }
        }
        return d
    }
}

// MARK: - Unicode helpers

private func mapScalars(_ s: [Unicode.Scalar], _ f: (Int, Unicode.Scalar) -> String) -> String {
    var out = ""
    out.reserveCapacity(s.count)
    for (i, c) in s.enumerated() { out += f(i, c) }
    return out
}

private func upperFull(_ c: Unicode.Scalar) -> String {
    if c.isASCII { return c.value >= 97 && c.value <= 122 ? String(Unicode.Scalar(c.value - 32)!) : String(c) }
    return c.properties.uppercaseMapping
}

/// Lowercase with CPython's Final_Sigma rule for U+03A3.
private func lowerFull(_ s: [Unicode.Scalar], _ i: Int, _ c: Unicode.Scalar) -> String {
    if c.isASCII { return c.value >= 65 && c.value <= 90 ? String(Unicode.Scalar(c.value + 32)!) : String(c) }
    guard c == "\u{03A3}" else { return c.properties.lowercaseMapping }
    var j = i - 1
    while j >= 0 && s[j].properties.isCaseIgnorable { j -= 1 }
    var finalSigma = j >= 0 && s[j].properties.isCased
    if finalSigma && i + 1 < s.count {
        j = i + 1
        while j < s.count && s[j].properties.isCaseIgnorable { j += 1 }
        finalSigma = j == s.count || !s[j].properties.isCased
    }
    return finalSigma ? "\u{03C2}" : "\u{03C3}"
}

/// Full case folding, derived from the case mappings Swift exposes.
private func caseFold(_ c: Unicode.Scalar) -> String {
    switch c.value {
    case 0x13A0...0x13F5: return String(c)
    case 0x13F8...0x13FD: return String(Unicode.Scalar(c.value - 8)!)
    case 0xAB70...0xABBF: return String(Unicode.Scalar(c.value - 0xAB70 + 0x13A0)!)
    default: break
    }
    let lower = c.properties.lowercaseMapping
    if lower != String(c) { return lower.unicodeScalars.map(foldLower).joined() }
    return foldLower(c)
}

private func foldLower(_ c: Unicode.Scalar) -> String {
    let upper = c.properties.uppercaseMapping
    guard c.properties.changesWhenCaseFolded || upper.unicodeScalars.count > 1 else { return String(c) }
    return upper.unicodeScalars.map { $0.properties.lowercaseMapping }.joined()
}

private func isPyAlpha(_ c: Unicode.Scalar) -> Bool {
    switch c.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
    default: return false
    }
}

func isPyPrintable(_ c: Unicode.Scalar) -> Bool {
    if c == " " { return true }
    switch c.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}

private func caseTest(_ s: [Unicode.Scalar], wanted: (Unicode.Scalar.Properties) -> Bool,
                      unwanted: (Unicode.Scalar.Properties) -> Bool) -> Bool {
    var cased = false
    for c in s {
        let p = c.properties
        if unwanted(p) || p.generalCategory == .titlecaseLetter { return false }
        if !cased && wanted(p) { cased = true }
    }
    return cased
}

private func pad(_ s: [Unicode.Scalar], _ left: Int, _ right: Int, _ fill: Unicode.Scalar) -> String {
    var out = String.UnicodeScalarView()
    out.append(contentsOf: repeatElement(fill, count: max(0, left)))
    out.append(contentsOf: s)
    out.append(contentsOf: repeatElement(fill, count: max(0, right)))
    return String(out)
}
