/// The table behind `dict`: CPython's compact layout. Entries sit in insertion order in one
/// array and an index maps each key to its entry; deleting leaves a hole that later
/// compaction removes, so insert, lookup and delete are all O(1) (amortised), and iteration
/// follows insertion order.
public struct DictStorage: Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: HashKey, value: Value)

    private var entries: [Element?] = []
    private var index: [HashKey: Int] = [:]
    private var holes = 0

    public init() {}

    public init(dictionaryLiteral elements: (HashKey, Value)...) {
        for (k, v) in elements { self[k] = v }
    }

    public var count: Int { index.count }
    public var isEmpty: Bool { index.isEmpty }

    public subscript(key: HashKey) -> Value? {
        get {
            guard let i = index[key] else { return nil }
            return entries[i]!.value
        }
        set {
            if let v = newValue {
                if let i = index[key] {
                    entries[i]!.value = v
                } else {
                    index[key] = entries.count
                    entries.append((key, v))
                }
            } else {
                removeValue(forKey: key)
            }
        }
    }

    @discardableResult
    public mutating func removeValue(forKey key: HashKey) -> Value? {
        guard let i = index.removeValue(forKey: key) else { return nil }
        let old = entries[i]!.value
        entries[i] = nil
        holes += 1
        if i == entries.count - 1 {
            trimTrailingHoles()
        } else if holes > 8 && holes > index.count {
            compact()
        }
        return old
    }

    /// `popitem()`: the most recently inserted entry.
    public mutating func removeLast() -> Element {
        trimTrailingHoles()
        let e = entries.removeLast()!
        index.removeValue(forKey: e.key)
        trimTrailingHoles()
        return e
    }

    public mutating func removeAll() {
        entries.removeAll()
        index.removeAll()
        holes = 0
    }

    public var keys: [HashKey] { map(\.key) }
    public var values: [Value] { map(\.value) }

    /// Positions for iterators that survive insertions: entries are never moved except by
    /// compaction, which follows a deletion (and so a change of size, which iterators report).
    var endPosition: Int { entries.count }

    /// The live entry at or after `position`, and the position after it.
    func entry(from position: Int) -> (Element, next: Int)? {
        var i = position
        while i < entries.count {
            if let e = entries[i] { return (e, i + 1) }
            i += 1
        }
        return nil
    }

    public func makeIterator() -> AnyIterator<Element> {
        var i = 0
        let entries = self.entries
        return AnyIterator {
            while i < entries.count {
                defer { i += 1 }
                if let e = entries[i] { return e }
            }
            return nil
        }
    }

    private mutating func trimTrailingHoles() {
        while let last = entries.last, last == nil {
            entries.removeLast()
            holes -= 1
        }
    }

    private mutating func compact() {
        entries = entries.filter { $0 != nil }
        holes = 0
        for (i, e) in entries.enumerated() { index[e!.key] = i }
    }
}
