/// `list[int]`, `dict[str, int]`: `types.GenericAlias`, what subscripting a generic builtin
/// class makes (PEP 585). It prints as written, calls its class, and serves as a base
/// (`__mro_entries__`); `isinstance` refuses it, as CPython does.
public final class PyGenericAlias: PyObject {
    public let origin: PyType
    public let args: [Value]

    init(origin: PyType, args: [Value]) {
        self.origin = origin
        self.args = args
        super.init(type: PyGenericAlias.aliasType)
    }

    /// The builtin classes that accept `[...]`.
    static func isGeneric(_ t: PyType) -> Bool {
        [Builtins.listType, Builtins.dictType, Builtins.tupleType, Builtins.setType, Builtins.frozensetType,
         Builtins.typeType, Builtins.dequeType].contains { $0 === t }
    }

    /// How a class or alias argument prints inside `[...]` (CPython's `_type_repr`).
    static func typeRepr(_ vm: VM, _ v: Value) throws -> String {
        if case .object(let o) = v {
            if let t = o as? PyType { return t.module == "builtins" ? t.qualname : "\(t.module).\(t.qualname)" }
            if o === Builtins.ellipsis { return "..." }
        }
        return try vm.repr(v)
    }

    nonisolated(unsafe) static let aliasType: PyType = {
        let t = PyType(name: "GenericAlias", bases: [Builtins.objectType], layout: .native, isBuiltin: true, module: "types")
        t.tpName = "types.GenericAlias"
        func alias(_ v: Value?) -> PyGenericAlias? { v?.asObject as? PyGenericAlias }
        Builtins.property(t, "__origin__") { _, v in alias(v).map { .object($0.origin) } ?? .none }
        Builtins.property(t, "__args__") { _, v in .object(PyTuple(alias(v)?.args ?? [])) }
        Builtins.method(t, "__repr__") { vm, a in
            guard let g = alias(a.positional.first) else { return .str("") }
            let inner = g.args.isEmpty ? "()" : try g.args.map { try typeRepr(vm, $0) }.joined(separator: ", ")
            return .str("\(try typeRepr(vm, .object(g.origin)))[\(inner)]")
        }
        Builtins.method(t, "__call__") { vm, a in
            guard let g = alias(a.positional.first) else { return .none }
            return try vm.call(.object(g.origin), Array(a.positional.dropFirst()), keywords: a.keywords)
        }
        Builtins.method(t, "__mro_entries__") { _, a in
            .object(PyTuple(alias(a.positional.first).map { [.object($0.origin)] } ?? []))
        }
        return t
    }()
}
