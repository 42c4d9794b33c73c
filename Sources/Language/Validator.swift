/// The checks CPython makes after parsing, when it builds symbol tables and compiles:
/// `return` / `yield` / `await` / `break` / `continue` in the wrong place, `global` and
/// `nonlocal` misuse, duplicate parameters and keywords, starred targets, and async
/// constructs outside `async def`.
public enum Validator {
    /// Semantic checks CPython reports at compile time; returns all errors found, in source order.
    public static func validate(_ module: Module) -> [Diagnostic] {
        var checker = ScopeChecker()
        checker.visit(module.body)
        checker.resolveDeclarations(in: checker.root, bound: nil)
        checker.diagnostics += FutureImports.check(module.body)
        return checker.diagnostics.enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
    }
}

/// One scope of the symbol table, as CPython's symtable sees it (comprehensions and
/// lambdas are scopes of their own).
private final class CheckedScope {
    enum Kind: Equatable {
        case module, function, asyncFunction, lambda, classBody
        /// "list comprehension", "generator expression", ...
        case comprehension(String)
    }

    struct Flags: OptionSet {
        let rawValue: UInt8
        static let param = Flags(rawValue: 1)
        static let local = Flags(rawValue: 2)
        static let use = Flags(rawValue: 4)
        static let global = Flags(rawValue: 8)
        static let nonlocal = Flags(rawValue: 16)
        static let annotated = Flags(rawValue: 32)
    }

    let kind: Kind
    var flags: [String: Flags] = [:]
    /// Names in the order they first appeared, for a deterministic analysis.
    var names: [String] = []
    /// The first `global` / `nonlocal` statement naming each declared name.
    var directives: [String: SourceLocation] = [:]
    var children: [CheckedScope] = []
    /// An `await` or `async for` appears directly in this (comprehension) scope.
    var isAsync = false
    /// A `yield` appears directly in this scope.
    var hasYield = false
    /// Where `return value` statements appear directly in this scope.
    var valueReturns: [SourceLocation] = []
    /// Declarations already reported, so that one mistake gives one error.
    var rejectedDeclarations: Set<String> = []

    init(kind: Kind) { self.kind = kind }

    func add(_ name: String, _ flag: Flags) {
        if let existing = flags[name] {
            flags[name] = existing.union(flag)
        } else {
            flags[name] = flag
            names.append(name)
        }
    }
}

private struct ScopeChecker {
    let root = CheckedScope(kind: .module)
    var scopes: [CheckedScope]
    var diagnostics: [Diagnostic] = []
    /// Loops enclosing the current statement within the current function or class body.
    var loopDepth = 0
    /// `loopDepth` where the innermost enclosing `except*` body starts (nil outside one).
    var exceptStarLoopDepth: Int?

    init() { scopes = [root] }

    var scope: CheckedScope { scopes[scopes.count - 1] }

    mutating func report(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(message, at: location))
    }

    mutating func push(_ kind: CheckedScope.Kind) {
        let child = CheckedScope(kind: kind)
        scope.children.append(child)
        scopes.append(child)
    }

    mutating func pop() { scopes.removeLast() }

    /// Walrus targets bind in the nearest scope that is not a comprehension.
    var bindingScopeForWalrus: CheckedScope {
        scopes.last { if case .comprehension = $0.kind { false } else { true } } ?? root
    }

    // MARK: - Statements

    mutating func visit(_ body: [Stmt]) {
        for statement in body { visit(statement) }
    }

    mutating func visit(_ s: Stmt) {
        switch s.kind {
        case .expr(let e):
            visitExpr(e)
        case .assign(let targets, let value):
            targets.forEach { visitTarget($0) }
            visitExpr(value)
        case .augAssign(let target, _, let value):
            visitTarget(target)
            visitExpr(value)
        case .annAssign(let target, _, let value):
            if case .name(let name) = target.kind {
                let current = scope.flags[name] ?? []
                if scope !== root && !current.isDisjoint(with: [.global, .nonlocal]) {
                    let kind = current.contains(.global) ? "global" : "nonlocal"
                    report("annotated name '\(name)' can't be \(kind)", at: s.location)
                }
                scope.add(name, [.local, .annotated])
            } else {
                visitTarget(target)
            }
            if let value { visitExpr(value) }
        case .functionDef(let def):
            visitFunction(def)
        case .classDef(let def):
            visitClass(def)
        case .return(let value):
            if scope.kind != .function && scope.kind != .asyncFunction {
                report("'return' outside function", at: s.location)
            } else if exceptStarLoopDepth != nil {
                reportExceptStarExit(at: value?.location ?? s.location)
            }
            if value != nil { scope.valueReturns.append(s.location) }
            if let value { visitExpr(value) }
        case .if(let test, let body, let orelse):
            visitExpr(test)
            visit(body)
            visit(orelse)
        case .while(let test, let body, let orelse):
            visitExpr(test)
            visitLoopBody(body)
            visit(orelse)
        case .for(let target, let iter, let body, let orelse, let isAsync):
            if isAsync && scope.kind != .asyncFunction {
                report("'async for' outside async function", at: s.location)
            }
            visitTarget(target)
            visitExpr(iter)
            visitLoopBody(body)
            visit(orelse)
        case .break:
            if loopDepth == 0 { report("'break' outside loop", at: s.location) }
            else if loopDepth == exceptStarLoopDepth { reportExceptStarExit(at: s.location) }
        case .continue:
            if loopDepth == 0 { report("'continue' not properly in loop", at: s.location) }
            else if loopDepth == exceptStarLoopDepth { reportExceptStarExit(at: s.location) }
        case .pass:
            break
        case .match(let subject, let cases):
            if let d = PatternRules.check(cases) { diagnostics.append(d) }
            visitExpr(subject)
            for c in cases {
                var uses: [Expr] = []
                c.pattern.walk(bind: { name, _ in scope.add(name, .local) }, use: { uses.append($0) })
                uses.forEach { visitExpr($0) }
                if let g = c.guardExpr { visitExpr(g) }
                visit(c.body)
            }
        case .try(let body, let handlers, let orelse, let finalbody),
             .tryStar(let body, let handlers, let orelse, let finalbody):
            var isStar = false
            if case .tryStar = s.kind { isStar = true }
            visit(body)
            for (i, handler) in handlers.enumerated() {
                if handler.type == nil && i < handlers.count - 1 {
                    report("default 'except:' must be last", at: handler.location)
                }
                if let type = handler.type { visitExpr(type) }
                if let name = handler.name { scope.add(name, .local) }
                if isStar { visitExceptStarBody(handler.body) } else { visit(handler.body) }
            }
            visit(orelse)
            visit(finalbody)
        case .raise(let exc, let cause):
            if let exc { visitExpr(exc) }
            if let cause { visitExpr(cause) }
        case .assert(let test, let msg):
            visitExpr(test)
            if let msg { visitExpr(msg) }
        case .with(let items, let body, let isAsync):
            if isAsync && scope.kind != .asyncFunction {
                report("'async with' outside async function", at: s.location)
            }
            for item in items {
                visitExpr(item.context)
                if let target = item.target { visitTarget(target) }
            }
            visit(body)
        case .import(let aliases), .importFrom(_, let aliases, _):
            for alias in aliases {
                if alias.name == "*" {
                    if scope !== root { report("import * only allowed at module level", at: alias.location) }
                    continue
                }
                let bound = alias.asName ?? String(alias.name.prefix { $0 != "." })
                scope.add(bound, .local)
            }
        case .global(let names):
            for name in names { declare(name, global: true, at: s.location) }
        case .nonlocal(let names):
            for name in names { declare(name, global: false, at: s.location) }
        case .delete(let targets):
            targets.forEach { visitTarget($0) }
        }
    }

    mutating func reportExceptStarExit(at location: SourceLocation) {
        report("'break', 'continue' and 'return' cannot appear in an except* block", at: location)
    }

    mutating func visitExceptStarBody(_ body: [Stmt]) {
        let saved = exceptStarLoopDepth
        exceptStarLoopDepth = loopDepth
        visit(body)
        exceptStarLoopDepth = saved
    }

    mutating func visitLoopBody(_ body: [Stmt]) {
        loopDepth += 1
        visit(body)
        loopDepth -= 1
    }

    /// A `global` or `nonlocal` statement: the name must not be used, assigned or be a
    /// parameter before it in the same scope.
    mutating func declare(_ name: String, global: Bool, at location: SourceLocation) {
        let kind = global ? "global" : "nonlocal"
        let current = scope.flags[name] ?? []
        var problem: String?
        if current.contains(.param) {
            problem = "name '\(name)' is parameter and \(kind)"
        } else if current.contains(.use) {
            problem = "name '\(name)' is used prior to \(kind) declaration"
        } else if current.contains(.annotated) {
            problem = "annotated name '\(name)' can't be \(kind)"
        } else if current.contains(.local) {
            problem = "name '\(name)' is assigned to before \(kind) declaration"
        }
        if let problem {
            report(problem, at: location)
            scope.rejectedDeclarations.insert(name)
        }
        if scope.directives[name] == nil { scope.directives[name] = location }
        scope.add(name, global ? .global : .nonlocal)
    }

    mutating func visitFunction(_ def: FunctionDef) {
        def.decorators.forEach { visitExpr($0) }
        def.params.forEachDefault { visitExpr($0) }
        scope.add(def.name, .local)
        push(def.isAsync ? .asyncFunction : .function)
        bindParameters(def.params, fallback: def.location)
        let savedLoops = loopDepth, savedExceptStar = exceptStarLoopDepth
        loopDepth = 0
        exceptStarLoopDepth = nil
        visit(def.body)
        loopDepth = savedLoops
        exceptStarLoopDepth = savedExceptStar
        if scope.kind == .asyncFunction && scope.hasYield, let first = scope.valueReturns.first {
            report("'return' with value in async generator", at: first)
        }
        pop()
    }

    mutating func visitClass(_ def: ClassDef) {
        def.decorators.forEach { visitExpr($0) }
        visitArguments(def.bases, def.keywords)
        scope.add(def.name, .local)
        push(.classBody)
        let savedLoops = loopDepth, savedExceptStar = exceptStarLoopDepth
        loopDepth = 0
        exceptStarLoopDepth = nil
        visit(def.body)
        loopDepth = savedLoops
        exceptStarLoopDepth = savedExceptStar
        pop()
    }

    /// Binds parameters in the new scope and reports duplicates, in CPython's order
    /// (`*args` and `**kwargs` carry no location of their own: `fallback` stands in).
    mutating func bindParameters(_ params: Parameters, fallback: SourceLocation) {
        var named = (params.posOnly + params.args + params.kwOnly).map { ($0.name, $0.location) }
        if let name = params.varArgs { named.append((name, fallback)) }
        if let name = params.kwArgs { named.append((name, fallback)) }
        for (name, location) in named {
            if scope.flags[name]?.contains(.param) == true {
                report("duplicate argument '\(name)' in function definition", at: location)
            }
            scope.add(name, .param)
        }
    }

    // MARK: - Targets

    /// An assignment target (store context): names bind, and starred items are checked.
    mutating func visitTarget(_ e: Expr) {
        switch e.kind {
        case .name(let name):
            scope.add(name, .local)
        case .tuple(let items), .list(let items):
            if items.filter({ if case .starred = $0.kind { true } else { false } }).count > 1 {
                report("multiple starred expressions in assignment", at: e.location)
            }
            for item in items {
                if case .starred(let inner) = item.kind { visitTarget(inner) } else { visitTarget(item) }
            }
        case .starred(let inner):
            report("starred assignment target must be in a list or tuple", at: e.location)
            visitTarget(inner)
        case .attribute(let value, _):
            visitExpr(value)
        case .subscript(let value, let slice):
            visitExpr(value)
            visitExpr(slice)
        default:
            visitExpr(e)
        }
    }

    // MARK: - Expressions

    mutating func visitExpr(_ e: Expr) {
        switch e.kind {
        case .name(let name):
            scope.add(name, .use)
        case .starred(let inner):
            report("can't use starred expression here", at: e.location)
            visitExpr(inner)
        case .list(let items), .tuple(let items), .set(let items):
            for item in items {
                if case .starred(let inner) = item.kind { visitExpr(inner) } else { visitExpr(item) }
            }
        case .call(let function, let args, let keywords):
            visitExpr(function)
            visitArguments(args, keywords)
        case .yield(let value):
            checkYield(e, isFrom: false)
            if let value { visitExpr(value) }
        case .yieldFrom(let value):
            checkYield(e, isFrom: true)
            visitExpr(value)
        case .await(let value):
            checkAwait(e)
            visitExpr(value)
        case .namedExpr(let target, let value):
            visitExpr(value)
            bindingScopeForWalrus.add(target, .local)
        case .lambda(let params, let body):
            params.forEachDefault { visitExpr($0) }
            push(.lambda)
            bindParameters(params, fallback: e.location)
            visitExpr(body)
            pop()
        case .listComp(let element, let generators):
            visitComprehension(e, "list comprehension", [element], generators)
        case .setComp(let element, let generators):
            visitComprehension(e, "set comprehension", [element], generators)
        case .dictComp(let key, let value, let generators):
            visitComprehension(e, "dict comprehension", [key, value], generators)
        case .generatorExp(let element, let generators):
            visitComprehension(e, "generator expression", [element], generators)
        default:
            e.forEachChild { visitExpr($0) }
        }
    }

    /// Call arguments (or class bases): `*args` is allowed here, a keyword may not repeat.
    mutating func visitArguments(_ args: [Expr], _ keywords: [Keyword]) {
        for arg in args {
            if case .starred(let inner) = arg.kind { visitExpr(inner) } else { visitExpr(arg) }
        }
        var seen: Set<String> = []
        for keyword in keywords {
            if let name = keyword.name, !seen.insert(name).inserted {
                report("keyword argument repeated: \(name)", at: keyword.location)
            }
            visitExpr(keyword.value)
        }
    }

    /// The first iterable is evaluated in the enclosing scope; the rest has its own scope.
    mutating func visitComprehension(_ e: Expr, _ name: String, _ elements: [Expr], _ generators: [Comprehension]) {
        visitExpr(generators[0].iter)
        push(.comprehension(name))
        for (i, generator) in generators.enumerated() {
            if generator.isAsync { scope.isAsync = true }
            visitTarget(generator.target)
            if i > 0 { visitExpr(generator.iter) }
            generator.ifs.forEach { visitExpr($0) }
        }
        elements.forEach { visitExpr($0) }
        let isAsync = scope.isAsync
        pop()
        switch scope.kind {
        case .asyncFunction, .comprehension:
            break
        default:
            if isAsync && name != "generator expression" {
                report("asynchronous comprehension outside of an asynchronous function", at: e.location)
            }
        }
    }

    mutating func checkYield(_ e: Expr, isFrom: Bool) {
        switch scope.kind {
        case .module, .classBody:
            report("'yield' outside function", at: e.location)
        case .comprehension(let name):
            report("'yield' inside \(name)", at: e.location)
        case .asyncFunction:
            if isFrom { report("'yield from' inside async function", at: e.location) }
            scope.hasYield = true
        case .function, .lambda:
            break
        }
    }

    mutating func checkAwait(_ e: Expr) {
        switch scope.kind {
        case .module, .classBody:
            report("'await' outside function", at: e.location)
        case .function, .lambda:
            report("'await' outside async function", at: e.location)
        case .comprehension:
            scope.isAsync = true
        case .asyncFunction:
            break
        }
    }

    // MARK: - Declarations

    /// CPython's second pass over the symbol table: `nonlocal` names must be bound in an
    /// enclosing function. `bound` holds those names; nil at module level.
    mutating func resolveDeclarations(in scope: CheckedScope, bound: Set<String>?) {
        var childBound = bound ?? []
        if scope.kind != .classBody && scope.kind != .module {
            for name in scope.names where !scope.flags[name, default: []].isDisjoint(with: [.param, .local]) {
                childBound.insert(name)
            }
        }
        for name in scope.names where !scope.rejectedDeclarations.contains(name) {
            let flags = scope.flags[name, default: []]
            let directive = scope.directives[name] ?? .unknown
            if flags.contains(.global) {
                if flags.contains(.nonlocal) { report("name '\(name)' is nonlocal and global", at: directive) }
                childBound.remove(name)
            } else if flags.contains(.nonlocal) {
                if bound == nil {
                    report("nonlocal declaration not allowed at module level", at: directive)
                } else if bound?.contains(name) != true {
                    report("no binding for nonlocal '\(name)' found", at: directive)
                }
            }
        }
        for child in scope.children {
            resolveDeclarations(in: child, bound: scope.kind == .classBody ? bound ?? [] : childBound)
        }
    }
}
