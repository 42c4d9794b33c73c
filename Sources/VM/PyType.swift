/// A Python class: builtin (`int`, `list`, `Exception`, a runtime's `Future`) or user-defined.
public final class PyType: PyObject {
    /// How instances of this type are laid out in Swift.
    public enum Layout: Sendable {
        case object, none, bool, int, float, str, list, tuple, dict, set, frozenset, range, slice
        case function, nativeFunction, boundMethod, type, module, cell, generator, coroutine, iterator
        case exception, instance, native, deque
    }

    public let name: String
    /// CPython's `tp_name`, which error messages show: the name, or `module.name` for a
    /// builtin type of an extension module (`collections.deque`).
    public var tpName: String
    public var qualname: String
    public var module: String
    public private(set) var bases: [PyType]
    public private(set) var mro: [PyType] = []
    public var dict: [String: Value] = [:] { didSet { PyType.epoch &+= 1 } }
    /// Bumped whenever a class is created or any class namespace changes: attribute caches
    /// (keyed by type and epoch) then look again.
    nonisolated(unsafe) public internal(set) static var epoch = 0
    /// Class attribute names in definition order (for `vars()`/debugging).
    public var dictOrder: [String] = []
    public let layout: Layout
    /// Builds a new instance of this builtin type (or of a user subclass passed as the type).
    public var constructor: ((VM, PyType, inout Arguments) throws -> Value)?
    public let isBuiltin: Bool
    /// For instance layouts: whether instances are exceptions.
    public var isException: Bool { mro.contains { $0 === Builtins.baseException } }

    public convenience init(name: String, bases: [PyType], layout: Layout, isBuiltin: Bool, module: String = "builtins") {
        self.init(name: name, bases: bases, layout: layout, isBuiltin: isBuiltin, module: module, metatype: Builtins.typeType)
    }

    /// `metatype` is nil only while `type` and `object` themselves are created.
    init(name: String, bases: [PyType], layout: Layout, isBuiltin: Bool, module: String, metatype: PyType?) {
        self.name = name
        self.tpName = name
        self.qualname = name
        self.bases = bases
        self.layout = layout
        self.isBuiltin = isBuiltin
        self.module = module
        super.init(type: metatype)
        self.mro = [self] + PyType.linearize(bases)
        PyType.epoch &+= 1
    }

    /// Single-inheritance MRO (with `object` last); multiple bases use C3 when consistent.
    private static func linearize(_ bases: [PyType]) -> [PyType] {
        if bases.count <= 1 { return bases.first?.mro ?? [] }
        var seqs = bases.map(\.mro) + [bases]
        var out: [PyType] = []
        while true {
            seqs = seqs.filter { !$0.isEmpty }
            if seqs.isEmpty { return out }
            guard let head = seqs.first(where: { cand in !seqs.contains { $0.dropFirst().contains { $0 === cand[0] } } })?[0] else {
                return out + bases.flatMap(\.mro).filter { t in !out.contains { $0 === t } }
            }
            out.append(head)
            seqs = seqs.map { $0.first === head ? Array($0.dropFirst()) : $0 }
        }
    }

    /// Looks a name up along the MRO.
    public func lookup(_ name: String) -> Value? {
        for t in mro {
            if let v = t.dict[name] { return v }
        }
        return nil
    }

    public func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        return mro.contains { $0 === other }
    }

    public func setAttribute(_ name: String, _ value: Value) {
        if dict.updateValue(value, forKey: name) == nil { dictOrder.append(name) }
    }

    private var hooksCache: (epoch: Int, initializer: Value?, new: Value?)?

    /// `__init__` and `__new__` as found on the MRO, remembered while no class namespace
    /// changes (instantiation looks them up on every call).
    var constructionHooks: (initializer: Value?, new: Value?) {
        if let c = hooksCache, c.epoch == PyType.epoch { return (c.initializer, c.new) }
        let hooks = (lookup("__init__"), lookup("__new__"))
        hooksCache = (PyType.epoch, hooks.0, hooks.1)
        return hooks
    }

    /// The nearest builtin ancestor that determines instance layout.
    public var solidBase: PyType {
        mro.first { $0.isBuiltin } ?? Builtins.objectType
    }

    /// Used once to break the type/type cycle at start-up.
    func fixMetatype(_ t: PyType) { type = t }
}
