/// `int | None`: what `|` between classes makes (PEP 604's `types.UnionType`). Its members
/// are classes (None stands for `NoneType`), flattened and without repeats; a union of one
/// class is that class. `isinstance` accepts it like a tuple of classes.
public final class PyUnion: PyObject {
    /// Classes and generic aliases (`list[int] | None`).
    public let args: [Value]

    init(_ args: [Value]) {
        self.args = args
        super.init(type: PyUnion.unionType)
    }

    nonisolated(unsafe) static let unionType: PyType = {
        let t = PyType(name: "UnionType", bases: [Builtins.objectType], layout: .native, isBuiltin: true, module: "types")
        t.tpName = "types.UnionType"
        Builtins.property(t, "__args__") { _, v in .object(PyTuple((v.asObject as? PyUnion)?.args ?? [])) }
        Builtins.method(t, "__repr__") { vm, a in
            guard let u = a.positional.first?.asObject as? PyUnion else { return .str("") }
            return .str(try u.args.map { v in
                v.asObject === Builtins.noneType ? "None" : try PyGenericAlias.typeRepr(vm, v)
            }.joined(separator: " | "))
        }
        return t
    }()
}

extension VM {
    /// `X | Y` when both sides are classes, None or unions; nil otherwise.
    func unionOf(_ l: Value, _ r: Value) -> Value? {
        guard let left = VM.unionMembers(l), let right = VM.unionMembers(r) else { return nil }
        guard l.isNone == false || r.isNone == false else { return nil }
        var members: [Value] = []
        for v in left + right where !members.contains(where: { $0.asObject === v.asObject }) { members.append(v) }
        return members.count == 1 ? members[0] : .object(PyUnion(members))
    }

    private static func unionMembers(_ v: Value) -> [Value]? {
        switch v {
        case .none: return [.object(Builtins.noneType)]
        case .object(let o):
            if o is PyType || o is PyGenericAlias { return [v] }
            if let u = o as? PyUnion { return u.args }
            return nil
        default: return nil
        }
    }
}
