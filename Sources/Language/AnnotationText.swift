/// The text CPython stores for an annotation under `from __future__ import annotations`
/// (PEP 563): the expression unparsed as `ast.unparse` writes it (`list[Node]`,
/// `dict[str, int] | None`, `'Node'`). Annotations are type expressions; the kinds that
/// cannot appear in one are refused with the construct named.
enum AnnotationText {
    static func unparse(_ e: Expr) throws(Diagnostic) -> String {
        switch e.kind {
        case .name(let n): return n
        case .constant(let c): return constant(c)
        case .attribute(let base, let name): return try unparse(base) + "." + name
        case .subscript(let base, let index):
            let inner: String
            if case .tuple(let items) = index.kind, !items.isEmpty {
                inner = try items.map { (x: Expr) throws(Diagnostic) -> String in try unparse(x) }.joined(separator: ", ")
            } else {
                inner = try unparse(index)
            }
            return try unparse(base) + "[" + inner + "]"
        case .tuple(let items):
            let parts = try items.map { (x: Expr) throws(Diagnostic) -> String in try unparse(x) }
            return "(" + parts.joined(separator: ", ") + (parts.count == 1 ? ",)" : ")")
        case .list(let items):
            return "[" + (try items.map { (x: Expr) throws(Diagnostic) -> String in try unparse(x) }).joined(separator: ", ") + "]"
        case .binary(let l, let op, let r):
            return try unparse(l) + " \(op.rawValue) " + unparse(r)
        case .unary(let op, let x):
            return (op.rawValue == "not" ? "not " : op.rawValue) + (try unparse(x))
        case .starred(let x): return "*" + (try unparse(x))
        case .call(let f, let args, let keywords):
            var parts = try args.map { (x: Expr) throws(Diagnostic) -> String in try unparse(x) }
            for k in keywords {
                parts.append((k.name.map { $0 + "=" } ?? "**") + (try unparse(k.value)))
            }
            return try unparse(f) + "(" + parts.joined(separator: ", ") + ")"
        default:
            throw Diagnostic("this annotation is not supported by loopscope under 'from __future__ import annotations'", at: e.location)
        }
    }

    private static func constant(_ c: Constant) -> String {
        switch c {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let digits): return digits
        case .float(let d): return "\(d)"
        case .ellipsis: return "..."
        case .bytes: return "b'...'"
        case .string(let s): return quote(s)
        }
    }

    /// Python's repr of a str: single quotes unless the text has single quotes and no
    /// double quotes.
    static func quote(_ s: String) -> String {
        let q: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
        var out = String(q)
        for ch in s.unicodeScalars {
            switch ch {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where Character(ch) == q: out += "\\" + String(q)
            default: out.unicodeScalars.append(ch)
            }
        }
        out.append(q)
        return out
    }
}
