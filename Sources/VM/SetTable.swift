import PyBase

/// The storage of `set` and `frozenset`: CPython 3.11's open-addressing table
/// (Objects/setobject.c) so that iteration, `repr` and `pop()` visit elements in CPython's
/// order.
///
/// Slots are probed with CPython's hashes: ints, floats and bools hash exactly as in CPython;
/// `str` and `bytes` use SipHash-1-3 with a zero key, which is CPython's hash under
/// `PYTHONHASHSEED=0` (CPython randomises string hashes by default, so their order is
/// arbitrary anyway; this choice keeps runs deterministic); tuples and frozensets combine
/// their items' hashes as CPython does. Values whose hash is an object identity (instances,
/// functions, types, NaN) have no reproducible order: a set that receives one switches to
/// insertion order (`fallback`), starting from its current order.
public struct SetTable: Sequence, Equatable {
    struct Slot {
        /// nil for an unused (hash 0) or dummy (hash -1) slot.
        var key: HashKey?
        var hash: Int
    }

    static let minSize = 8
    static let linearProbes = 9
    static let perturbShift = 5

    var slots = [Slot](repeating: Slot(key: nil, hash: 0), count: SetTable.minSize)
    var fill = 0
    var used = 0
    /// Where `pop()` resumes its search.
    var finger = 0
    /// Insertion-ordered storage once an element without a reproducible hash was added.
    var fallback: InsertionOrderedKeys?

    public init() {}

    public init<S: Sequence>(_ keys: S) where S.Element == HashKey {
        for k in keys { append(k) }
    }

    var mask: Int { slots.count - 1 }

    public var count: Int { fallback?.count ?? used }
    public var isEmpty: Bool { count == 0 }

    // MARK: Iteration

    public struct Iterator: IteratorProtocol {
        let table: SetTable
        var position = 0
        public mutating func next() -> HashKey? {
            if let f = table.fallback {
                while position < f.slotCount {
                    position += 1
                    if let k = f.member(at: position - 1) { return k }
                }
                return nil
            }
            while position < table.slots.count {
                let slot = table.slots[position]
                position += 1
                if let k = slot.key { return k }
            }
            return nil
        }
    }

    public func makeIterator() -> Iterator { Iterator(table: self) }

    /// The element at or after slot `position` (advanced past it), for live iteration.
    func next(from position: inout Int) -> HashKey? {
        if let f = fallback {
            while position < f.slotCount {
                position += 1
                if let k = f.member(at: position - 1) { return k }
            }
            return nil
        }
        while position < slots.count {
            let slot = slots[position]
            position += 1
            if let k = slot.key { return k }
        }
        return nil
    }

    /// Elements with their stored hashes, in table order (table mode only).
    var entries: [(HashKey, Int)] {
        slots.compactMap { s in s.key.map { ($0, s.hash) } }
    }

    // MARK: Lookup (set_lookkey)

    /// The slot holding `key`, or nil.
    func find(_ key: HashKey, hash: Int) -> Int? {
        let mask = UInt(self.mask)
        var perturb = UInt(bitPattern: hash)
        var i = UInt(bitPattern: hash) & mask
        while true {
            var probes = i + UInt(SetTable.linearProbes) <= mask ? SetTable.linearProbes : 0
            var j = Int(i)
            while true {
                let s = slots[j]
                if s.key == nil && s.hash == 0 { return nil }
                if s.hash == hash, let k = s.key, k == key { return j }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= UInt(SetTable.perturbShift)
            i = (i &* 5 &+ 1 &+ perturb) & mask
        }
    }

    public func contains(_ key: HashKey) -> Bool {
        if let f = fallback { return f.contains(key) }
        guard let h = SetTable.hash(key) else { return false }
        return find(key, hash: h) != nil
    }

    /// Whether a key with a known hash is present.
    func contains(_ key: HashKey, hash: Int) -> Bool {
        if let f = fallback { return f.contains(key) }
        return find(key, hash: hash) != nil
    }

    // MARK: Insertion (set_add_entry)

    /// Adds `key`; returns whether it was new.
    @discardableResult
    public mutating func append(_ key: HashKey) -> Bool {
        if fallback == nil, let h = SetTable.hash(key) { return add(key, hash: h) }
        switchToFallback()
        return fallback!.append(key).inserted
    }

    @discardableResult
    mutating func add(_ key: HashKey, hash: Int) -> Bool {
        if fallback != nil { return fallback!.append(key).inserted }
        let mask = UInt(self.mask)
        var perturb = UInt(bitPattern: hash)
        var i = UInt(bitPattern: hash) & mask
        var freeslot: Int?
        while true {
            var probes = i + UInt(SetTable.linearProbes) <= mask ? SetTable.linearProbes : 0
            var j = Int(i)
            while true {
                let s = slots[j]
                if s.key == nil && s.hash == 0 {
                    if let f = freeslot {
                        used += 1
                        slots[f] = Slot(key: key, hash: hash)
                        return true
                    }
                    fill += 1
                    used += 1
                    slots[j] = Slot(key: key, hash: hash)
                    if fill * 5 >= Int(mask) * 3 { resize(used > 50000 ? used * 2 : used * 4) }
                    return true
                }
                if s.hash == hash, let k = s.key {
                    if k == key { return false }
                } else if s.key == nil && s.hash == -1 {
                    freeslot = j
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= UInt(SetTable.perturbShift)
            i = (i &* 5 &+ 1 &+ perturb) & mask
        }
    }

    /// set_insert_clean: places a key known to be absent into a table without dummies.
    static func insertClean(_ slots: inout [Slot], _ key: HashKey, _ hash: Int) {
        let mask = UInt(slots.count - 1)
        var perturb = UInt(bitPattern: hash)
        var i = UInt(bitPattern: hash) & mask
        while true {
            if slots[Int(i)].key == nil {
                slots[Int(i)] = Slot(key: key, hash: hash)
                return
            }
            if i + UInt(linearProbes) <= mask {
                for j in 1...linearProbes where slots[Int(i) + j].key == nil {
                    slots[Int(i) + j] = Slot(key: key, hash: hash)
                    return
                }
            }
            perturb >>= UInt(perturbShift)
            i = (i &* 5 &+ 1 &+ perturb) & mask
        }
    }

    /// set_table_resize: rebuilds the table with the smallest power of two > `minused`.
    mutating func resize(_ minused: Int) {
        var newSize = SetTable.minSize
        while newSize <= minused { newSize <<= 1 }
        if newSize == SetTable.minSize && slots.count == SetTable.minSize && fill == used { return }
        var table = [Slot](repeating: Slot(key: nil, hash: 0), count: newSize)
        for s in slots { if let k = s.key { SetTable.insertClean(&table, k, s.hash) } }
        slots = table
        fill = used
    }

    // MARK: Removal

    /// set_discard_entry: leaves a dummy. Returns the removed key.
    @discardableResult
    public mutating func remove(_ key: HashKey) -> HashKey? {
        if fallback != nil { return fallback!.remove(key) }
        guard let h = SetTable.hash(key) else { return nil }
        return remove(key, hash: h)
    }

    @discardableResult
    mutating func remove(_ key: HashKey, hash: Int) -> HashKey? {
        if fallback != nil { return fallback!.remove(key) }
        guard let j = find(key, hash: hash) else { return nil }
        let old = slots[j].key
        slots[j] = Slot(key: nil, hash: -1)
        used -= 1
        return old
    }

    /// set.pop(): the first element at or after the finger.
    public mutating func popFirst() -> HashKey? {
        if fallback != nil { return fallback!.isEmpty ? nil : fallback!.removeFirst() }
        guard used > 0 else { return nil }
        var j = finger & mask
        while slots[j].key == nil {
            j += 1
            if j > mask { j = 0 }
        }
        let key = slots[j].key
        slots[j] = Slot(key: nil, hash: -1)
        used -= 1
        finger = j + 1
        return key
    }

    /// set_clear_internal (the finger is kept, as in CPython).
    public mutating func removeAll() {
        slots = [Slot](repeating: Slot(key: nil, hash: 0), count: SetTable.minSize)
        fill = 0
        used = 0
        fallback = nil
    }

    /// After `difference_update`: purge dummies when more than a quarter of the table.
    mutating func purgeDummiesIfNeeded() {
        guard fallback == nil, fill - used > mask / 4 else { return }
        resize(used > 50000 ? used * 2 : used * 4)
    }

    mutating func switchToFallback() {
        guard fallback == nil else { return }
        fallback = InsertionOrderedKeys(Array(self))
        slots = [Slot](repeating: Slot(key: nil, hash: 0), count: SetTable.minSize)
        fill = 0
        used = 0
    }

    // MARK: Bulk insertion

    /// set_merge: adds every element of `other` (CPython's fast paths included).
    mutating func merge(_ other: SetTable) {
        if other.isEmpty { return }
        if fallback != nil || other.fallback != nil {
            for k in other { append(k) }
            return
        }
        if (fill + other.used) * 5 >= mask * 3 { resize((used + other.used) * 2) }
        if fill == 0 && mask == other.mask && other.fill == other.used {
            slots = other.slots
            fill = other.fill
            used = other.used
            return
        }
        if fill == 0 {
            fill = other.used
            used = other.used
            for s in other.slots { if let k = s.key { SetTable.insertClean(&slots, k, s.hash) } }
            return
        }
        for s in other.slots { if let k = s.key { add(k, hash: s.hash) } }
    }

    /// The dict branch of set_update_internal: one resize up front, then the keys in order.
    mutating func mergeKeys<C: Collection>(_ keys: C) where C.Element == HashKey {
        if fallback == nil && (fill + keys.count) * 5 >= mask * 3 { resize((used + keys.count) * 2) }
        for k in keys { append(k) }
    }

    // MARK: Equality and hashing

    public static func == (a: SetTable, b: SetTable) -> Bool {
        a.count == b.count && a.allSatisfy { b.contains($0) }
    }

    /// frozenset's hash (frozenset_hash), nil if an element's hash is not reproducible.
    var frozensetHash: Int? {
        if fallback != nil { return nil }
        return SetTable.frozensetHash(slots.compactMap { $0.key == nil ? nil : $0.hash })
    }

    /// frozenset_hash from the elements' hashes (null and dummy slots cancel out in CPython).
    static func frozensetHash(_ hashes: [Int]) -> Int {
        var h: UInt = 0
        for x in hashes { h ^= shuffleBits(UInt(bitPattern: x)) }
        h ^= (UInt(hashes.count) &+ 1) &* 1927868237
        h ^= (h >> 11) ^ (h >> 25)
        h = h &* 69069 &+ 907133923
        if h == UInt.max { h = 590923713 }
        return Int(bitPattern: h)
    }

    private static func shuffleBits(_ h: UInt) -> UInt {
        ((h ^ 89869747) ^ (h << 16)) &* 3644798167
    }

    /// The table hash of a key: CPython's for builtin values (see `hash(_: Value)`), the
    /// result of `__hash__` for instances of classes that define it, else nil.
    static func hash(_ k: HashKey) -> Int? {
        if case .object(let o) = k.value, !o.type.isBuiltin, !(o is PyStr || o is PyTuple || o is PyBigInt || o is PySet || o is PyBytes) {
            return k.hash != pythonHash(k.value) ? k.hash : nil
        }
        return hash(k.value)
    }

    /// CPython's hash of a value when it is reproducible (see the type's comment), else nil.
    static func hash(_ v: Value) -> Int? {
        switch v {
        case .none: return pythonHash(v)
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return PyHash.hash(int: i)
        case .float(let d): return d.isNaN ? nil : PyHash.hash(float: d)
        case .object(let o):
            if let s = o as? PyStr { return stringHash(s) }
            if let b = o as? PyBigInt { return PyHash.hash(int: b.value) }
            if let b = o as? PyBytes { return bytesHash(b.bytes) }
            if let t = o as? PyTuple { return tupleHash(t.items) }
            if let s = o as? PySet, s.isFrozen { return s.items.frozensetHash }
            return nil
        }
    }

    /// tuplehash (xxHash-based, CPython 3.8+) over the items' hashes.
    static func tupleHash(_ items: [Value], element: (Value) -> Int? = { hash($0) }) -> Int? {
        let prime1: UInt = 11400714785074694791, prime2: UInt = 14029467366897019727
        let prime5: UInt = 2870177450012600261
        var acc = prime5
        for item in items {
            guard let h = element(item) else { return nil }
            acc = acc &+ UInt(bitPattern: h) &* prime2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* prime1
        }
        acc = acc &+ (UInt(items.count) ^ (prime5 ^ 3527539))
        if acc == UInt.max { return 1546275796 }
        return Int(bitPattern: acc)
    }

    /// `hash(str)` as CPython computes it over its 1-, 2- or 4-byte representation.
    static func stringHash(_ s: PyStr) -> Int {
        if s.count == 0 { return 0 }
        var maxScalar: UInt32 = 0
        for c in s.value.unicodeScalars where c.value > maxScalar { maxScalar = c.value }
        var bytes: [UInt8] = []
        let width = maxScalar < 0x100 ? 1 : maxScalar < 0x10000 ? 2 : 4
        bytes.reserveCapacity(s.count * width)
        for c in s.value.unicodeScalars {
            var v = c.value
            for _ in 0..<width {
                bytes.append(UInt8(truncatingIfNeeded: v))
                v >>= 8
            }
        }
        return bytesHash(bytes)
    }

    static func bytesHash(_ bytes: [UInt8]) -> Int {
        if bytes.isEmpty { return 0 }
        let h = Int(bitPattern: UInt(siphash13(bytes)))
        return h == -1 ? -2 : h
    }

    /// SipHash-1-3 with k0 = k1 = 0 (CPython's `pysiphash` under PYTHONHASHSEED=0).
    static func siphash13(_ data: [UInt8]) -> UInt64 {
        var v0: UInt64 = 0x736f6d6570736575, v1: UInt64 = 0x646f72616e646f6d
        var v2: UInt64 = 0x6c7967656e657261, v3: UInt64 = 0x7465646279746573
        @inline(__always) func rotl(_ x: UInt64, _ b: UInt64) -> UInt64 { (x << b) | (x >> (64 - b)) }
        @inline(__always) func round() {
            v0 = v0 &+ v1; v2 = v2 &+ v3
            v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2
            v0 = rotl(v0, 32)
            v2 = v2 &+ v1; v0 = v0 &+ v3
            v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0
            v2 = rotl(v2, 32)
        }
        let n = data.count
        var i = 0
        while n - i >= 8 {
            var m: UInt64 = 0
            for k in 0..<8 { m |= UInt64(data[i + k]) << (8 * UInt64(k)) }
            v3 ^= m
            round()
            v0 ^= m
            i += 8
        }
        var b = UInt64(truncatingIfNeeded: n) << 56
        var k = 0
        while i < n {
            b |= UInt64(data[i]) << (8 * UInt64(k))
            i += 1
            k += 1
        }
        v3 ^= b
        round()
        v0 ^= b
        v2 ^= 0xff
        round(); round(); round()
        return (v0 ^ v1) ^ (v2 ^ v3)
    }
}
