/// The rules CPython applies to `from __future__ import ...`: such imports may only follow
/// the module docstring and other future imports, and must name a known feature.
/// `barry_as_FLUFL` (which would make `<>` the inequality operator) is refused.
enum FutureImports {
    static let features: Set<String> = [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "generator_stop", "annotations",
    ]

    static func check(_ body: [Stmt]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var atBeginning = true
        for (index, statement) in body.enumerated() {
            guard case .importFrom("__future__", let names, 0) = statement.kind else {
                let isDocstring: Bool
                if index == 0, case .expr(let e) = statement.kind, case .constant(.string) = e.kind {
                    isDocstring = true
                } else {
                    isDocstring = false
                }
                if !isDocstring { atBeginning = false }
                continue
            }
            if !atBeginning {
                diagnostics.append(Diagnostic("from __future__ imports must occur at the beginning of the file", at: statement.location))
                continue
            }
            for alias in names where !features.contains(alias.name) {
                let message: String
                switch alias.name {
                case "braces": message = "not a chance"
                case "barry_as_FLUFL": message = "from __future__ import barry_as_FLUFL is not supported by loopscope"
                default: message = "future feature \(alias.name) is not defined"
                }
                diagnostics.append(Diagnostic(message, at: statement.location))
                break
            }
        }
        return diagnostics
    }
}
