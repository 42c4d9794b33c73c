import BigInt
import OrderedCollections
import PyBase

/// `str`: Unicode text indexed by code point (Unicode scalar), as Python's.
public final class PyStr: PyObject {
    public let value: String
    private var scalarCache: [Unicode.Scalar]?
    private var countCache = -1
    /// The parsed template when this string is used with `%` or `.format` (usually a constant).
    var percentPieces: [PercentFormat.Piece]?
    var formatPieces: [StrFormat.Piece]?
    /// Instance attributes, for user subclasses of str (`class Color(str, Enum)` members).
    private lazy var attributeDict = PyAttributeDict()
    public override var attributes: PyAttributeDict? { type.isBuiltin ? nil : attributeDict }

    public init(_ value: String) {
        self.value = value
        super.init(type: Builtins.strType)
    }

    /// Code points, materialised on first indexed access.
    public var scalars: [Unicode.Scalar] {
        if let s = scalarCache { return s }
        let s = Array(value.unicodeScalars)
        scalarCache = s
        countCache = s.count
        return s
    }

    public var count: Int {
        if countCache < 0 { countCache = value.unicodeScalars.count }
        return countCache
    }

    public var isASCII: Bool { value.utf8.count == count }

    private var keyHashCache: Int?

    /// The hash used for dict keys: over the UTF-8 bytes (code points, not Swift's canonical
    /// equivalence), computed once per string object.
    public var keyHash: Int {
        if let h = keyHashCache { return h }
        var hasher = Hasher()
        var copy = value
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        let h = hasher.finalize()
        keyHashCache = h
        return h
    }

    /// Python string equality: the same code points (Swift's `==` would also equate
    /// canonically equivalent texts such as "é" and "e\u{301}").
    public func sameText(_ other: PyStr) -> Bool {
        if self === other { return true }
        if let a = keyHashCache, let b = other.keyHashCache, a != b { return false }
        return value.utf8.elementsEqual(other.value.utf8)
    }
}

public final class PyBigInt: PyObject {
    public let value: BigInt
    public init(_ value: BigInt) {
        self.value = value
        super.init(type: Builtins.intType)
    }
}

public final class PyList: PyObject {
    /// Instance attributes, for user subclasses of list.
    private lazy var attributeDict = PyAttributeDict()
    public override var attributes: PyAttributeDict? { type.isBuiltin ? nil : attributeDict }
    public var items: [Value]
    public init(_ items: [Value] = []) {
        self.items = items
        super.init(type: Builtins.listType)
    }
    deinit { Trashcan.release(&items) }
}

public final class PyTuple: PyObject {
    /// Instance attributes, for user subclasses of tuple.
    private lazy var attributeDict = PyAttributeDict()
    public override var attributes: PyAttributeDict? { type.isBuiltin ? nil : attributeDict }
    public private(set) var items: [Value]
    public init(_ items: [Value]) {
        self.items = items
        super.init(type: Builtins.tupleType)
    }
    deinit { Trashcan.release(&items) }
    nonisolated(unsafe) public static let empty = PyTuple([])
}

/// A dictionary key with Python's equality and hashing for builtin values
/// (1 == 1.0 == True; strings by value; tuples by content). Instances of user classes
/// hash with their `__hash__` (computed by `VM.hashKey`) and compare with `__eq__`.
public struct HashKey: Hashable {
    public let value: Value
    public let hash: Int

    public init(_ value: Value) {
        self.value = value
        self.hash = pythonHash(value)
    }

    public init(_ value: Value, hash: Int) {
        self.value = value
        self.hash = hash
    }

    public static func == (a: HashKey, b: HashKey) -> Bool {
        a.hash == b.hash && (keyEquals(a.value, b.value) || userKeyEquals(a.value, b.value))
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }

    /// Swift's tables ask for this on every probe; the Python hash is already computed, so a
    /// cheap mix (spreading the low bits that small ints leave unchanged) replaces SipHash.
    public func _rawHashValue(seed: Int) -> Int {
        var x = UInt64(bitPattern: Int64(hash ^ seed))
        x = (x ^ (x >> 31)) &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 29
        return Int(Int64(bitPattern: x))
    }
}

/// `__eq__` of user classes for dict keys (errors count as "not equal").
private func userKeyEquals(_ a: Value, _ b: Value) -> Bool {
    guard case .object(let x) = a, case .object(let y) = b, !x.type.isBuiltin || !y.type.isBuiltin,
          let vm = VM.active else { return false }
    return (try? vm.equals(a, b)) ?? false
}

/// Python's `hash()` for hashable builtin values; objects hash by identity.
public func pythonHash(_ v: Value) -> Int {
    switch v {
    case .none: return 0x5f3759df
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return IntHash.hash(i)
    case .float(let d): return IntHash.hash(d)
    case .object(let o):
        if let s = o as? PyStr { return s.keyHash }
        if let b = o as? PyBigInt { return IntHash.hash(b.value) }
        if let t = o as? PyTuple { return SetTable.tupleHash(t.items, element: pythonHash)! }
        if let f = o as? PySet, f.isFrozen { return SetTable.frozensetHash(f.items.map(\.hash)) }
        if let m = o as? PyBoundMethod { return pythonHash(m.receiver.identity) ^ pythonHash(m.function) }
        if let f = o as? PyNativeFunction, let receiver = f.receiver { return pythonHash(receiver.identity) ^ f.qualname.hashValue }
        return ObjectIdentifier(o).hashValue
    }
}

func keyEquals(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.none, .none): return true
    case (.int(let x), .int(let y)): return x == y
    case (.object(let x), .object(let y)):
        if x === y { return true }
        if let s = x as? PyStr, let t = y as? PyStr { return s.sameText(t) }
        if let s = x as? PyTuple, let t = y as? PyTuple {
            return s.items.count == t.items.count && zip(s.items, t.items).allSatisfy { keyEquals($0, $1) }
        }
        if let s = x as? PyBigInt, let t = y as? PyBigInt { return s.value == t.value }
        if let s = x as? PySet, let t = y as? PySet { return s.items == t.items }
        return methodEquals(x, y)
    default:
        if let x = numericValue(a), let y = numericValue(b) { return x == y }
        return false
    }
}

/// Bound methods are equal when they bind the same function to the same object (CPython
/// 3.8+ compares the receivers by identity): `obj.f == obj.f`, `[].append != [].append`.
func methodEquals(_ x: PyObject, _ y: PyObject) -> Bool {
    if let m = x as? PyBoundMethod, let n = y as? PyBoundMethod {
        return m.receiver.isSame(n.receiver) && keyEquals(m.function, n.function)
    }
    if let f = x as? PyNativeFunction, let g = y as? PyNativeFunction, let a = f.receiver, let b = g.receiver {
        return a.isSame(b) && f.qualname == g.qualname
    }
    return false
}

extension Value {
    /// A value standing for this one's identity in a hash: objects by address, others as is.
    var identity: Value {
        if case .object(let o) = self { return .int(ObjectIdentifier(o).hashValue) }
        return self
    }
}

/// Numbers compared across int/float/bool for key equality.
private func numericValue(_ v: Value) -> Double? {
    switch v {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return Double(i)
    case .float(let d): return d
    default: return nil
    }
}

public final class PyDict: PyObject {
    /// Instance attributes, for user subclasses of dict (`defaultdict.default_factory`).
    private lazy var attributeDict = PyAttributeDict()
    public override var attributes: PyAttributeDict? { type.isBuiltin ? nil : attributeDict }
    public var storage: DictStorage
    public init(_ storage: DictStorage = [:]) {
        self.storage = storage
        super.init(type: Builtins.dictType)
    }
    deinit { Trashcan.release(&storage) }
    public subscript(key: String) -> Value? {
        get { storage[HashKey(.str(key))] }
        set { storage[HashKey(.str(key))] = newValue }
    }
}

public final class PySet: PyObject {
    /// CPython's hash table layout, for CPython's iteration order (see SetTable.swift).
    public var items: SetTable
    public let isFrozen: Bool
    public init(_ items: SetTable = SetTable(), frozen: Bool = false) {
        self.items = items
        self.isFrozen = frozen
        super.init(type: frozen ? Builtins.frozensetType : Builtins.setType)
    }
}

public final class PyRange: PyObject {
    public let start: Int, stop: Int, step: Int
    public init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: Builtins.rangeType)
    }
    public var count: Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }
    public func item(_ i: Int) -> Int { start + i * step }
}

public final class PySlice: PyObject {
    public let start: Value, stop: Value, step: Value
    public init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: Builtins.sliceType)
    }
}

/// A variable captured by a closure.
public final class PyCell: PyObject {
    public var value: Value?
    public init(_ value: Value? = nil) {
        self.value = value
        super.init(type: Builtins.cellType)
    }
}

public final class PyModule: PyObject {
    public let name: String
    public let globals: Globals
    public init(name: String, globals: Globals = Globals()) {
        self.name = name
        self.globals = globals
        super.init(type: Builtins.moduleType)
    }
    public subscript(name: String) -> Value? {
        get { globals.get(name) }
        set { if let v = newValue { globals.set(name, v) } }
    }
}

/// A module's global variables: names map to slots so compiled code can cache the slot.
public final class Globals {
    public private(set) var names: [String] = []
    public private(set) var slots: [String: Int] = [:]
    public var values: [Value?] = []

    public init() {}

    public func slot(for name: String) -> Int {
        if let s = slots[name] { return s }
        let s = values.count
        slots[name] = s
        names.append(name)
        values.append(nil)
        return s
    }

    public func get(_ name: String) -> Value? {
        guard let s = slots[name] else { return nil }
        return values[s]
    }

    public func set(_ name: String, _ v: Value) { values[slot(for: name)] = v }

    /// Defined names in definition order.
    public var defined: [(String, Value)] {
        names.compactMap { n in values[slots[n]!].map { (n, $0) } }
    }
}

/// An instance of a user-defined class.
public class PyInstance: PyObject {
    public let dict = PyAttributeDict()
    public override var attributes: PyAttributeDict? { dict }
}

/// A user function's bound method: `obj.method`.
public final class PyBoundMethod: PyObject {
    public let function: Value
    public let receiver: Value
    public init(function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
        super.init(type: Builtins.methodType)
    }
}

/// `staticmethod`, `classmethod` and `property` wrappers stored in class dicts.
public final class PyDescriptor: PyObject {
    public enum Kind { case staticMethod, classMethod, property }
    public let kind: Kind
    public let function: Value
    public var setter: Value?
    public var deleter: Value?
    public init(kind: Kind, function: Value) {
        self.kind = kind
        self.function = function
        super.init(type: kind == .staticMethod ? Builtins.staticmethodType : kind == .classMethod ? Builtins.classmethodType : Builtins.propertyType)
    }
}

/// A property implemented in Swift (attributes of runtime objects such as `Task`).
public final class PyNativeProperty: PyObject {
    public let name: String
    public let get: (VM, Value) throws -> Value
    public let set: ((VM, Value, Value) throws -> Void)?
    public init(name: String, get: @escaping (VM, Value) throws -> Value, set: ((VM, Value, Value) throws -> Void)? = nil) {
        self.name = name
        self.get = get
        self.set = set
        super.init(type: Builtins.getsetDescriptorType)
    }
}

/// Marks "no receiver" for LOAD_METHOD results.
final class NullMarker: PyObject {
    nonisolated(unsafe) static let shared = NullMarker(type: Builtins.objectType)
}
