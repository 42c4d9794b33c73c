/// Attribute names interned to small integers. Code objects intern their names once when
/// they are prepared, so the interpreter finds an instance attribute by comparing integers
/// instead of hashing strings.
enum Names {
    nonisolated(unsafe) private static var table: [String: Int] = [:]
    nonisolated(unsafe) private(set) static var strings: [String] = []

    /// The name's number, interning it on first use.
    static func intern(_ name: String) -> Int {
        if let id = table[name] { return id }
        let id = strings.count
        table[name] = id
        strings.append(name)
        return id
    }

    /// The name's number if it was ever interned (a name never interned is in no object).
    static func existing(_ name: String) -> Int? { table[name] }
}

/// Instance attributes of a user object, in insertion order, found by interned name.
/// Small dicts (the usual case) are searched linearly over integers; larger ones keep an
/// index. `hint` arguments let a call site remember where it found a name last time.
public final class PyAttributeDict {
    public private(set) var keys: [String] = []
    private var ids: [Int] = []
    fileprivate var values: [Value] = []
    private var index: [Int: Int]?

    private static let indexThreshold = 12

    public init() {}

    deinit { Trashcan.release(&values) }

    public var count: Int { keys.count }

    public subscript(name: String) -> Value? {
        get {
            guard let id = Names.existing(name), let i = position(of: id) else { return nil }
            return values[i]
        }
        set {
            let id = Names.intern(name)
            if let v = newValue { store(id: id, name: name, v) } else { remove(id: id) }
        }
    }

    @inline(__always)
    func position(of id: Int) -> Int? {
        if let index { return index[id] }
        var i = 0
        while i < ids.count {
            if ids[i] == id { return i }
            i += 1
        }
        return nil
    }

    /// The value of the name numbered `id`, trying position `hint` first and updating it.
    @inline(__always)
    func value(id: Int, hint: inout Int) -> Value? {
        if hint < ids.count && ids[hint] == id { return values[hint] }
        guard let i = position(of: id) else { return nil }
        hint = i
        return values[i]
    }

    func contains(id: Int) -> Bool { position(of: id) != nil }

    /// Stores under the name numbered `id` (whose text is `name`), updating `hint`.
    @inline(__always)
    func store(id: Int, name: String, _ v: Value, hint: inout Int) {
        if hint < ids.count && ids[hint] == id {
            values[hint] = v
            return
        }
        if let i = position(of: id) {
            values[i] = v
            hint = i
            return
        }
        hint = ids.count
        append(id: id, name: name, v)
    }

    func store(id: Int, name: String, _ v: Value) {
        var hint = Int.max
        store(id: id, name: name, v, hint: &hint)
    }

    private func append(id: Int, name: String, _ v: Value) {
        index?[id] = ids.count
        ids.append(id)
        keys.append(name)
        values.append(v)
        if index == nil && ids.count > PyAttributeDict.indexThreshold {
            var built: [Int: Int] = [:]
            for (i, k) in ids.enumerated() { built[k] = i }
            index = built
        }
    }

    private func remove(id: Int) {
        guard let i = position(of: id) else { return }
        ids.remove(at: i)
        keys.remove(at: i)
        values.remove(at: i)
        if index != nil {
            var built: [Int: Int] = [:]
            for (j, k) in ids.enumerated() { built[k] = j }
            index = built
        }
    }
}

/// An attribute name interned once, for runtime code that reads and writes the same
/// instance attributes of library objects on a hot path (`sem._value`).
public struct AttributeName: Sendable {
    let id: Int
    let text: String

    public init(_ text: String) {
        self.text = text
        id = Names.intern(text)
    }
}

extension PyAttributeDict {
    public subscript(name: AttributeName) -> Value? {
        get { position(of: name.id).map { values[$0] } }
        set {
            if let v = newValue { store(id: name.id, name: name.text, v) } else { self[name.text] = nil }
        }
    }
}
