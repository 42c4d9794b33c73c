/// Frees deeply nested data without deep native recursion (CPython's "trashcan").
///
/// Releasing a container releases its items, whose `deinit` releases theirs: a list nested
/// 50,000 deep, or a chain of a million objects, would recurse that deep on the native
/// stack. Containers hand their items here instead: up to `maxDepth` nested releases run
/// as usual; deeper ones are parked, and the outermost release frees the parked items one
/// batch at a time, so the native depth stays bounded whatever the shape of the data.
///
/// The engine runs on one thread at a time (see Package.swift), as the counters assume.
enum Trashcan {
    /// Items whose release was put off, freed by the outermost `release`.
    enum Parked {
        case values([Value])
        case dict(DictStorage)
    }

    nonisolated(unsafe) private static var depth = 0
    nonisolated(unsafe) private static var parked: [Parked] = []
    private static let maxDepth = 100

    /// Releases `items` (leaving it empty) with bounded native recursion.
    @inline(__always)
    static func release(_ items: inout [Value]) {
        guard !items.isEmpty else { return }
        if depth >= maxDepth {
            var taken: [Value] = []
            swap(&taken, &items)
            parked.append(.values(taken))
            return
        }
        depth += 1
        items = []   // frees the items here, while `depth` counts this level
        if depth == 1 { drain() }
        depth -= 1
    }

    /// Releases a dict's entries (leaving it empty) with bounded native recursion.
    @inline(__always)
    static func release(_ storage: inout DictStorage) {
        guard !storage.isEmpty else { return }
        if depth >= maxDepth {
            var taken = DictStorage()
            swap(&taken, &storage)
            parked.append(.dict(taken))
            return
        }
        depth += 1
        storage = DictStorage()
        if depth == 1 { drain() }
        depth -= 1
    }

    /// Frees what deeper releases parked; what that frees may park more.
    private static func drain() {
        while !parked.isEmpty {
            var next = parked.removeLast()
            next = .values([])
            _ = next
        }
    }
}
