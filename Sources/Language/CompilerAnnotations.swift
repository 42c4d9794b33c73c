/// Variable annotations (`x: int = 3`) in module and class bodies, as CPython 3.11 compiles
/// them: the body starts by creating `__annotations__` when any statement in it (outside
/// nested functions and classes) is annotated; each annotated assignment first stores its
/// value, then evaluates the annotation and records it under a simple name's key. Function
/// bodies never evaluate local annotations.
extension CompilerState {
    /// SETUP_ANNOTATIONS: an empty `__annotations__` dict when the body annotates a name.
    mutating func setUpAnnotations(_ body: [Stmt]) {
        guard CompilerState.annotates(body) else { return }
        emit(.buildMap, 0)
        emit(.storeName, b.name("__annotations__"))
    }

    mutating func annotatedAssignment(_ target: Expr, _ annotation: Expr, _ value: Expr?) throws {
        if let value {
            try compile(value)
            try store(target)
        }
        guard scope.kind == .module || scope.kind == .classBody else { return }
        try compileAnnotation(annotation)
        if case .name(let name) = target.kind {
            emit(.loadName, b.name("__annotations__"))
            b.loadConst(.string(name))
            emit(.storeSubscr)
        } else {
            emit(.popTop)
        }
    }

    /// An annotation's value: evaluated, or its text under `from __future__ import annotations`.
    mutating func compileAnnotation(_ annotation: Expr) throws {
        if postponedAnnotations {
            b.loadConst(.string(try AnnotationText.unparse(annotation)))
        } else {
            try compile(annotation)
        }
    }

    private static func annotates(_ body: [Stmt]) -> Bool {
        body.contains { stmt in
            switch stmt.kind {
            case .annAssign: return true
            case .if(_, let body, let orelse), .while(_, let body, let orelse), .for(_, _, let body, let orelse, _):
                return annotates(body) || annotates(orelse)
            case .with(_, let body, _): return annotates(body)
            case .try(let body, let handlers, let orelse, let finalbody):
                return annotates(body) || handlers.contains { annotates($0.body) } || annotates(orelse) || annotates(finalbody)
            default: return false
            }
        }
    }
}
