/// Scope analysis: decides for every name in every scope whether it is a local slot, a cell
/// (captured by an inner function), a free variable (captured from outside), a global, or a
/// class-namespace name. Runs once over the module before code generation.
///
/// Rules are CPython's (Python/symtable.c): a name bound in a function is local unless
/// declared `global`/`nonlocal`; a name used but not bound resolves to the nearest enclosing
/// *function* scope that binds it (class scopes are skipped), else it is global.
final class Scope {
    enum Kind { case module, function, classBody, lambda, comprehension }

    let kind: Kind
    let name: String
    weak var parent: Scope?
    var children: [Scope] = []

    /// Names bound here, in first-binding order (parameters first for functions).
    var bound: [String] = []
    private var boundSet: Set<String> = []
    var used: Set<String> = []
    var declaredGlobal: Set<String> = []
    var declaredNonlocal: Set<String> = []
    var parameters: [String] = []
    var isGenerator = false
    var isCoroutine = false
    /// Uses `super` or `__class__` (needs the defining class; resolved by the VM at call time).
    var usesSuper = false

    // Results of resolution.
    var cells: [String] = []
    var frees: [String] = []
    private var cellSet: Set<String> = []
    private var freeSet: Set<String> = []

    init(kind: Kind, name: String, parent: Scope?) {
        self.kind = kind
        self.name = name
        self.parent = parent
    }

    var isFunctionLike: Bool { kind == .function || kind == .lambda || kind == .comprehension }

    func bind(_ name: String) {
        if boundSet.insert(name).inserted { bound.append(name) }
    }

    func isBound(_ name: String) -> Bool { boundSet.contains(name) }

    /// How the compiler must access `name` from code in this scope.
    enum Access: Equatable { case fast, deref, global, name }

    func access(of name: String) -> Access {
        switch kind {
        case .module:
            return .global
        case .classBody:
            if declaredGlobal.contains(name) { return .global }
            if freeSet.contains(name) && !isBound(name) { return .deref }
            return .name
        case .function, .lambda, .comprehension:
            if declaredGlobal.contains(name) { return .global }
            if cellSet.contains(name) || freeSet.contains(name) { return .deref }
            if isBound(name) { return .fast }
            return .global
        }
    }

    /// Whether this function scope itself binds `name` as a local variable.
    func isLocal(_ name: String) -> Bool {
        isFunctionLike && isBound(name) && !declaredGlobal.contains(name) && !declaredNonlocal.contains(name)
    }

    func addCell(_ name: String) {
        if cellSet.insert(name).inserted { cells.append(name) }
    }

    func addFree(_ name: String) {
        if freeSet.insert(name).inserted { frees.append(name) }
    }

    func isCell(_ name: String) -> Bool { cellSet.contains(name) }
}

/// Identifies a scope-introducing node across the analysis and code-generation passes.
struct ScopeKey: Hashable {
    var line: Int32
    var column: Int32
    var tag: UInt8
    var object: ObjectIdentifier?

    static func function(_ f: FunctionDef) -> ScopeKey { ScopeKey(line: 0, column: 0, tag: 0, object: ObjectIdentifier(f)) }
    static func classDef(_ c: ClassDef) -> ScopeKey { ScopeKey(line: 0, column: 0, tag: 1, object: ObjectIdentifier(c)) }
    static func expr(_ e: Expr, tag: UInt8) -> ScopeKey {
        ScopeKey(line: e.location.line, column: e.location.column, tag: tag, object: nil)
    }
    static let lambdaTag: UInt8 = 2, listCompTag: UInt8 = 3, setCompTag: UInt8 = 4, dictCompTag: UInt8 = 5, genExpTag: UInt8 = 6
}

struct SymbolTable {
    let module: Scope
    private(set) var scopes: [ScopeKey: Scope] = [:]

    init(module body: [Stmt]) {
        module = Scope(kind: .module, name: "<module>", parent: nil)
        var builder = SymbolBuilder(table: [:])
        builder.visit(body, in: module)
        scopes = builder.table
        Self.resolve(module)
    }

    func scope(for key: ScopeKey) -> Scope {
        guard let s = scopes[key] else { preconditionFailure("scope analysis missed a node at \(key)") }
        return s
    }

    /// Walks the tree bottom-up deciding cells and frees.
    private static func resolve(_ scope: Scope) {
        for child in scope.children { resolve(child) }
        // Names this scope needs from outside: its own free uses plus children's frees it does not bind.
        var needs: [String] = []
        var needSet: Set<String> = []
        func need(_ n: String) { if needSet.insert(n).inserted { needs.append(n) } }

        if scope.isFunctionLike {
            for n in scope.declaredNonlocal.sorted() { need(n) }
            for n in scope.used.sorted() where !scope.isBound(n) && !scope.declaredGlobal.contains(n) { need(n) }
        } else if scope.kind == .classBody {
            for n in scope.declaredNonlocal.sorted() { need(n) }
            for n in scope.used.sorted() where !scope.isBound(n) && !scope.declaredGlobal.contains(n) { need(n) }
        }
        for child in scope.children {
            for n in child.frees {
                if scope.isLocal(n) {
                    scope.addCell(n)
                } else if scope.kind == .classBody && scope.isBound(n) {
                    // Class-level names are invisible to methods: look further out.
                    need(n)
                } else if scope.kind != .module && !scope.declaredGlobal.contains(n) {
                    need(n)
                }
            }
        }
        if scope.kind == .module { return }
        // Keep only the needs an enclosing function scope can satisfy.
        for n in needs where enclosingFunctionBinds(n, from: scope) {
            scope.addFree(n)
        }
    }

    private static func enclosingFunctionBinds(_ name: String, from scope: Scope) -> Bool {
        var s = scope.parent
        while let cur = s {
            if cur.kind == .module { return false }
            if cur.isFunctionLike {
                if cur.declaredGlobal.contains(name) { return false }
                if cur.isLocal(name) || cur.declaredNonlocal.contains(name) { return true }
            }
            s = cur.parent
        }
        return false
    }
}
