/// Questions the parser asks about expression trees: what may be assigned to, what CPython
/// calls each kind of expression in its messages, and how tall a tree is.
extension SyntaxParser {
    enum TargetContext { case assignment, forLoop, delete }

    /// The first part of `e` that cannot be assigned to (or deleted), as CPython's
    /// `_PyPegen_get_invalid_target` finds it; nil when `e` is a valid target.
    static func invalidTarget(_ e: Expr, _ context: TargetContext) -> Expr? {
        switch e.kind {
        case .name, .attribute, .subscript:
            return nil
        case .list(let items), .tuple(let items):
            for item in items {
                if let bad = invalidTarget(item, context) { return bad }
            }
            return nil
        case .starred(let inner):
            return context == .delete ? e : invalidTarget(inner, context)
        case .compare(let left, let pairs) where context == .forLoop:
            // `for a in b` parsed as a comparison: only its left side is the target.
            return pairs.first?.0 == .in ? invalidTarget(left, context) : nil
        default:
            return e
        }
    }

    /// The name CPython's messages use for an expression ("function call", "literal", ...).
    static func describe(_ e: Expr) -> String {
        switch e.kind {
        case .name: "name"
        case .attribute: "attribute"
        case .subscript: "subscript"
        case .starred: "starred"
        case .list: "list"
        case .tuple: "tuple"
        case .lambda: "lambda"
        case .call: "function call"
        case .binary, .unary, .boolOp: "expression"
        case .generatorExp: "generator expression"
        case .yield, .yieldFrom: "yield expression"
        case .await: "await expression"
        case .listComp: "list comprehension"
        case .setComp: "set comprehension"
        case .dictComp: "dict comprehension"
        case .dict: "dict literal"
        case .set: "set display"
        case .joinedStr: "f-string expression"
        case .compare: "comparison"
        case .ifExp: "conditional expression"
        case .namedExpr: "named expression"
        case .slice: "slice"
        case .constant(let c):
            switch c {
            case .none: "None"
            case .bool(let b): b ? "True" : "False"
            case .ellipsis: "ellipsis"
            default: "literal"
            }
        }
    }

    /// CPython's `invalid_named_expression`: `=` where `==` (or `:=`) was meant, as in
    /// `if x = 1:` or `f() = 1`. The current token is the `=`; nil when the rule does not apply.
    mutating func assignmentInExpressionError(_ e: Expr, from startPos: Int) -> Diagnostic? {
        let equalsPos = pos
        let rightSideFits = speculate { (p: inout SyntaxParser) throws(Diagnostic) -> Bool in
            try p.advance()
            _ = try p.parseBitwiseOr()
            return !p.at(.assign) && !p.at(.walrus)
        }
        guard rightSideFits == true else { return nil }
        if case .name = e.kind, equalsPos == startPos + 1 {
            return error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: e.location)
        }
        guard !startsWithDisplay(at: startPos), parsesAsBitwiseOr(from: startPos, to: equalsPos) else { return nil }
        return error("cannot assign to \(Self.describe(e)) here. Maybe you meant '==' instead of '='?", at: e.location)
    }

    /// Whether the tokens from `start` up to `end` form exactly one `bitwise_or`.
    private mutating func parsesAsBitwiseOr(from start: Int, to end: Int) -> Bool {
        let savedPos = pos
        pos = start
        defer { pos = savedPos }
        return speculate { (p: inout SyntaxParser) throws(Diagnostic) -> Bool in
            _ = try p.parseBitwiseOr()
            return p.pos == end
        } == true
    }

    /// Whether a list or tuple display, a generator expression, or True / None / False
    /// starts at `start` (CPython leaves those to its other assignment messages).
    private func startsWithDisplay(at start: Int) -> Bool {
        let open = tokens[start]
        switch open.kind {
        case .keyword(.true), .keyword(.false), .keyword(.none):
            return true
        case .op(.lparen), .op(.lbracket):
            var i = start + 1
            var sawComma = false, sawFor = false
            while i < tokens.count && tokens[i].level >= open.level {
                if tokens[i].level == open.level {
                    if tokens[i].kind == .op(.comma) { sawComma = true }
                    if tokens[i].kind == .keyword(.for) { sawFor = true }
                }
                i += 1
            }
            let isEmpty = i == start + 1
            if open.kind == .op(.lbracket) { return !sawFor }
            return sawComma || sawFor || isEmpty
        default:
            return false
        }
    }

    // MARK: - Tree height

    /// The height of the tallest path in `e` (a leaf is 1), without recursion.
    static func height(of e: Expr) -> Int {
        switch e.kind {
        case .name, .constant: return 1
        default: break
        }
        var tallest = 0
        var stack: [(Expr, Int)] = [(e, 1)]
        while let (node, height) = stack.popLast() {
            tallest = max(tallest, height)
            node.forEachChild { stack.append(($0, height + 1)) }
        }
        return tallest
    }

    static func height(of exprs: [Expr]) -> Int {
        exprs.reduce(0) { max($0, height(of: $1)) }
    }
}

extension Expr {
    /// Calls `body` on each direct subexpression, in source order.
    func forEachChild(_ body: (Expr) -> Void) {
        switch kind {
        case .name, .constant:
            break
        case .joinedStr(let parts):
            FStringPart.forEachExpr(in: parts, body)
        case .list(let items), .tuple(let items), .set(let items):
            items.forEach(body)
        case .dict(let keys, let values):
            for (key, value) in zip(keys, values) {
                if let key { body(key) }
                body(value)
            }
        case .attribute(let value, _), .starred(let value), .await(let value), .yieldFrom(let value),
             .unary(_, let value), .namedExpr(_, let value):
            body(value)
        case .subscript(let value, let slice):
            body(value)
            body(slice)
        case .slice(let lower, let upper, let step):
            [lower, upper, step].compactMap { $0 }.forEach(body)
        case .call(let function, let args, let keywords):
            body(function)
            args.forEach(body)
            keywords.forEach { body($0.value) }
        case .binary(let left, _, let right):
            body(left)
            body(right)
        case .boolOp(_, let values):
            values.forEach(body)
        case .compare(let left, let pairs):
            body(left)
            pairs.forEach { body($0.1) }
        case .ifExp(let test, let ifTrue, let ifFalse):
            body(ifTrue)
            body(test)
            body(ifFalse)
        case .lambda(let params, let value):
            params.forEachDefault(body)
            body(value)
        case .listComp(let element, let generators), .setComp(let element, let generators),
             .generatorExp(let element, let generators):
            body(element)
            Comprehension.forEachExpr(in: generators, body)
        case .dictComp(let key, let value, let generators):
            body(key)
            body(value)
            Comprehension.forEachExpr(in: generators, body)
        case .yield(let value):
            if let value { body(value) }
        }
    }
}

extension FStringPart {
    static func forEachExpr(in parts: [FStringPart], _ body: (Expr) -> Void) {
        for part in parts {
            if case .formatted(let value, _, let spec, _) = part {
                body(value)
                if let spec { forEachExpr(in: spec, body) }
            }
        }
    }
}

extension Comprehension {
    static func forEachExpr(in generators: [Comprehension], _ body: (Expr) -> Void) {
        for generator in generators {
            body(generator.target)
            body(generator.iter)
            generator.ifs.forEach(body)
        }
    }
}

extension Parameters {
    /// Default values in source order.
    func forEachDefault(_ body: (Expr) -> Void) {
        for param in posOnly + args + kwOnly {
            if let value = param.defaultValue { body(value) }
        }
    }
}
