/// The errors CPython's compiler reports for `match` patterns: a capture or wildcard that
/// makes later cases or alternatives unreachable, a name bound twice, alternatives binding
/// different names, and duplicate literal keys in a mapping pattern. Like CPython, an
/// error that concerns a whole (sub)pattern is reported where the last pattern visited starts.
struct PatternRules {
    /// The pattern visited last, in CPython's compilation order.
    private var last = SourceLocation.unknown

    static func check(_ cases: [MatchCase]) -> Diagnostic? {
        var rules = PatternRules()
        for (i, c) in cases.enumerated() {
            var names: [String] = []
            let allow = c.guardExpr != nil || i == cases.count - 1
            if let d = rules.check(c.pattern, allowIrrefutable: allow, names: &names) { return d }
        }
        return nil
    }

    private mutating func check(_ p: Pattern, allowIrrefutable: Bool, names: inout [String]) -> Diagnostic? {
        last = p.location
        func bind(_ name: String?, at location: SourceLocation) -> Diagnostic? {
            guard let name else { return nil }
            if names.contains(name) { return Diagnostic("multiple assignments to name '\(name)' in pattern", at: location) }
            names.append(name)
            return nil
        }
        switch p.kind {
        case .as(nil, let name):
            if !allowIrrefutable {
                if let name { return Diagnostic("name capture '\(name)' makes remaining patterns unreachable", at: p.location) }
                return Diagnostic("wildcard makes remaining patterns unreachable", at: p.location)
            }
            return bind(name, at: p.location)
        case .as(let sub?, let name):
            if let d = check(sub, allowIrrefutable: allowIrrefutable, names: &names) { return d }
            return bind(name, at: p.location)
        case .star(let name):
            return bind(name, at: p.location)
        case .value, .singleton:
            return nil
        case .sequence(let items):
            return all(items, &names)
        case .class(_, let patterns, _, let keywordPatterns):
            return all(patterns + keywordPatterns, &names)
        case .mapping(let keys, let patterns, let rest):
            var seen: [String] = []
            for key in keys {
                guard let text = Self.literalKeyRepr(key) else { continue }
                if seen.contains(text) { return Diagnostic("mapping pattern checks duplicate key (\(text))", at: p.location) }
                seen.append(text)
            }
            if let d = all(patterns, &names) { return d }
            return bind(rest, at: last)
        case .or(let alternatives):
            var bound: Set<String>?
            var added: [String] = []
            for (i, alt) in alternatives.enumerated() {
                var altNames = names
                let allow = allowIrrefutable && i == alternatives.count - 1
                if let d = check(alt, allowIrrefutable: allow, names: &altNames) { return d }
                added = altNames.filter { !names.contains($0) }
                if let bound, bound != Set(added) {
                    return Diagnostic("alternative patterns bind different names", at: last)
                }
                bound = Set(added)
            }
            names += added
            return nil
        }
    }

    private mutating func all(_ items: [Pattern], _ names: inout [String]) -> Diagnostic? {
        for item in items {
            if let d = check(item, allowIrrefutable: true, names: &names) { return d }
        }
        return nil
    }

    /// The repr CPython shows for a duplicate literal key (dotted names are not checked).
    private static func literalKeyRepr(_ e: Expr) -> String? {
        switch e.kind {
        case .constant(.string(let s)):
            if s.contains("'") && !s.contains("\"") { return "\"\(s)\"" }
            return "'" + s.map { $0 == "'" ? "\\'" : String($0) }.joined() + "'"
        case .constant(.int(let digits)): return digits
        case .constant(.none): return "None"
        case .constant(.bool(let v)): return v ? "True" : "False"
        case .unary(.neg, let inner): return literalKeyRepr(inner).map { "-" + $0 }
        default: return nil
        }
    }
}
