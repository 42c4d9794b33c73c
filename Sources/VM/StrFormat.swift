import PyBase

/// `str.format(*args, **kwargs)` and `str.format_map(mapping)`, driving PyBase's parser the
/// way CPython's `unicode_format.h` interleaves parsing and evaluation (so errors come in
/// CPython's order).
extension Builtins {
    static func installStrFormat() {
        method(strType, "format") { vm, a in
            let s = try vm.receiver(a, PyStr.self, "str", "format")
            var kwargs: PyDict?
            if !a.keywords.isEmpty {
                let d = PyDict()
                for (k, v) in a.keywords { d[k] = v }
                kwargs = d
            }
            return .str(try vm.strFormat(s.value, args: Array(a.rest), mapping: kwargs.map { .object($0) }, formatMap: false, cache: s))
        }
        method(strType, "format_map") { vm, a in
            let s = try vm.receiver(a, PyStr.self, "str", "format_map")
            let mapping = try a.oneArgument("str.format_map")
            return .str(try vm.strFormat(s.value, args: [], mapping: mapping, formatMap: true, cache: s))
        }
        method(strType, "__format__") { vm, a in
            let s = try vm.receiver(a, PyStr.self, "str", "__format__")
            let spec = try a.oneArgument("str.__format__")
            guard let text = spec.stringValue else {
                throw vm.typeError("__format__() argument must be str, not \(spec.typeName)")
            }
            return .str(try vm.format(.str(s.value), spec: text))
        }
    }
}

extension VM {
    /// Renders a `str.format` template. `mapping` holds the keyword arguments (or the
    /// `format_map` mapping); positional fields are an error for `format_map`.
    public func strFormat(_ template: String, args: [Value], mapping: Value?, formatMap: Bool, cache: PyStr? = nil) throws -> String {
        var auto = StrFormat.AutoNumber()
        return try renderFormat(template, args: args, mapping: mapping, formatMap: formatMap, depth: 2, auto: &auto, cache: cache)
    }

    private func renderFormat(_ template: String, args: [Value], mapping: Value?, formatMap: Bool, depth: Int,
                              auto: inout StrFormat.AutoNumber, cache: PyStr? = nil) throws -> String {
        if depth <= 0 { throw exception(Builtins.valueError, StrFormat.maxRecursion.message) }
        var out = ""
        func render(_ piece: StrFormat.Piece) throws {
            out += piece.literal
            guard let field = piece.field else { return }
            let name = try pyBase { try StrFormat.FieldName.parse(field.name, autoNumber: &auto) }
            var value: Value
            switch name.first {
            case .index(let i):
                if formatMap { throw valueError(StrFormat.positionalInFormatMap.message) }
                guard i < args.count else { throw indexError(StrFormat.indexOutOfRange(i).message) }
                value = args[i]
            case .keyword(let k):
                guard let mapping else { throw keyError(.str(k)) }
                if let d = mapping.asObject as? PyDict, d.type === Builtins.dictType {
                    guard let v = d.storage[HashKey(.str(k))] else { throw keyError(.str(k)) }
                    value = v
                } else {
                    value = try getItem(mapping, .str(k))
                }
            }
            for accessor in name.accessors {
                switch accessor {
                case .attribute(let n): value = try getAttribute(value, n)
                case .index(let i): value = try getItem(value, .int(i))
                case .key(let k): value = try getItem(value, .str(k))
                }
            }
            if let e = name.trailingError { try pyBase { () throws -> Void in throw e } }
            if let c = field.conversion {
                try pyBase { try StrFormat.checkConversion(c) }
                switch c {
                case "r": value = .str(try repr(value))
                case "a": value = .str(ascii(try repr(value)))
                default: value = .str(try str(value))
                }
            }
            var spec = field.spec
            if field.specNeedsExpanding {
                spec = try renderFormat(spec, args: args, mapping: mapping, formatMap: formatMap, depth: depth - 1, auto: &auto)
            }
            out += try format(value, spec: spec)
        }
        if let pieces = StrFormat.parsedPieces(of: template, cache: cache) {
            for piece in pieces { try render(piece) }
        } else {
            // The template has a syntax error: render piece by piece so the errors of the
            // fields before it come first, as in CPython.
            var it = StrFormat.Iterator(template)
            while let piece = try pyBase({ try it.next() }) { try render(piece) }
        }
        return out
    }
}

extension StrFormat {
    /// All pieces of a well-formed template, remembered on the `str` object it came from
    /// (format strings are nearly always constants, so each is parsed once); nil when the
    /// template has a syntax error.
    static func parsedPieces(of template: String, cache: PyStr?) -> [Piece]? {
        if let cached = cache?.formatPieces { return cached }
        var it = Iterator(template)
        var pieces: [Piece] = []
        do {
            while let piece = try it.next() { pieces.append(piece) }
        } catch {
            return nil
        }
        cache?.formatPieces = pieces
        return pieces
    }
}
