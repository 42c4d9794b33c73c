import BigInt
import Foundation
import Language
import PyBase
import VM
#if canImport(Glibc)
import Glibc
#endif

/// A `random.Random` instance: its own Mersenne Twister (PyBase's `MersenneTwister`, which
/// reproduces CPython's `_random.Random` exactly). Like CPython's instances it has a `__dict__`
/// holding `gauss_next`.
final class RandomObject: PyObject {
    var mt: MersenneTwister
    let dict = PyAttributeDict()
    override var attributes: PyAttributeDict? { dict }

    init(type: PyType) {
        mt = MersenneTwister(seed: RandomModule.defaultSeed)
        super.init(type: type)
        dict["gauss_next"] = Value.none
    }
}

/// The `random` module: CPython 3.11's Lib/random.py on top of PyBase's Mersenne Twister.
///
/// Determinism: CPython seeds from the OS (`os.urandom`) when no seed is given. loopscope
/// seeds `random` with 0 at start so every run is the same: the module's hidden instance,
/// `random.Random()`, `random.seed()` and `random.seed(None)` all behave like seed 0.
///
/// Module-level functions are methods bound to one hidden `Random` instance, as in CPython
/// (`random.seed = _inst.seed`, ...). Argument errors use CPython's wording for Python methods
/// ("Random.randint() missing 1 required positional argument: 'b'") or for the C methods
/// `random()`/`getrandbits()`.
///
/// `getstate()` returns CPython's exact tuple. `setstate()` restores any state produced by
/// `getstate()` earlier in the process (a PyBase generator cannot yet be built from raw state
/// words); other well-formed states raise ValueError.
enum RandomModule {
    /// The seed used when none is given (CPython would use OS entropy).
    static let defaultSeed: BigInt = 0

    /// The module-level names bound to the hidden instance, in random.py's order.
    static let exported = ["seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample",
                           "shuffle", "choices", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate",
                           "gammavariate", "gauss", "betavariate", "paretovariate", "weibullvariate", "getstate",
                           "setstate", "getrandbits", "randbytes"]

    static func make() -> PyModule {
        let m = PyModule(name: "random")
        m["__name__"] = .str("random")
        m["Random"] = .object(randomType)
        m["NV_MAGICCONST"] = .float(nvMagicConst)
        m["TWOPI"] = .float(twoPi)
        m["LOG4"] = .float(log4)
        m["SG_MAGICCONST"] = .float(sgMagicConst)
        m["BPF"] = .int(53)
        m["RECIP_BPF"] = .float(1.0 / 9007199254740992.0)
        let inst = Value.object(RandomObject(type: randomType))
        for name in exported {
            if case .object(let o)? = randomType.dict[name], let f = o as? PyNativeFunction {
                m[name] = .object(f.bound(to: inst))
            }
        }
        return m
    }

    // MARK: - The Random type

    nonisolated(unsafe) static let randomType: PyType = {
        let t = PyType(name: "Random", bases: [Builtins.objectType], layout: .native, isBuiltin: true, module: "random")
        t.setAttribute("VERSION", .int(3))
        installMethods(t)
        let nativeInit = t.dict["__init__"]!
        t.constructor = { vm, type, a in
            let r = RandomObject(type: type)    // already seeded with 0
            // A subclass's Python __init__ runs after this (with the arguments); otherwise this
            // is Random.__init__(x), which calls a subclass's own seed() even without arguments.
            let runInit = type === t ? !a.positional.isEmpty || !a.keywords.isEmpty
                                     : type.lookup("__init__")?.isSame(nativeInit) == true
            if runInit {
                let v = try bind(vm, initSignature, Arguments([.object(r)] + a.positional, keywords: a.keywords))
                try initialize(vm, r, v[1])
            }
            return .object(r)
        }
        return t
    }()

    nonisolated(unsafe) static let initSignature = Signature(qualname: "Random.__init__", params: ["self", "x"], defaults: [.none])

    /// `Random.__init__(self, x=None)`: `self.seed(x)` (a subclass's own `seed` is honoured).
    static func initialize(_ vm: VM, _ r: RandomObject, _ x: Value) throws {
        if r.type !== randomType, let s = r.type.lookup("seed"), !s.isSame(randomType.dict["seed"]!) {
            try vm.call(try vm.getAttribute(.object(r), "seed"), [x])
        } else {
            try seed(vm, r, x, version: .int(2))
        }
        r.dict["gauss_next"] = Value.none
    }

    // MARK: - Argument binding (CPython's messages for Python functions)

    struct Signature {
        let qualname: String
        /// Positional-or-keyword parameters, `self` first.
        let params: [String]
        /// Defaults of the trailing parameters.
        var defaults: [Value] = []
        /// Keyword-only parameters (all with defaults).
        var kwOnly: [(String, Value)] = []
    }

    /// Binds `a` like CPython's `initialize_locals`: the values of `params` then `kwOnly`.
    static func bind(_ vm: VM, _ sig: Signature, _ a: Arguments) throws -> [Value] {
        let argc = sig.params.count
        var slots = [Value?](repeating: nil, count: argc + sig.kwOnly.count)
        let given = a.positional.count
        for i in 0..<min(given, argc) { slots[i] = a.positional[i] }
        for (k, v) in a.keywords {
            let index: Int
            if let i = sig.params.firstIndex(of: k) {
                index = i
            } else if let i = sig.kwOnly.firstIndex(where: { $0.0 == k }) {
                index = argc + i
            } else {
                throw vm.typeError("\(sig.qualname)() got an unexpected keyword argument '\(k)'")
            }
            if slots[index] != nil {
                throw vm.typeError("\(sig.qualname)() got multiple values for argument '\(k)'")
            }
            slots[index] = v
        }
        if given > argc {
            let kwonlyGiven = slots[argc...].filter { $0 != nil }.count
            let defcount = sig.defaults.count
            let plural = defcount > 0 || argc != 1
            let count = defcount > 0 ? "from \(argc - defcount) to \(argc)" : "\(argc)"
            let kwonlySig = kwonlyGiven == 0 ? ""
                : " positional argument\(given != 1 ? "s" : "") (and \(kwonlyGiven) keyword-only argument\(kwonlyGiven != 1 ? "s" : ""))"
            let verb = given == 1 && kwonlyGiven == 0 ? "was" : "were"
            throw vm.typeError("\(sig.qualname)() takes \(count) positional argument\(plural ? "s" : "") but \(given)\(kwonlySig) \(verb) given")
        }
        let required = argc - sig.defaults.count
        let missing = (0..<required).filter { slots[$0] == nil }.map { "'\(sig.params[$0])'" }
        if !missing.isEmpty {
            let names: String
            switch missing.count {
            case 1: names = missing[0]
            case 2: names = "\(missing[0]) and \(missing[1])"
            default: names = missing.dropLast().joined(separator: ", ") + ", and " + missing.last!
            }
            throw vm.typeError("\(sig.qualname)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(names)")
        }
        var out: [Value] = []
        out.reserveCapacity(slots.count)
        for i in 0..<argc { out.append(slots[i] ?? sig.defaults[i - required]) }
        for (i, kw) in sig.kwOnly.enumerated() { out.append(slots[argc + i] ?? kw.1) }
        return out
    }

    /// `self` of a method, checked.
    static func receiver(_ vm: VM, _ v: Value, _ name: String) throws -> RandomObject {
        guard let r = v.asObject as? RandomObject else {
            throw vm.typeError("descriptor '\(name)' for 'Random' objects doesn't apply to a '\(v.typeName)' object")
        }
        return r
    }

    /// Defines a method written in Python in random.py (`params` excludes `self`).
    static func pyMethod(_ t: PyType, _ name: String, _ params: [String], defaults: [Value] = [],
                         kwOnly: [(String, Value)] = [],
                         _ body: @escaping (VM, Source, [Value]) throws -> Value) {
        let sig = Signature(qualname: "Random.\(name)", params: ["self"] + params, defaults: defaults, kwOnly: kwOnly)
        t.setAttribute(name, .object(PyNativeFunction(name, qualname: "Random.\(name)") { vm, a in
            let v = try bind(vm, sig, a)
            return try body(vm, Source(vm, try receiver(vm, v[0], name)), Array(v.dropFirst()))
        }))
    }

    /// Defines a method of the C base class `_random.Random` (METH_NOARGS or METH_O).
    static func cMethod(_ t: PyType, _ name: String, oneArgument: Bool,
                        _ body: @escaping (VM, RandomObject, Value?) throws -> Value) {
        t.setAttribute(name, .object(PyNativeFunction(name, qualname: "Random.\(name)") { vm, a in
            guard let first = a.positional.first else {
                throw vm.typeError("unbound method Random.\(name)() needs an argument")
            }
            guard let r = first.asObject as? RandomObject else {
                throw vm.typeError("descriptor '\(name)' for '_random.Random' objects doesn't apply to a '\(first.typeName)' object")
            }
            if !a.keywords.isEmpty { throw vm.typeError("Random.\(name)() takes no keyword arguments") }
            let n = a.positional.count - 1
            if oneArgument {
                if n != 1 { throw vm.typeError("Random.\(name)() takes exactly one argument (\(n) given)") }
                return try body(vm, r, a.positional[1])
            }
            if n != 0 { throw vm.typeError("Random.\(name)() takes no arguments (\(n) given)") }
            return try body(vm, r, nil)
        }))
    }

    // MARK: - Where randomness comes from

    /// The randomness of one method call: the instance's generator, or, for a subclass that
    /// overrides `random()`, `getrandbits()` or `_randbelow()`, those methods (what random.py's
    /// `__init_subclass__` arranges).
    struct Source {
        let vm: VM
        let obj: RandomObject
        /// The generator is used directly (always for `Random` itself).
        let native: Bool

        init(_ vm: VM, _ obj: RandomObject) {
            self.vm = vm
            self.obj = obj
            native = obj.type === RandomModule.randomType || !RandomModule.overridesSource(obj.type)
        }

        /// `self.random()`.
        func random() throws -> Double {
            if native { return obj.mt.random() }
            let v = try vm.call(try vm.getAttribute(.object(obj), "random"), [])
            return try RandomModule.toDouble(vm, v)
        }

        /// `self._randbelow(n)` for `n > 0`.
        func below(_ n: Int) throws -> Int {
            if native { return obj.mt.randbelow(n) }
            return Int(try below(BigInt(n)))
        }

        func below(_ n: BigInt) throws -> BigInt {
            if native { return obj.mt.randbelow(n) }
            for c in obj.type.mro {
                if c === RandomModule.randomType { break }
                if c.dict["_randbelow"] != nil {
                    let r = try vm.call(try vm.getAttribute(.object(obj), "_randbelow"), [.int(n)])
                    guard let b = r.bigIntValue else { throw vm.typeError("'\(r.typeName)' object cannot be interpreted as an integer") }
                    return b
                }
                if c.dict["getrandbits"] != nil {
                    // _randbelow_with_getrandbits
                    let getrandbits = try vm.getAttribute(.object(obj), "getrandbits")
                    let k = Value.int(n.magnitude.bitWidth)
                    while true {
                        let r = try vm.call(getrandbits, [k])
                        guard let b = r.bigIntValue else {
                            throw vm.typeError("'>=' not supported between instances of '\(r.typeName)' and 'int'")
                        }
                        if b < n { return b }
                    }
                }
                if c.dict["random"] != nil {
                    // _randbelow_without_getrandbits (without its warning for n >= 2**53)
                    let maxsize = BigInt(1) << 53
                    if n >= maxsize { return BigInt((try random() * Double(n)).rounded(.down)) }
                    let rem = maxsize % n
                    let limit = Double(maxsize - rem) / 9007199254740992.0
                    var r = try random()
                    while r >= limit { r = try random() }
                    return BigInt((r * 9007199254740992.0).rounded(.down)) % n
                }
            }
            return obj.mt.randbelow(n)
        }
    }

    /// Whether a subclass overrides where randomness comes from.
    static func overridesSource(_ t: PyType) -> Bool {
        for name in ["random", "getrandbits", "_randbelow"] {
            guard let v = t.lookup(name) else { continue }
            guard let native = randomType.dict[name], v.isSame(native) else { return true }
        }
        return false
    }

    // MARK: - Helpers

    /// Re-raises a PyBase error as the Python exception it names.
    static func pyBase<T>(_ vm: VM, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as PyBaseError {
            let type: PyType
            switch e.kind {
            case .valueError, .complexResult: type = Builtins.valueError
            case .typeError: type = Builtins.typeError
            case .overflowError: type = Builtins.overflowError
            case .zeroDivisionError: type = Builtins.zeroDivisionError
            case .indexError: type = Builtins.indexError
            case .keyError: type = Builtins.keyError
            case .memoryError: type = Builtins.memoryError
            }
            throw vm.exception(type, e.message)
        }
    }

    /// `operator.index(v)`, or nil when `v` has no `__index__` (a TypeError in Python).
    static func asIndex(_ vm: VM, _ v: Value) throws -> BigInt? {
        if let b = v.bigIntValue { return b }
        if case .object(let o) = v, !o.type.isBuiltin, let m = o.type.lookup("__index__") {
            let r = try vm.call(m, [v])
            guard let b = r.bigIntValue else {
                throw vm.typeError("__index__ returned non-int (type \(r.typeName))")
            }
            return b
        }
        return nil
    }

    /// `_PyLong_AsInt` for C arguments such as `getrandbits(k)`.
    static func cInt(_ vm: VM, _ v: Value) throws -> Int {
        guard let b = try asIndex(vm, v) else {
            throw vm.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
        guard let i = Int32(exactly: b) else { throw vm.overflowError("Python int too large to convert to C int") }
        return Int(i)
    }

    /// A number as a C double (`PyFloat_AsDouble`), as `math` functions convert their argument.
    static func toDouble(_ vm: VM, _ v: Value) throws -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if let b = o as? PyBigInt {
                let d = Double(b.value)
                if !d.isFinite { throw vm.overflowError("int too large to convert to float") }
                return d
            }
        default: break
        }
        throw vm.typeError("must be real number, not \(v.typeName)")
    }

    /// `mu + z * sigma` with Python's arithmetic (ints, floats and user numbers).
    static func affine(_ vm: VM, _ mu: Value, _ z: Double, _ sigma: Value) throws -> Value {
        if case .float(let m) = mu, case .float(let s) = sigma { return .float(m + z * s) }
        return try vm.binaryOp(.add, mu, try vm.binaryOp(.mul, .float(z), sigma))
    }

    /// `math.exp(x)` with its OverflowError.
    static func mathExp(_ vm: VM, _ x: Double) throws -> Double {
        let r = exp(x)
        if r.isInfinite && x.isFinite { throw vm.overflowError("math range error") }
        return r
    }

    /// `seq[i]` with fast paths for exact builtin sequences.
    static func item(_ vm: VM, _ seq: Value, _ i: Int) throws -> Value {
        if case .object(let o) = seq {
            if o.type === Builtins.listType, let l = o as? PyList, i < l.items.count { return l.items[i] }
            if o.type === Builtins.tupleType, let t = o as? PyTuple, i < t.items.count { return t.items[i] }
            if let r = o as? PyRange, i < r.count { return .int(r.item(i)) }
        }
        return try vm.getItem(seq, .int(i))
    }

    /// `isinstance(x, collections.abc.Sequence)` for the VM's types.
    static func isSequence(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        return o is PyList || o is PyTuple || o is PyStr || o is PyRange || o is PyBytes
    }

    /// `bisect.bisect_right(a, x, 0, hi)`.
    static func bisectRight<T: Comparable>(_ a: [T], _ x: T, hi: Int? = nil) -> Int {
        var lo = 0, hi = hi ?? a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if x < a[mid] { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// `list(itertools.accumulate(values))`.
    static func accumulate(_ vm: VM, _ values: Value) throws -> [Value] {
        var out: [Value] = []
        for v in try vm.collect(values) {
            out.append(out.isEmpty ? v : try vm.binaryOp(.add, out[out.count - 1], v))
        }
        return out
    }

    /// `itertools.repeat(None, k)`'s count: an index; negative counts repeat nothing.
    static func repeatCount(_ vm: VM, _ k: Value) throws -> Int {
        guard let b = try asIndex(vm, k) else {
            throw vm.typeError("'\(k.typeName)' object cannot be interpreted as an integer")
        }
        guard let n = Int(exactly: b) else { throw vm.overflowError("Python int too large to convert to C ssize_t") }
        return max(n, 0)
    }

    /// A DeprecationWarning attributed to the caller in the main program, printed once per
    /// line as CPython's default filters do (`__warningregistry__` of `__main__`).
    static func deprecation(_ vm: VM, _ message: String) {
        let location = vm.currentFiber?.location(inFile: vm.filename)
        let line = Int(location?.line ?? 1)
        let registry: PyDict
        if case .object(let o)? = vm.main["__warningregistry__"], let d = o as? PyDict {
            registry = d
        } else {
            registry = PyDict()
            registry["version"] = .int(0)
            vm.main["__warningregistry__"] = .object(registry)
        }
        let key = HashKey(.object(PyTuple([.str(message), .object(Builtins.deprecationWarning), .int(line)])))
        if registry.storage[key] != nil { return }
        registry.storage[key] = .bool(true)
        vm.warn(category: "DeprecationWarning", message: message, at: location)
    }

    // MARK: - Seeding

    /// `Random.seed(a, version)`.
    static func seed(_ vm: VM, _ r: RandomObject, _ a: Value, version: Value) throws {
        if a.isNone {
            r.mt.seed(defaultSeed)                      // CPython: OS entropy; loopscope: seed 0
        } else if let n = a.bigIntValue {
            r.mt.seed(n)
        } else if case .float(let d) = a {
            r.mt.seed(float: d)
        } else if let s = a.stringValue {
            if try vm.equals(version, .int(1)) {
                r.mt.seed(BigInt(version1Seed(s.unicodeScalars.map { UInt64($0.value) })))
            } else {
                // Version 2. (Other versions hash the str in CPython, which is randomized.)
                r.mt.seed(string: s)
            }
        } else if let b = a.asObject as? PyBytes {
            if try vm.equals(version, .int(1)) {
                r.mt.seed(BigInt(version1Seed(b.bytes.map { UInt64($0) })))
            } else {
                r.mt.seed(bytes: b.bytes)
            }
        } else {
            throw vm.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
        }
        r.dict["gauss_next"] = Value.none
        r.mt.gaussNext = nil
    }

    /// The version 1 string hash of random.py.
    static func version1Seed(_ ords: [UInt64]) -> UInt64 {
        var x: UInt64 = ords.first.map { $0 << 7 } ?? 0
        for c in ords { x = (1000003 &* x) ^ c }
        return x ^ UInt64(ords.count)
    }

    // MARK: - getstate / setstate

    /// The generator's state words and index (read by reflection: PyBase keeps them internal).
    static func internalState(_ mt: MersenneTwister) -> (words: [UInt32], index: Int)? {
        var words: [UInt32]?, index: Int?
        for child in Mirror(reflecting: mt).children {
            if child.label == "state" { words = child.value as? [UInt32] }
            if child.label == "index" { index = child.value as? Int }
        }
        guard let w = words, w.count == 624, let i = index else { return nil }
        return (w, i)
    }

    struct StateKey: Hashable {
        let words: [UInt32]
        let index: Int
    }

    /// Generators whose state `getstate()` returned, so `setstate()` can restore them.
    nonisolated(unsafe) static var savedStates: [StateKey: MersenneTwister] = [:]
    nonisolated(unsafe) static var savedOrder: [StateKey] = []
    static let savedLock = NSLock()
    static let savedLimit = 4096

    static func remember(_ key: StateKey, _ mt: MersenneTwister) {
        savedLock.lock()
        defer { savedLock.unlock() }
        if savedStates.updateValue(mt, forKey: key) == nil {
            savedOrder.append(key)
            if savedOrder.count > savedLimit { savedStates[savedOrder.removeFirst()] = nil }
        }
    }

    static func recall(_ key: StateKey) -> MersenneTwister? {
        savedLock.lock()
        defer { savedLock.unlock() }
        return savedStates[key]
    }

    static func getstate(_ vm: VM, _ r: RandomObject) throws -> Value {
        guard let (words, index) = internalState(r.mt) else {
            throw vm.exception(Builtins.notImplementedError, "getstate() is not supported")
        }
        remember(StateKey(words: words, index: index), r.mt)
        let inner = PyTuple(words.map { .int(Int($0)) } + [.int(index)])
        return .object(PyTuple([.int(3), .object(inner), r.dict["gauss_next"] ?? .none]))
    }

    static func setstate(_ vm: VM, _ r: RandomObject, _ state: Value) throws {
        let version = try vm.getItem(state, .int(0))
        let isV3 = try vm.equals(version, .int(3))
        let isV2 = try !isV3 && vm.equals(version, .int(2))
        guard isV3 || isV2 else {
            throw vm.valueError("state with version \(try vm.str(version)) passed to Random.setstate() of version 3")
        }
        let parts = try vm.collect(state)
        if parts.count != 3 {
            throw vm.valueError(parts.count > 3 ? "too many values to unpack (expected 3)"
                                                : "not enough values to unpack (expected 3, got \(parts.count))")
        }
        var vector = parts[1]
        if !isV3, vector.asObject is PyTuple || vector.asObject is PyList {
            vector = .object(PyTuple(try vm.collect(vector).map { try vm.binaryOp(.mod, $0, .int(1 << 32)) }))
        }
        guard let tuple = vector.asObject as? PyTuple else { throw vm.typeError("state vector must be a tuple") }
        if tuple.items.count != 625 { throw vm.valueError("state vector is the wrong size") }
        var words: [UInt32] = []
        words.reserveCapacity(624)
        for v in tuple.items.dropLast() {
            guard let b = v.bigIntValue else { throw vm.typeError("an integer is required") }
            guard b.sign == .plus || b == 0 else { throw vm.overflowError("can't convert negative value to unsigned int") }
            guard let u = UInt64(exactly: b) else { throw vm.overflowError("Python int too large to convert to C unsigned long") }
            words.append(UInt32(truncatingIfNeeded: u))
        }
        guard let idx = tuple.items.last?.bigIntValue else {
            throw vm.typeError("'\(tuple.items.last!.typeName)' object cannot be interpreted as an integer")
        }
        guard let index = Int(exactly: idx), index >= 0, index <= 624 else { throw vm.valueError("invalid state") }
        guard var mt = recall(StateKey(words: words, index: index)) else {
            throw vm.valueError("loopscope can only restore a state returned by getstate()")
        }
        let gaussNext = parts[2]
        if case .float(let g) = gaussNext { mt.gaussNext = g } else { mt.gaussNext = nil }
        r.mt = mt
        r.dict["gauss_next"] = gaussNext
    }

    // MARK: - Integer methods

    /// One `randrange` argument: `_index(v)`, or `int(v)` with the 3.11 DeprecationWarning
    /// (shown only when the caller is the main program, not `randint`).
    static func rangeArgument(_ vm: VM, _ v: Value, _ what: String, warn: Bool) throws -> BigInt {
        if let b = try asIndex(vm, v) { return b }
        let converted = try vm.call(.object(Builtins.intType), [v])
        guard let b = converted.bigIntValue else { throw vm.typeError("__int__ returned non-int (type \(converted.typeName))") }
        if !(try vm.equals(converted, v)) {
            if warn { deprecation(vm, "randrange() will raise TypeError in the future") }
            throw vm.valueError("non-integer \(what) for randrange()")
        }
        if warn {
            deprecation(vm, "non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version")
        }
        return b
    }

    static func randrange(_ vm: VM, _ r: Source, _ start: Value, _ stop: Value, _ step: Value,
                          warn: Bool) throws -> Value {
        if r.native, case .int(let a) = start {
            if case .none = stop, a > 0, case .int(1) = step { return .int(r.obj.mt.randbelow(a)) }
            if case .int(let b) = stop, case .int(let c) = step {
                return .int(try pyBase(vm) { try r.obj.mt.randrange(a, b, step: c) })
            }
        }
        let istart = try rangeArgument(vm, start, "arg 1", warn: warn)
        if stop.isNone {
            // `step is not _ONE`: only the int 1 (the default) is accepted without a stop.
            if case .int(1) = step {} else { throw vm.typeError("Missing a non-None stop argument") }
            if istart > 0 { return .int(try r.below(istart)) }
            throw vm.valueError("empty range for randrange()")
        }
        let istop = try rangeArgument(vm, stop, "stop", warn: warn)
        let istep = try rangeArgument(vm, step, "step", warn: warn)
        if r.native {
            if let a = Int(exactly: istart), let b = Int(exactly: istop), let c = Int(exactly: istep) {
                return .int(try pyBase(vm) { try r.obj.mt.randrange(a, b, step: c) })
            }
            return .int(try pyBase(vm) { try r.obj.mt.randrange(istart, istop, step: istep) })
        }
        let width = istop - istart
        if istep == 1 {
            if width > 0 { return .int(istart + (try r.below(width))) }
            throw vm.valueError("empty range for randrange() (\(istart), \(istop), \(width))")
        }
        let n: BigInt
        if istep > 0 {
            n = try pyBase(vm) { try IntMath.floorDivide(width + istep - 1, istep) }
        } else if istep < 0 {
            n = try pyBase(vm) { try IntMath.floorDivide(width + istep + 1, istep) }
        } else {
            throw vm.valueError("zero step for randrange()")
        }
        if n <= 0 { throw vm.valueError("empty range for randrange()") }
        return .int(istart + istep * (try r.below(n)))
    }

    // MARK: - Methods

    static func installMethods(_ t: PyType) {
        pyMethod(t, "__init__", ["x"], defaults: [.none]) { vm, r, a in
            try initialize(vm, r.obj, a[0])
            return .none
        }
        pyMethod(t, "seed", ["a", "version"], defaults: [.none, .int(2)]) { vm, r, a in
            try seed(vm, r.obj, a[0], version: a[1])
            return .none
        }
        pyMethod(t, "getstate", []) { vm, r, _ in try getstate(vm, r.obj) }
        pyMethod(t, "setstate", ["state"]) { vm, r, a in
            try setstate(vm, r.obj, a[0])
            return .none
        }
        cMethod(t, "random", oneArgument: false) { _, r, _ in .float(r.mt.random()) }
        cMethod(t, "getrandbits", oneArgument: true) { vm, r, k in
            let n = try cInt(vm, k!)
            return .int(try pyBase(vm) { try r.mt.getrandbits(n) })
        }
        pyMethod(t, "randbytes", ["n"]) { vm, r, a in
            let bits = try vm.binaryOp(.mul, a[0], .int(8))
            if r.native || r.obj.type.lookup("getrandbits").map({ $0.isSame(t.dict["getrandbits"]!) }) == true {
                let n = try cInt(vm, bits)
                if n < 0 { throw vm.valueError("number of bits must be non-negative") }
                return .object(PyBytes(r.obj.mt.randbytes(n / 8)))
            }
            // A subclass's getrandbits(n * 8).to_bytes(n, 'little').
            let v = try vm.call(try vm.getAttribute(.object(r.obj), "getrandbits"), [bits])
            let count = try vm.index(a[0])
            guard let b = v.bigIntValue, b.sign == .plus || b == 0 else {
                throw vm.overflowError("can't convert negative int to unsigned")
            }
            var bytes: [UInt8] = []
            var rest = b
            for _ in 0..<max(count, 0) {
                bytes.append(UInt8(truncatingIfNeeded: Int(rest & 0xff)))
                rest >>= 8
            }
            if rest != 0 { throw vm.overflowError("int too big to convert") }
            return .object(PyBytes(bytes))
        }

        // Integers.
        pyMethod(t, "randrange", ["start", "stop", "step"], defaults: [.none, .int(1)]) { vm, r, a in
            try randrange(vm, r, a[0], a[1], a[2], warn: true)
        }
        pyMethod(t, "randint", ["a", "b"]) { vm, r, a in
            if r.native, case .int(let lo) = a[0], case .int(let hi) = a[1] {
                return .int(try pyBase(vm) { try r.obj.mt.randint(lo, hi) })
            }
            let stop = try vm.binaryOp(.add, a[1], .int(1))
            return try randrange(vm, r, a[0], stop, .int(1), warn: false)
        }

        // Sequences.
        pyMethod(t, "choice", ["seq"]) { vm, r, a in
            let n = try vm.length(a[0])
            if n == 0 { throw vm.indexError("Cannot choose from an empty sequence") }
            return try item(vm, a[0], try r.below(n))
        }
        pyMethod(t, "shuffle", ["x"]) { vm, r, a in
            let x = a[0]
            if r.native, case .object(let o) = x, o.type === Builtins.listType, let l = o as? PyList {
                r.obj.mt.shuffle(&l.items)
                return .none
            }
            var i = try vm.length(x) - 1
            while i >= 1 {
                let j = try r.below(i + 1)
                let xj = try vm.getItem(x, .int(j)), xi = try vm.getItem(x, .int(i))
                try vm.setItem(x, .int(i), xj)
                try vm.setItem(x, .int(j), xi)
                i -= 1
            }
            return .none
        }
        pyMethod(t, "sample", ["population", "k"], kwOnly: [("counts", .none)]) { vm, r, a in
            try sample(vm, r, a[0], a[1], counts: a[2])
        }
        pyMethod(t, "choices", ["population", "weights"], defaults: [.none],
                 kwOnly: [("cum_weights", .none), ("k", .int(1))]) { vm, r, a in
            try choices(vm, r, a[0], weights: a[1], cumWeights: a[2], k: a[3])
        }

        // Real-valued distributions.
        pyMethod(t, "uniform", ["a", "b"]) { vm, r, a in
            if r.native, case .float(let lo) = a[0], case .float(let hi) = a[1] { return .float(r.obj.mt.uniform(lo, hi)) }
            let width = try vm.binaryOp(.sub, a[1], a[0])
            return try vm.binaryOp(.add, a[0], try vm.binaryOp(.mul, width, .float(try r.random())))
        }
        pyMethod(t, "triangular", ["low", "high", "mode"], defaults: [.float(0), .float(1), .none]) { vm, r, a in
            var low = a[0], high = a[1]
            var u = try r.random()
            var c: Value = .float(0.5)
            if !a[2].isNone {
                do {
                    c = try vm.binaryOp(.div, try vm.binaryOp(.sub, a[2], low), try vm.binaryOp(.sub, high, low))
                } catch let e as PyError where e.exception.type.isSubtype(of: Builtins.zeroDivisionError) {
                    return low
                }
            }
            if try vm.ordered(.gt, .float(u), c) {
                u = 1.0 - u
                c = try vm.binaryOp(.sub, .float(1.0), c)
                swap(&low, &high)
            }
            let root = sqrt(try toDouble(vm, try vm.binaryOp(.mul, .float(u), c)))
            return try vm.binaryOp(.add, low, try vm.binaryOp(.mul, try vm.binaryOp(.sub, high, low), .float(root)))
        }
        pyMethod(t, "normalvariate", ["mu", "sigma"], defaults: [.float(0), .float(1)]) { vm, r, a in
            try affine(vm, a[0], try normalZ(r), a[1])
        }
        pyMethod(t, "gauss", ["mu", "sigma"], defaults: [.float(0), .float(1)]) { vm, r, a in
            var z: Double
            let cached = r.obj.dict["gauss_next"] ?? .none
            r.obj.dict["gauss_next"] = Value.none
            if case .float(let g) = cached {
                z = g
            } else if cached.isNone {
                let x2pi = try r.random() * twoPi
                let g2rad = sqrt(-2.0 * log(1.0 - (try r.random())))
                z = cos(x2pi) * g2rad
                r.obj.dict["gauss_next"] = .float(sin(x2pi) * g2rad)
            } else {
                z = try toDouble(vm, cached)
            }
            r.obj.mt.gaussNext = nil
            return try affine(vm, a[0], z, a[1])
        }
        pyMethod(t, "lognormvariate", ["mu", "sigma"]) { vm, r, a in
            let x = try toDouble(vm, try affine(vm, a[0], try normalZ(r), a[1]))
            return .float(try mathExp(vm, x))
        }
        pyMethod(t, "expovariate", ["lambd"]) { vm, r, a in
            let x = -log(1.0 - (try r.random()))
            if case .float(let l) = a[0], l != 0 { return .float(x / l) }
            return try vm.binaryOp(.div, .float(x), a[0])
        }
        pyMethod(t, "vonmisesvariate", ["mu", "kappa"]) { vm, r, a in
            if try vm.ordered(.le, a[1], .float(1e-6)) { return .float(twoPi * (try r.random())) }
            let kappa = try toDouble(vm, a[1])
            let s = 0.5 / kappa
            let rr = s + sqrt(1.0 + s * s)
            var z: Double
            while true {
                let u1 = try r.random()
                z = cos(Double.pi * u1)
                let d = z / (rr + z)
                let u2 = try r.random()
                if u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d) { break }
            }
            let q = 1.0 / rr
            let f = (q + z) / (1.0 + q * z)
            let u3 = try r.random()
            let angle = try vm.binaryOp(u3 > 0.5 ? .add : .sub, a[0], .float(acos(f)))
            return try vm.binaryOp(.mod, angle, .float(twoPi))
        }
        pyMethod(t, "gammavariate", ["alpha", "beta"]) { vm, r, a in
            .float(try gammavariate(vm, r, a[0], a[1]))
        }
        pyMethod(t, "betavariate", ["alpha", "beta"]) { vm, r, a in
            let y = try gammavariate(vm, r, a[0], .float(1))
            if y != 0 { return .float(y / (y + (try gammavariate(vm, r, a[1], .float(1))))) }
            return .float(0)
        }
        pyMethod(t, "paretovariate", ["alpha"]) { vm, r, a in
            let u = 1.0 - (try r.random())
            return try vm.binaryOp(.pow, .float(u), try vm.binaryOp(.div, .float(-1.0), a[0]))
        }
        pyMethod(t, "weibullvariate", ["alpha", "beta"]) { vm, r, a in
            let u = 1.0 - (try r.random())
            let p = try vm.binaryOp(.pow, .float(-log(u)), try vm.binaryOp(.div, .float(1.0), a[1]))
            return try vm.binaryOp(.mul, a[0], p)
        }
    }

    static let twoPi = 2.0 * Double.pi
    static let nvMagicConst = 4 * exp(-0.5) / sqrt(2.0)
    static let log4 = log(4.0)
    static let sgMagicConst = 1.0 + log(4.5)

    /// The standard normal deviate of `normalvariate` (Kinderman and Monahan).
    static func normalZ(_ r: Source) throws -> Double {
        while true {
            let u1 = try r.random()
            let u2 = 1.0 - (try r.random())
            let z = nvMagicConst * (u1 - 0.5) / u2
            if z * z / 4.0 <= -log(u2) { return z }
        }
    }

    static func gammavariate(_ vm: VM, _ r: Source, _ alphaValue: Value, _ betaValue: Value) throws -> Double {
        if try vm.ordered(.le, alphaValue, .float(0)) || vm.ordered(.le, betaValue, .float(0)) {
            throw vm.valueError("gammavariate: alpha and beta must be > 0.0")
        }
        let alpha = try toDouble(vm, alphaValue), beta = try toDouble(vm, betaValue)
        if alpha > 1.0 {
            let ainv = sqrt(2.0 * alpha - 1.0)
            let bbb = alpha - log4
            let ccc = alpha + ainv
            while true {
                let u1 = try r.random()
                if !(1e-7 < u1 && u1 < 0.9999999) { continue }
                let u2 = 1.0 - (try r.random())
                let v = log(u1 / (1.0 - u1)) / ainv
                let x = alpha * exp(v)
                let z = u1 * u1 * u2
                let rr = bbb + ccc * v - x
                if rr + sgMagicConst - 4.5 * z >= 0.0 || rr >= log(z) { return x * beta }
            }
        } else if alpha == 1.0 {
            return -log(1.0 - (try r.random())) * beta
        }
        var x: Double
        while true {
            let u = try r.random()
            let b = (M_E + alpha) / M_E
            let p = b * u
            if p <= 1.0 {
                x = try pyBase(vm) { try FloatMath.pow(p, 1.0 / alpha) }
            } else {
                x = -log((b - p) / alpha)
            }
            let u1 = try r.random()
            if p > 1.0 {
                if u1 <= (try pyBase(vm) { try FloatMath.pow(x, alpha - 1.0) }) { break }
            } else if u1 <= exp(-x) {
                break
            }
        }
        return x * beta
    }

    // MARK: - sample / choices

    static func sample(_ vm: VM, _ r: Source, _ population: Value, _ k: Value, counts: Value) throws -> Value {
        guard isSequence(population) else {
            throw vm.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        }
        let n = try vm.length(population)
        if !counts.isNone {
            var cum = try accumulate(vm, counts)
            if cum.count != n { throw vm.valueError("The number of counts does not match the population") }
            let total = cum.removeLast()
            guard let bigTotal = total.bigIntValue else { throw vm.typeError("Counts must be integers") }
            if bigTotal <= 0 { throw vm.valueError("Total of counts must be greater than zero") }
            guard let totalCount = Int(exactly: bigTotal) else {
                throw vm.overflowError("Python int too large to convert to C ssize_t")
            }
            let bounds = try cum.map { v -> BigInt in
                guard let b = v.bigIntValue else { throw vm.typeError("'<' not supported between instances of 'int' and '\(v.typeName)'") }
                return b
            }
            let selections = try sampleIndices(r, n: totalCount, k: try sampleSize(vm, k, totalCount))
            return .object(PyList(try selections.map { try item(vm, population, bisectRight(bounds, BigInt($0))) }))
        }
        let size = try sampleSize(vm, k, n)
        let picks = try sampleIndices(r, n: n, k: size)
        if case .object(let o) = population, let s = o as? PyStr {
            let scalars = s.scalars
            return .object(PyList(picks.map { .str(String(scalars[$0])) }))
        }
        return .object(PyList(try picks.map { try item(vm, population, $0) }))
    }

    /// `k` of `sample`: `0 <= k <= n` is checked before `[None] * k` needs an int.
    static func sampleSize(_ vm: VM, _ k: Value, _ n: Int) throws -> Int {
        if let b = k.bigIntValue {
            guard let i = Int(exactly: b), i >= 0, i <= n else {
                throw vm.valueError("Sample larger than population or is negative")
            }
            return i
        }
        guard try vm.ordered(.le, .int(0), k), try vm.ordered(.le, k, .int(n)) else {
            throw vm.valueError("Sample larger than population or is negative")
        }
        if let b = try asIndex(vm, k), let i = Int(exactly: b) { return i }
        throw vm.typeError("can't multiply sequence by non-int of type '\(k.typeName)'")
    }

    static func choices(_ vm: VM, _ r: Source, _ population: Value, weights: Value, cumWeights: Value,
                        k: Value) throws -> Value {
        let n = try vm.length(population)
        var cum: [Value]
        if cumWeights.isNone {
            if weights.isNone {
                let count = try repeatCount(vm, k)
                let nf = Double(n)
                var out: [Value] = []
                out.reserveCapacity(count)
                for _ in 0..<count { out.append(try item(vm, population, Int((try r.random() * nf).rounded(.down)))) }
                return .object(PyList(out))
            }
            do {
                cum = try accumulate(vm, weights)
            } catch let e as PyError where e.exception.type.isSubtype(of: Builtins.typeError) {
                guard let count = weights.bigIntValue else { throw e }
                let shown = weights.isSame(.bool(true)) ? "True" : weights.isSame(.bool(false)) ? "False" : "\(count)"
                throw vm.typeError("The number of choices must be a keyword argument: k=\(shown)")
            }
        } else {
            if !weights.isNone { throw vm.typeError("Cannot specify both weights and cumulative weights") }
            if try vm.length(cumWeights) != n {
                throw vm.valueError("The number of weights does not match the population")
            }
            cum = try vm.collect(cumWeights)
        }
        if cum.count != n { throw vm.valueError("The number of weights does not match the population") }
        guard let last = cum.last else {
            throw vm.indexError(cumWeights.asObject is PyTuple ? "tuple index out of range" : "list index out of range")
        }
        let total = try toDouble(vm, try vm.binaryOp(.add, last, .float(0)))
        let bounds = try cum.map { v -> Double in
            do { return try toDouble(vm, v) } catch {
                throw vm.typeError("'<' not supported between instances of 'float' and '\(v.typeName)'")
            }
        }
        if total <= 0 { throw vm.valueError("Total of weights must be greater than zero") }
        if !total.isFinite { throw vm.valueError("Total of weights must be finite") }
        let count = try repeatCount(vm, k)
        var out: [Value] = []
        out.reserveCapacity(count)
        for _ in 0..<count {
            out.append(try item(vm, population, bisectRight(bounds, try r.random() * total, hi: n - 1)))
        }
        return .object(PyList(out))
    }

    /// The indices `sample` picks from `n` items (`k` already checked).
    static func sampleIndices(_ r: Source, n: Int, k: Int) throws -> [Int] {
        if r.native { return try pyBase(r.vm) { try r.obj.mt.sample(populationCount: n, k: k) } }
        var result: [Int] = []
        result.reserveCapacity(k)
        var setsize = 21
        if k > 5 { setsize += 1 << (2 * Int((log(Double(k * 3)) / log(4.0)).rounded(.up))) }
        if n <= setsize {
            var pool = Array(0..<n)
            for i in 0..<k {
                let j = try r.below(n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for _ in 0..<k {
                var j = try r.below(n)
                while selected.contains(j) { j = try r.below(n) }
                selected.insert(j)
                result.append(j)
            }
        }
        return result
    }
}
