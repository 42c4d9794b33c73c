/// The patterns of `match` statements (CPython's `ast.pattern` nodes).

public struct MatchCase: Sendable {
    public var pattern: Pattern
    public var guardExpr: Expr?
    public var body: [Stmt]
    public var location: SourceLocation
    public init(pattern: Pattern, guardExpr: Expr?, body: [Stmt], location: SourceLocation) {
        self.pattern = pattern
        self.guardExpr = guardExpr
        self.body = body
        self.location = location
    }
}

public struct Pattern: Sendable {
    public var kind: PatternKind
    public var location: SourceLocation
    public init(_ kind: PatternKind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

public indirect enum PatternKind: Sendable {
    /// A number or string literal, or a dotted name: matches when `subject == value`.
    case value(Expr)
    /// `None`, `True`, `False`: matches by identity.
    case singleton(Constant)
    /// `[a, *rest]` or `(a, b)`; at most one item is a `.star`.
    case sequence([Pattern])
    /// `{"k": v, **rest}`: keys are literals or dotted names.
    case mapping(keys: [Expr], patterns: [Pattern], rest: String?)
    /// `Point(x, y=0)`: positional sub-patterns, then keyword attribute names and patterns.
    case `class`(cls: Expr, patterns: [Pattern], keywordNames: [String], keywordPatterns: [Pattern])
    /// `*name` or `*_` inside a sequence pattern.
    case star(String?)
    /// `pattern as name`, a capture (`name`: no pattern) or the wildcard `_` (neither).
    case `as`(Pattern?, String?)
    /// `a | b | c`.
    case or([Pattern])

    /// True when the pattern matches every subject (a capture, `_`, or an or-pattern with one).
    public var isIrrefutable: Bool {
        switch self {
        case .as(nil, _): return true
        case .as(let p?, _): return p.kind.isIrrefutable
        case .or(let alternatives): return alternatives.contains { $0.kind.isIrrefutable }
        default: return false
        }
    }
}

extension Pattern {
    /// Calls `bind` for every name the pattern captures and `use` for every expression it
    /// evaluates (value patterns, class names, mapping keys), in source order.
    public func walk(bind: (String, SourceLocation) -> Void, use: (Expr) -> Void) {
        switch kind {
        case .value(let e): use(e)
        case .singleton: break
        case .sequence(let items): items.forEach { $0.walk(bind: bind, use: use) }
        case .mapping(let keys, let patterns, let rest):
            for (k, p) in zip(keys, patterns) {
                use(k)
                p.walk(bind: bind, use: use)
            }
            if let rest { bind(rest, location) }
        case .class(let cls, let patterns, _, let keywordPatterns):
            use(cls)
            (patterns + keywordPatterns).forEach { $0.walk(bind: bind, use: use) }
        case .star(let name): if let name { bind(name, location) }
        case .as(let p, let name):
            p?.walk(bind: bind, use: use)
            if let name { bind(name, location) }
        case .or(let alternatives): alternatives.forEach { $0.walk(bind: bind, use: use) }
        }
    }
}
