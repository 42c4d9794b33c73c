/// First pass of scope analysis: records, for every scope, the names it binds, uses and
/// declares. Visits nodes in any order; results are keyed by `ScopeKey`.
struct SymbolBuilder {
    var table: [ScopeKey: Scope]

    mutating func visit(_ body: [Stmt], in scope: Scope) {
        for s in body { visit(s, in: scope) }
    }

    private mutating func newScope(_ kind: Scope.Kind, _ name: String, _ key: ScopeKey, parent: Scope) -> Scope {
        let s = Scope(kind: kind, name: name, parent: parent)
        parent.children.append(s)
        table[key] = s
        return s
    }

    mutating func visit(_ stmt: Stmt, in scope: Scope) {
        switch stmt.kind {
        case .expr(let e):
            visit(e, in: scope)
        case .assign(let targets, let value):
            visit(value, in: scope)
            for t in targets { bindTarget(t, in: scope) }
        case .augAssign(let target, _, let value):
            visit(value, in: scope)
            if case .name(let n) = target.kind { scope.used.insert(scope.mangle(n)) }
            bindTarget(target, in: scope)
        case .annAssign(let target, let annotation, let value):
            // Annotations are evaluated in module and class bodies, never for local variables.
            if scope.kind == .module || scope.kind == .classBody { visit(annotation, in: scope) }
            if let v = value { visit(v, in: scope); bindTarget(target, in: scope) }
            else if case .name = target.kind {} else { bindTarget(target, in: scope) }
        case .functionDef(let f):
            for d in f.decorators { visit(d, in: scope) }
            visitDefaults(f.params, in: scope)
            scope.bind(scope.mangle(f.name))
            let fs = newScope(.function, f.name, .function(f), parent: scope)
            fs.isCoroutine = f.isAsync
            bindParameters(f.params, in: fs)
            visit(f.body, in: fs)
        case .classDef(let c):
            for d in c.decorators { visit(d, in: scope) }
            for b in c.bases { visit(b, in: scope) }
            for k in c.keywords { visit(k.value, in: scope) }
            scope.bind(scope.mangle(c.name))
            let cs = newScope(.classBody, c.name, .classDef(c), parent: scope)
            visit(c.body, in: cs)
        case .return(let e):
            if let e { visit(e, in: scope) }
        case .if(let test, let body, let orelse), .while(let test, let body, let orelse):
            visit(test, in: scope)
            visit(body, in: scope)
            visit(orelse, in: scope)
        case .for(let target, let iter, let body, let orelse, _):
            visit(iter, in: scope)
            bindTarget(target, in: scope)
            visit(body, in: scope)
            visit(orelse, in: scope)
        case .break, .continue, .pass:
            break
        case .try(let body, let handlers, let orelse, let finalbody),
             .tryStar(let body, let handlers, let orelse, let finalbody):
            visit(body, in: scope)
            for h in handlers {
                if let t = h.type { visit(t, in: scope) }
                if let n = h.name { scope.bind(scope.mangle(n)) }
                visit(h.body, in: scope)
            }
            visit(orelse, in: scope)
            visit(finalbody, in: scope)
        case .raise(let exc, let cause):
            if let exc { visit(exc, in: scope) }
            if let cause { visit(cause, in: scope) }
        case .assert(let test, let msg):
            visit(test, in: scope)
            if let msg { visit(msg, in: scope) }
        case .with(let items, let body, _):
            for item in items {
                visit(item.context, in: scope)
                if let t = item.target { bindTarget(t, in: scope) }
            }
            visit(body, in: scope)
        case .import(let aliases):
            for a in aliases {
                let bound = a.asName ?? String(a.name.split(separator: ".").first ?? "")
                scope.bind(scope.mangle(bound))
            }
        case .importFrom(_, let names, _):
            for a in names where a.name != "*" { scope.bind(scope.mangle(a.asName ?? a.name)) }
        case .global(let names):
            for n in names { scope.declaredGlobal.insert(scope.mangle(n)) }
        case .nonlocal(let names):
            for n in names { scope.declaredNonlocal.insert(scope.mangle(n)) }
        case .delete(let targets):
            for t in targets { bindTarget(t, in: scope) }
        case .match(let subject, let cases):
            visit(subject, in: scope)
            for c in cases {
                var uses: [Expr] = []
                c.pattern.walk(bind: { name, _ in scope.bind(name) }, use: { uses.append($0) })
                for e in uses { visit(e, in: scope) }
                if let g = c.guardExpr { visit(g, in: scope) }
                visit(c.body, in: scope)
            }
        }
    }

    private mutating func visitDefaults(_ p: Parameters, in scope: Scope) {
        for param in p.posOnly + p.args + p.kwOnly {
            if let d = param.defaultValue { visit(d, in: scope) }
        }
        for a in p.annotations { visit(a.annotation, in: scope) }
    }

    private func bindParameters(_ p: Parameters, in scope: Scope) {
        var names = (p.posOnly + p.args).map(\.name) + p.kwOnly.map(\.name)
        if let v = p.varArgs { names.append(v) }
        if let k = p.kwArgs { names.append(k) }
        names = names.map(scope.mangle)
        scope.parameters = names
        for n in names { scope.bind(n) }
    }

    mutating func bindTarget(_ target: Expr, in scope: Scope) {
        switch target.kind {
        case .name(let n):
            scope.bind(scope.mangle(n))
        case .tuple(let items), .list(let items):
            for i in items { bindTarget(i, in: scope) }
        case .starred(let inner):
            bindTarget(inner, in: scope)
        default:
            // Attribute and subscript targets evaluate their parts.
            visit(target, in: scope)
        }
    }

    mutating func visit(_ expr: Expr, in scope: Scope) {
        switch expr.kind {
        case .name(let n):
            scope.used.insert(scope.mangle(n))
            if n == "super" || n == "__class__" { scope.usesSuper = true }
        case .constant:
            break
        case .joinedStr(let parts):
            visitParts(parts, in: scope)
        case .list(let items), .tuple(let items), .set(let items):
            for i in items { visit(i, in: scope) }
        case .dict(let keys, let values):
            for k in keys { if let k { visit(k, in: scope) } }
            for v in values { visit(v, in: scope) }
        case .attribute(let obj, _):
            visit(obj, in: scope)
        case .subscript(let obj, let index):
            visit(obj, in: scope)
            visit(index, in: scope)
        case .slice(let lo, let hi, let step):
            for part in [lo, hi, step] { if let part { visit(part, in: scope) } }
        case .call(let fn, let args, let keywords):
            visit(fn, in: scope)
            for a in args { visit(a, in: scope) }
            for k in keywords { visit(k.value, in: scope) }
        case .binary(let l, _, let r):
            visit(l, in: scope)
            visit(r, in: scope)
        case .unary(_, let e), .starred(let e):
            visit(e, in: scope)
        case .await(let e):
            visit(e, in: scope)
            if scope.kind == .comprehension { scope.isCoroutine = true }
        case .yieldFrom(let e):
            scope.isGenerator = true
            visit(e, in: scope)
        case .boolOp(_, let items):
            for i in items { visit(i, in: scope) }
        case .compare(let left, let rest):
            visit(left, in: scope)
            for (_, r) in rest { visit(r, in: scope) }
        case .ifExp(let t, let b, let o):
            visit(t, in: scope)
            visit(b, in: scope)
            visit(o, in: scope)
        case .lambda(let params, let body):
            visitDefaults(params, in: scope)
            let ls = newScope(.lambda, "<lambda>", .expr(expr, tag: ScopeKey.lambdaTag), parent: scope)
            bindParameters(params, in: ls)
            visit(body, in: ls)
        case .listComp(let elt, let gens):
            comprehension(expr, tag: ScopeKey.listCompTag, name: "<listcomp>", elements: [elt], gens, in: scope)
        case .setComp(let elt, let gens):
            comprehension(expr, tag: ScopeKey.setCompTag, name: "<setcomp>", elements: [elt], gens, in: scope)
        case .dictComp(let k, let v, let gens):
            comprehension(expr, tag: ScopeKey.dictCompTag, name: "<dictcomp>", elements: [k, v], gens, in: scope)
        case .generatorExp(let elt, let gens):
            comprehension(expr, tag: ScopeKey.genExpTag, name: "<genexpr>", elements: [elt], gens, in: scope)
        case .yield(let e):
            scope.isGenerator = true
            if let e { visit(e, in: scope) }
        case .namedExpr(let name, let value):
            visit(value, in: scope)
            let target = scope.mangle(name)
            // The walrus binds in the nearest enclosing non-comprehension scope.
            var s = scope
            while s.kind == .comprehension, let p = s.parent { s = p }
            s.bind(target)
            if s !== scope {
                scope.used.insert(target)
                var c: Scope? = scope
                while let cur = c, cur !== s { cur.declaredNonlocal.insert(target); c = cur.parent }
                if s.kind == .module { markGlobalChain(target, from: scope, to: s) }
            }
        }
    }

    private func markGlobalChain(_ name: String, from scope: Scope, to top: Scope) {
        var c: Scope? = scope
        while let cur = c, cur !== top {
            cur.declaredNonlocal.remove(name)
            cur.declaredGlobal.insert(name)
            c = cur.parent
        }
    }

    private mutating func visitParts(_ parts: [FStringPart], in scope: Scope) {
        for p in parts {
            if case .formatted(let v, _, let spec, _) = p {
                visit(v, in: scope)
                if let spec { visitParts(spec, in: scope) }
            }
        }
    }

    private mutating func comprehension(_ expr: Expr, tag: UInt8, name: String, elements: [Expr],
                                        _ gens: [Comprehension], in scope: Scope) {
        // The first iterable is evaluated in the enclosing scope and passed in as `.0`.
        guard let first = gens.first else { return }
        visit(first.iter, in: scope)
        let cs = newScope(.comprehension, name, .expr(expr, tag: tag), parent: scope)
        cs.parameters = [".0"]
        cs.bind(".0")
        if tag == ScopeKey.genExpTag { cs.isGenerator = true }
        if gens.contains(where: \.isAsync) { cs.isCoroutine = true }
        for (i, g) in gens.enumerated() {
            if i > 0 { visit(g.iter, in: cs) }
            bindTarget(g.target, in: cs)
            for cond in g.ifs { visit(cond, in: cs) }
        }
        for e in elements { visit(e, in: cs) }
        // An async list/set/dict comprehension is awaited where it appears.
        if cs.isCoroutine && tag != ScopeKey.genExpTag && scope.kind == .comprehension { scope.isCoroutine = true }
    }
}
