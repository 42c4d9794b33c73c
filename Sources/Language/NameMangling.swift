/// Private name mangling (CPython's `_Py_Mangle`): inside a class body, and inside every
/// function, lambda and comprehension nested in it, an identifier `__x` (two leading
/// underscores, not ending in two, no dot) names `_Class__x`, with the class name's leading
/// underscores stripped. Names, attributes, parameters, keyword-only defaults and
/// `global`/`nonlocal` declarations are mangled; keyword arguments of calls are not.
extension Scope {
    /// The class whose private names this scope mangles: the innermost enclosing class body.
    var privateName: String? { kind == .classBody ? name : parent?.privateName }

    func mangle(_ identifier: String) -> String {
        guard identifier.hasPrefix("__"), !identifier.hasSuffix("__"), !identifier.contains("."),
              let cls = privateName else { return identifier }
        let stripped = cls.drop { $0 == "_" }
        return stripped.isEmpty ? identifier : "_" + stripped + identifier
    }
}
