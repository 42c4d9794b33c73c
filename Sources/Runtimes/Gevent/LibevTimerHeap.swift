/// libev's timer heap (a 4-ary heap whose first element sits at index 3), reproduced so
/// that timers with equal deadlines fire in the order libev gives them, which is not FIFO.
/// Keys compare by deadline, then by a refresh counter (timers started after refreshing the
/// loop time get later, distinct keys, as on a clock that moves while code runs).
struct LibevTimerHeap {
    struct Key: Comparable {
        var at: Int64
        var refresh: Int64
        static func < (a: Key, b: Key) -> Bool { (a.at, a.refresh) < (b.at, b.refresh) }
    }

    struct Entry {
        var key: Key
        var id: Int
    }

    private static let heap0 = 3
    private static let arity = 4
    private var heap: [Entry?] = [nil, nil, nil]
    private(set) var count = 0
    private var position: [Int: Int] = [:]

    var min: Entry? { count > 0 ? heap[LibevTimerHeap.heap0] : nil }

    func contains(_ id: Int) -> Bool { position[id] != nil }

    mutating func start(_ e: Entry) {
        count += 1
        let k = count + LibevTimerHeap.heap0 - 1
        if heap.count <= k { heap.append(nil) }
        heap[k] = e
        position[e.id] = k
        upheap(k)
    }

    /// ev_timer_stop: the last entry fills the hole and the heap is adjusted.
    mutating func stop(_ id: Int) {
        guard let active = position.removeValue(forKey: id) else { return }
        count -= 1
        let last = count + LibevTimerHeap.heap0
        if active < last {
            heap[active] = heap[last]
            position[heap[active]!.id] = active
            heap[last] = nil
            adjust(active)
        } else {
            heap[active] = nil
        }
    }

    private static func parent(_ k: Int) -> Int { (k - heap0 - 1) / arity + heap0 }

    private mutating func upheap(_ start: Int) {
        var k = start
        let he = heap[k]!
        while true {
            let p = LibevTimerHeap.parent(k)
            if p == k || !(he.key < heap[p]!.key) { break }
            heap[k] = heap[p]
            position[heap[k]!.id] = k
            k = p
        }
        heap[k] = he
        position[he.id] = k
    }

    private mutating func downheap(_ start: Int) {
        var k = start
        let he = heap[k]!
        let end = count + LibevTimerHeap.heap0
        while true {
            let pos = LibevTimerHeap.arity * (k - LibevTimerHeap.heap0) + LibevTimerHeap.heap0 + 1
            guard pos < end else { break }
            var minPos = pos
            for i in 1..<LibevTimerHeap.arity where pos + i < end {
                if heap[pos + i]!.key < heap[minPos]!.key { minPos = pos + i }
            }
            if !(heap[minPos]!.key < he.key) { break }
            heap[k] = heap[minPos]
            position[heap[k]!.id] = k
            k = minPos
        }
        heap[k] = he
        position[he.id] = k
    }

    private mutating func adjust(_ k: Int) {
        if k > LibevTimerHeap.heap0, !(heap[LibevTimerHeap.parent(k)]!.key < heap[k]!.key) {
            upheap(k)
        } else {
            downheap(k)
        }
    }
}
