import VM

/// `reprlib.repr` with CPython's default limits (a future's `result=` uses it): long strings,
/// ints and other reprs are cut in the middle with `...`, containers show their first items.
struct ReprLib {
    let vm: VM
    init(_ vm: VM) { self.vm = vm }

    static let maxLevel = 6, maxTuple = 6, maxList = 6, maxDict = 4, maxSet = 6
    static let maxString = 30, maxLong = 40, maxOther = 30

    func repr(_ v: Value) -> String { repr(v, level: ReprLib.maxLevel) }

    private func repr(_ v: Value, level: Int) -> String {
        switch v {
        case .int: return cut(plain(v), ReprLib.maxLong)
        case .object(let o):
            if o is PyBigInt { return cut(plain(v), ReprLib.maxLong) }
            if let s = o as? PyStr { return string(s.value) }
            if let t = o as? PyTuple, o.type === Builtins.tupleType {
                return iterable(t.items, level, "(", ")", ReprLib.maxTuple, trail: ",")
            }
            if let l = o as? PyList, o.type === Builtins.listType { return iterable(l.items, level, "[", "]", ReprLib.maxList) }
            if let d = o as? PyDict, o.type === Builtins.dictType { return dict(d, level) }
            if let s = o as? PySet, s.type === Builtins.setType || s.type === Builtins.frozensetType {
                let items = sortedIfPossible(.object(s))
                if items.isEmpty { return s.isFrozen ? "frozenset()" : "set()" }
                return s.isFrozen ? iterable(items, level, "frozenset({", "})", ReprLib.maxSet)
                                  : iterable(items, level, "{", "}", ReprLib.maxSet)
            }
            return cut(plain(v), ReprLib.maxOther)
        default:
            return cut(plain(v), ReprLib.maxOther)
        }
    }

    private func plain(_ v: Value) -> String { (try? vm.repr(v)) ?? "<\(v.typeName) instance>" }

    /// `s[:i] + '...' + s[len(s)-j:]` when `s` is longer than `limit`.
    private func cut(_ s: String, _ limit: Int) -> String {
        let chars = Array(s)
        guard chars.count > limit else { return s }
        let i = max(0, (limit - 3) / 2), j = max(0, limit - 3 - i)
        return String(chars[..<i]) + "..." + String(chars[(chars.count - j)...])
    }

    /// `repr_str`: the repr of the first `maxString` characters, cut in the middle when longer.
    private func string(_ s: String) -> String {
        let chars = Array(s), limit = ReprLib.maxString
        let r = VM.quote(String(chars.prefix(limit)))
        guard r.count > limit else { return r }
        let i = max(0, (limit - 3) / 2), j = max(0, limit - 3 - i)
        var tailStart = chars.count - j
        if tailStart < 0 { tailStart = max(0, chars.count + tailStart) }
        let q = Array(VM.quote(String(chars.prefix(i)) + String(chars[tailStart...])))
        return String(q.prefix(i)) + "..." + String(q.suffix(j))
    }

    private func iterable(_ items: [Value], _ level: Int, _ left: String, _ right: String, _ maxItems: Int, trail: String = "") -> String {
        if level <= 0 && !items.isEmpty { return left + "..." + right }
        var pieces = items.prefix(maxItems).map { repr($0, level: level - 1) }
        if items.count > maxItems { pieces.append("...") }
        return left + pieces.joined(separator: ", ") + (items.count == 1 ? trail : "") + right
    }

    private func dict(_ d: PyDict, _ level: Int) -> String {
        if d.storage.count == 0 { return "{}" }
        if level <= 0 { return "{...}" }
        let keys = sortedIfPossible(.object(d))
        var pieces: [String] = []
        for key in keys.prefix(ReprLib.maxDict) {
            let value = (try? vm.getItem(.object(d), key)) ?? .none
            pieces.append("\(repr(key, level: level - 1)): \(repr(value, level: level - 1))")
        }
        if d.storage.count > ReprLib.maxDict { pieces.append("...") }
        return "{" + pieces.joined(separator: ", ") + "}"
    }

    /// `_possibly_sorted`: sorted when the items compare, else in iteration order.
    private func sortedIfPossible(_ v: Value) -> [Value] {
        if let sortedFn = vm.builtins.globals.get("sorted"), let r = try? vm.call(sortedFn, [v]), let l = r.asObject as? PyList {
            return l.items
        }
        return (try? vm.collect(v)) ?? []
    }
}
