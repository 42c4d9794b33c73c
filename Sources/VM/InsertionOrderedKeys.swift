/// Set members kept in insertion order with O(1) membership, insertion and removal: a
/// removed member leaves a hole that iteration skips; the holes are squeezed out once they
/// outnumber the members. (The storage of sets whose members hash by identity.)
struct InsertionOrderedKeys {
    private var slots: [HashKey?] = []
    private var positions: [HashKey: Int] = [:]
    /// No member sits before this slot.
    private var head = 0

    init() {}

    init(_ keys: [HashKey]) {
        for k in keys { append(k) }
    }

    var count: Int { positions.count }
    var isEmpty: Bool { positions.isEmpty }
    /// Slots, holes included: positions for `member(at:)`.
    var slotCount: Int { slots.count }

    /// The member in slot `i`, nil for a hole.
    func member(at i: Int) -> HashKey? { slots[i] }

    func contains(_ k: HashKey) -> Bool { positions[k] != nil }

    /// Adds `k` at the end unless present.
    @discardableResult
    mutating func append(_ k: HashKey) -> (inserted: Bool, index: Int) {
        if let i = positions[k] { return (false, i) }
        positions[k] = slots.count
        slots.append(k)
        return (true, slots.count - 1)
    }

    /// Removes `k`; returns the member that was stored, or nil.
    @discardableResult
    mutating func remove(_ k: HashKey) -> HashKey? {
        guard let i = positions.removeValue(forKey: k) else { return nil }
        let old = slots[i]
        slots[i] = nil
        squeezeIfSparse()
        return old
    }

    /// Removes and returns the first member (the set must not be empty).
    mutating func removeFirst() -> HashKey {
        while slots[head] == nil { head += 1 }
        let k = slots[head]!
        positions[k] = nil
        slots[head] = nil
        head += 1
        squeezeIfSparse()
        return k
    }

    private mutating func squeezeIfSparse() {
        if positions.isEmpty {
            slots.removeAll(keepingCapacity: true)
            head = 0
            return
        }
        guard slots.count >= 16, slots.count > 2 * positions.count else { return }
        let live: [HashKey] = slots.compactMap { $0 }
        slots = live
        head = 0
        for (i, k) in live.enumerated() { positions[k] = i }
    }
}
