import Language

/// A compact, Python-like rendering of the AST for exact assertions in tests. Every
/// compound expression is parenthesized so precedence is visible: `1 + 2 * 3` dumps as
/// `(1 + (2 * 3))`. With `locations`, each statement and expression is followed by
/// `@line:col`.
struct ASTDump {
    var locations = false
    /// Render f-strings the way CPython's AST stores them (self-documenting text folded into
    /// the literal before it, `!r` applied): used to compare with CPython's `ast` module.
    var cpythonFStrings = false

    static func module(_ m: Module, locations: Bool = false) -> String {
        ASTDump(locations: locations).statements(m.body, indent: "")
    }

    static func expression(_ e: Expr, locations: Bool = false) -> String {
        ASTDump(locations: locations).expr(e)
    }

    func statements(_ body: [Stmt], indent: String) -> String {
        body.map { statement($0, indent: indent) }.joined()
    }

    private func at(_ l: SourceLocation) -> String { locations ? "@\(l.line):\(l.column)" : "" }

    func statement(_ s: Stmt, indent: String) -> String {
        let inner = indent + "  "
        var head: String
        var tail = ""
        func block(_ header: String, _ body: [Stmt]) -> String {
            "\(indent)\(header):\n" + statements(body, indent: inner)
        }
        switch s.kind {
        case .expr(let e): head = expr(e)
        case .assign(let targets, let value): head = (targets + [value]).map(expr).joined(separator: " = ")
        case .augAssign(let t, let op, let v): head = "\(expr(t)) \(op.rawValue)= \(expr(v))"
        case .annAssign(let t, _, let v): head = "\(expr(t)):" + (v.map { " = " + expr($0) } ?? "")
        case .return(let v): head = "return" + (v.map { " " + expr($0) } ?? "")
        case .break: head = "break"
        case .continue: head = "continue"
        case .pass: head = "pass"
        case .raise(let exc, let cause):
            head = "raise" + (exc.map { " " + expr($0) } ?? "") + (cause.map { " from " + expr($0) } ?? "")
        case .assert(let test, let msg): head = "assert \(expr(test))" + (msg.map { ", " + expr($0) } ?? "")
        case .global(let names): head = "global " + names.joined(separator: ", ")
        case .nonlocal(let names): head = "nonlocal " + names.joined(separator: ", ")
        case .delete(let targets): head = "del " + targets.map(expr).joined(separator: ", ")
        case .import(let names): head = "import " + names.map(alias).joined(separator: ", ")
        case .importFrom(let module, let names, let level):
            head = "from \(String(repeating: ".", count: level))\(module) import " + names.map(alias).joined(separator: ", ")
        case .functionDef(let f):
            let decorators = f.decorators.map { "\(indent)@\(expr($0))\n" }.joined()
            let header = "\(f.isAsync ? "async " : "")def \(f.name)(\(params(f.params)))"
            return decorators + "\(indent)\(header):\(at(s.location))\n" + statements(f.body, indent: inner)
        case .classDef(let c):
            let decorators = c.decorators.map { "\(indent)@\(expr($0))\n" }.joined()
            let args = c.bases.map(expr) + c.keywords.map(keyword)
            let header = "class \(c.name)" + (args.isEmpty ? "" : "(\(args.joined(separator: ", ")))")
            return decorators + "\(indent)\(header):\(at(s.location))\n" + statements(c.body, indent: inner)
        case .if(let test, let body, let orelse):
            head = "if \(expr(test))"
            tail = statements(body, indent: inner) + (orelse.isEmpty ? "" : block("else", orelse))
        case .while(let test, let body, let orelse):
            head = "while \(expr(test))"
            tail = statements(body, indent: inner) + (orelse.isEmpty ? "" : block("else", orelse))
        case .for(let target, let iter, let body, let orelse, let isAsync):
            head = "\(isAsync ? "async " : "")for \(expr(target)) in \(expr(iter))"
            tail = statements(body, indent: inner) + (orelse.isEmpty ? "" : block("else", orelse))
        case .try(let body, let handlers, let orelse, let finalbody),
             .tryStar(let body, let handlers, let orelse, let finalbody):
            head = "try"
            tail = statements(body, indent: inner)
            var isStar = false
            if case .tryStar = s.kind { isStar = true }
            for h in handlers {
                let clause = "except" + (isStar ? "*" : "") + (h.type.map { " " + expr($0) } ?? "") + (h.name.map { " as " + $0 } ?? "")
                tail += "\(indent)\(clause):\(at(h.location))\n" + statements(h.body, indent: inner)
            }
            if !orelse.isEmpty { tail += block("else", orelse) }
            if !finalbody.isEmpty { tail += block("finally", finalbody) }
        case .match(let subject, let cases):
            head = "match \(expr(subject))"
            for c in cases {
                let header = "case " + pattern(c.pattern) + (c.guardExpr.map { " if " + expr($0) } ?? "")
                tail += "\(inner)\(header):\(at(c.location))\n" + statements(c.body, indent: inner + "  ")
            }
        case .with(let items, let body, let isAsync):
            let list = items.map { expr($0.context) + ($0.target.map { " as " + expr($0) } ?? "") }
            head = "\(isAsync ? "async " : "")with " + list.joined(separator: ", ")
            tail = statements(body, indent: inner)
        }
        let colon = tail.isEmpty ? "" : ":"
        return "\(indent)\(head)\(colon)\(at(s.location))\n\(tail)"
    }

    /// A pattern in source form, with the location of each sub-pattern.
    func pattern(_ p: Pattern) -> String {
        let body: String
        switch p.kind {
        case .value(let e): body = expr(e)
        case .singleton(let c): body = constant(c)
        case .sequence(let items): body = "[" + items.map(pattern).joined(separator: ", ") + "]"
        case .mapping(let keys, let patterns, let rest):
            let items = zip(keys, patterns).map { expr($0) + ": " + pattern($1) } + (rest.map { ["**" + $0] } ?? [])
            body = "{" + items.joined(separator: ", ") + "}"
        case .class(let cls, let patterns, let names, let keywordPatterns):
            let args = patterns.map(pattern) + zip(names, keywordPatterns).map { $0 + "=" + pattern($1) }
            body = expr(cls) + "(" + args.joined(separator: ", ") + ")"
        case .star(let name): body = "*" + (name ?? "_")
        case .as(nil, let name): body = name ?? "_"
        case .as(let sub?, let name): body = "(" + pattern(sub) + " as " + (name ?? "_") + ")"
        case .or(let alternatives): body = "(" + alternatives.map(pattern).joined(separator: " | ") + ")"
        }
        return body + at(p.location)
    }

    private func alias(_ a: ImportAlias) -> String { a.name + (a.asName.map { " as " + $0 } ?? "") }

    private func keyword(_ k: Keyword) -> String {
        (k.name.map { $0 + "=" } ?? "**") + expr(k.value)
    }

    func params(_ p: Parameters) -> String {
        func param(_ q: Parameters.Param) -> String { q.name + (q.defaultValue.map { "=" + expr($0) } ?? "") }
        var parts = p.posOnly.map(param)
        if !p.posOnly.isEmpty { parts.append("/") }
        parts += p.args.map(param)
        if let v = p.varArgs { parts.append("*" + v) } else if !p.kwOnly.isEmpty { parts.append("*") }
        parts += p.kwOnly.map(param)
        if let k = p.kwArgs { parts.append("**" + k) }
        return parts.joined(separator: ", ")
    }

    func expr(_ e: Expr) -> String { text(e) + at(e.location) }

    private func text(_ e: Expr) -> String {
        switch e.kind {
        case .name(let n): return n
        case .constant(let c): return constant(c)
        case .joinedStr(let parts): return "f" + quoted(fstringBody(parts))
        case .list(let items): return "[" + items.map(expr).joined(separator: ", ") + "]"
        case .tuple(let items):
            return items.count == 1 ? "(\(expr(items[0])),)" : "(" + items.map(expr).joined(separator: ", ") + ")"
        case .set(let items): return "{" + items.map(expr).joined(separator: ", ") + "}"
        case .dict(let keys, let values):
            let pairs = zip(keys, values).map { key, value in
                if let key { return expr(key) + ": " + expr(value) }
                return "**" + expr(value)
            }
            return "{" + pairs.joined(separator: ", ") + "}"
        case .attribute(let value, let name): return "\(expr(value)).\(name)"
        case .subscript(let value, let slice): return "\(expr(value))[\(expr(slice))]"
        case .slice(let lower, let upper, let step):
            let parts = [lower, upper].map { $0.map(expr) ?? "" }
            return "(" + parts.joined(separator: ":") + (step.map { ":" + expr($0) } ?? "") + ")"
        case .call(let function, let args, let keywords):
            return expr(function) + "(" + (args.map(expr) + keywords.map(keyword)).joined(separator: ", ") + ")"
        case .binary(let l, let op, let r): return "(\(expr(l)) \(op.rawValue) \(expr(r)))"
        case .unary(let op, let v): return op == .not ? "(not \(expr(v)))" : "(\(op.rawValue)\(expr(v)))"
        case .boolOp(let op, let values): return "(" + values.map(expr).joined(separator: " \(op.rawValue) ") + ")"
        case .compare(let left, let pairs):
            return "(" + expr(left) + pairs.map { " \($0.0.rawValue) \(expr($0.1))" }.joined() + ")"
        case .ifExp(let test, let body, let orelse): return "(\(expr(body)) if \(expr(test)) else \(expr(orelse)))"
        case .lambda(let p, let body):
            let list = params(p)
            return "(lambda" + (list.isEmpty ? "" : " " + list) + ": \(expr(body)))"
        case .listComp(let element, let gens): return "[" + expr(element) + comprehension(gens) + "]"
        case .setComp(let element, let gens): return "{" + expr(element) + comprehension(gens) + "}"
        case .dictComp(let k, let v, let gens): return "{" + expr(k) + ": " + expr(v) + comprehension(gens) + "}"
        case .generatorExp(let element, let gens): return "(" + expr(element) + comprehension(gens) + ")"
        case .await(let v): return "(await \(expr(v)))"
        case .yield(let v): return v.map { "(yield \(expr($0)))" } ?? "(yield)"
        case .yieldFrom(let v): return "(yield from \(expr(v)))"
        case .starred(let v): return "*" + expr(v)
        case .namedExpr(let target, let value): return "(\(target) := \(expr(value)))"
        }
    }

    private func comprehension(_ gens: [Comprehension]) -> String {
        gens.map { g in
            " \(g.isAsync ? "async " : "")for \(expr(g.target)) in \(expr(g.iter))" + g.ifs.map { " if " + expr($0) }.joined()
        }.joined()
    }

    private func fstringBody(_ parts: [FStringPart]) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .literal(let s):
                out += s.doublingBraces()
            case .formatted(let value, var conversion, let spec, let selfDoc):
                if cpythonFStrings, let selfDoc {
                    // CPython folds the text into the literal before the field.
                    out += selfDoc.doublingBraces()
                    if conversion == nil && spec == nil { conversion = "r" }
                }
                var field = "{" + expr(value)
                if !cpythonFStrings, let selfDoc { field += "=" + quoted(selfDoc) }
                if let conversion { field += "!" + String(conversion) }
                if let spec { field += ":" + fstringBody(spec) }
                out += field + "}"
            }
        }
        return out
    }

    private func constant(_ c: Constant) -> String {
        switch c {
        case .none: "None"
        case .bool(let b): b ? "True" : "False"
        case .int(let digits): digits
        case .float(let v): v.description
        case .string(let s): quoted(s)
        case .bytes(let b): "b" + quoted(String(String.UnicodeScalarView(b.map { Unicode.Scalar($0) })))
        case .ellipsis: "..."
        }
    }

    /// Single-quoted, with `\\`, `\'` and non-printable or non-ASCII scalars as `\u{...}`.
    func quoted(_ s: String) -> String {
        var out = "'"
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case " "..."~": out.unicodeScalars.append(scalar)
            default: out += "\\u{\(String(scalar.value, radix: 16))}"
            }
        }
        return out + "'"
    }
}

private extension String {
    /// Literal braces in f-string text are written doubled, as in source.
    func doublingBraces() -> String {
        var out = ""
        for c in self {
            out.append(c)
            if c == "{" || c == "}" { out.append(c) }
        }
        return out
    }
}
