import BigInt
import Language

/// CPython's numeric hash: integers modulo the Mersenne prime 2**61 - 1, so that equal
/// numbers of different types hash alike.
enum IntHash {
    static let modulus: UInt64 = (1 << 61) - 1

    static func hash(_ i: Int) -> Int {
        if i >= 0 { return Int(UInt64(i) % modulus) }
        let h = -Int(UInt64(i.magnitude) % modulus)
        return h == -1 ? -2 : h
    }

    static func hash(_ b: BigInt) -> Int {
        let m = BigInt(modulus)
        var r = Int(b.magnitude % m.magnitude)
        if b.sign == .minus { r = -r }
        return r == -1 ? -2 : r
    }

    static func hash(_ d: Double) -> Int {
        if d.isNaN { return 0 }
        if d.isInfinite { return d > 0 ? 314159 : -314159 }
        if d == d.rounded(), abs(d) < 9.2e18 { return hash(Int(d)) }
        if d == d.rounded() { return hash(BigInt(d)) }
        return d.hashValue
    }
}

/// Python reduces `__hash__` results like ints (-1 becomes -2).
enum IntHashValue {
    static func of(_ i: Int) -> Int { IntHash.hash(i) }
}

/// A code object prepared for execution: constants turned into values, global names resolved
/// to slots of the module they run in.
public final class Code {
    public let object: CodeObject
    public let constants: [Value]
    public let instructions: [Instruction]
    /// `instructions` with superinstructions fused (Superinstructions.swift), in a buffer of
    /// its own, which the interpreter indexes without a bounds check (every code object ends
    /// in a return, so `ip` never runs past it).
    let program: UnsafeMutablePointer<Instruction>
    public let globalSlots: [Int]
    public let localCount: Int
    public let cellCount: Int
    /// Finished frames of this code kept for the next call (see `VM.makeFrame`).
    var spareFrames = FrameStack()
    /// `names` interned (see `Names`).
    let nameIDs: [Int]
    /// `AttrCache.ways` attribute caches for each attribute or global instruction, found
    /// through `cacheBase` (indexed by instruction; -1 for other instructions).
    let caches: UnsafeMutablePointer<AttrCache>
    let cacheBase: [Int32]
    private let cacheCount: Int

    public init(_ object: CodeObject, globals: Globals) {
        self.object = object
        self.instructions = object.instructions
        program = .allocate(capacity: Swift.max(1, object.instructions.count))
        program.initialize(from: Superinstructions.fuse(object.instructions), count: object.instructions.count)
        self.constants = object.constants.map { Code.value(of: $0, globals: globals) }
        self.globalSlots = object.names.map { globals.slot(for: $0) }
        self.localCount = object.localNames.count
        self.cellCount = object.cellNames.count + object.freeNames.count
        self.nameIDs = object.names.map { Names.intern($0) }
        var base: [Int32] = []
        var count = 0
        for ins in object.instructions {
            switch ins.op {
            case .loadAttr, .storeAttr, .loadMethod, .loadGlobal:
                base.append(Int32(count))
                count += AttrCache.ways
            default:
                base.append(-1)
            }
        }
        cacheBase = base
        cacheCount = Swift.max(1, count)
        caches = .allocate(capacity: cacheCount)
        caches.initialize(repeating: AttrCache(), count: cacheCount)
    }

    deinit {
        caches.deinitialize(count: cacheCount)
        caches.deallocate()
        program.deallocate()
    }

    /// The caches of the attribute instruction at `pc`.
    @inline(__always)
    func caches(at pc: Int) -> UnsafeMutablePointer<AttrCache> { caches + Int(cacheBase[pc]) }

    static func value(of c: CodeConstant, globals: Globals) -> Value {
        switch c {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let digits): return .int(BigInt(digits) ?? 0)
        case .float(let d): return .float(d)
        case .string(let s): return .str(s)
        case .bytes(let b): return .object(PyBytes(b))
        case .ellipsis: return .object(Builtins.ellipsis)
        case .tuple(let items): return .object(PyTuple(items.map { value(of: $0, globals: globals) }))
        case .code(let code): return .object(PyCodeValue(Code(code, globals: globals)))
        }
    }

    public var name: String { object.name }

    public func location(at ip: Int) -> SourceLocation {
        let locs = object.locations
        return ip >= 0 && ip < locs.count ? locs[ip] : object.location
    }
}

/// A code object as a constant operand of MAKE_FUNCTION.
public final class PyCodeValue: PyObject {
    public let code: Code
    init(_ code: Code) {
        self.code = code
        super.init(type: Builtins.codeType)
    }
}

public final class PyBytes: PyObject {
    public let bytes: [UInt8]
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        super.init(type: Builtins.bytesType)
    }
}

/// A Python function (def, lambda, comprehension body, class body).
public final class PyFunction: PyObject {
    public let code: Code
    public let globals: Globals
    public var name: String
    public var qualname: String
    public var defaults: [Value]
    public var kwDefaults: [String: Value]
    public let closure: [PyCell]
    /// The class whose body defined this function (for zero-argument `super()`). Strong, as
    /// CPython's `__class__` cell is: a weak reference would put every class on the slow
    /// (side-table) reference-counting path, and classes are retained on every `type` read.
    public var ownerClass: PyType?
    /// `__doc__` (initially the docstring; assignable, as `functools.wraps` does).
    public var doc: Value
    public let dict = PyAttributeDict()
    public override var attributes: PyAttributeDict? { dict }

    public init(code: Code, globals: Globals, defaults: [Value], kwDefaults: [String: Value], closure: [PyCell]) {
        self.code = code
        self.globals = globals
        self.name = code.object.name
        self.qualname = code.object.qualname
        self.defaults = defaults
        self.kwDefaults = kwDefaults
        self.closure = closure
        self.doc = code.object.docstring.map { .str($0) } ?? .none
        super.init(type: Builtins.functionType)
    }
}

/// Arguments to a native function: positional values and keyword pairs in call order.
public struct Arguments {
    public var positional: [Value]
    public var keywords: [(String, Value)]

    public init(_ positional: [Value], keywords: [(String, Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }

    public var count: Int { positional.count }
    public subscript(i: Int) -> Value { positional[i] }

    /// Removes and returns a keyword argument.
    public mutating func take(_ name: String) -> Value? {
        guard let i = keywords.firstIndex(where: { $0.0 == name }) else { return nil }
        return keywords.remove(at: i).1
    }
}

/// A function implemented in Swift. Methods of builtin types receive `self` as the first
/// positional argument.
public final class PyNativeFunction: PyObject {
    public typealias Body = (VM, inout Arguments) throws -> Value
    public let name: String
    public let qualname: String
    public let body: Body
    /// Bound receiver for methods fetched from an instance (`[].append`).
    public let receiver: Value?

    public init(_ name: String, qualname: String? = nil, receiver: Value? = nil, _ body: @escaping Body) {
        self.name = name
        self.qualname = qualname ?? name
        self.body = body
        self.receiver = receiver
        super.init(type: Builtins.builtinFunctionType)
    }

    public func bound(to receiver: Value) -> PyNativeFunction {
        PyNativeFunction(name, qualname: qualname, receiver: receiver, body)
    }
}
