/// libev's timer heap (a 4-ary heap whose first element sits at index 3), reproduced so
/// that timers with equal deadlines fire in the order libev gives them, which is not FIFO.
/// Keys compare by deadline, then by a refresh counter (timers started after refreshing the
/// loop time get later, distinct keys, as on a clock that moves while code runs).
/// The timers are the handles themselves: each knows its key and its place in the heap.
struct LibevTimerHeap {
    struct Key: Comparable {
        var at: Int64
        var refresh: Int64
        static func < (a: Key, b: Key) -> Bool { (a.at, a.refresh) < (b.at, b.refresh) }
    }

    private static let heap0 = 3
    private static let arity = 4
    private var heap: [CallbackHandle?] = [nil, nil, nil]
    private(set) var count = 0

    var min: CallbackHandle? { count > 0 ? heap[LibevTimerHeap.heap0] : nil }

    func contains(_ t: CallbackHandle) -> Bool { t.heapIndex >= 0 }

    mutating func start(_ t: CallbackHandle) {
        count += 1
        let k = count + LibevTimerHeap.heap0 - 1
        if heap.count <= k { heap.append(nil) }
        heap[k] = t
        t.heapIndex = k
        upheap(k)
    }

    /// ev_timer_stop: the last entry fills the hole and the heap is adjusted.
    mutating func stop(_ t: CallbackHandle) {
        let active = t.heapIndex
        guard active >= 0 else { return }
        t.heapIndex = -1
        count -= 1
        let last = count + LibevTimerHeap.heap0
        if active < last {
            let moved = heap[last]!
            heap[active] = moved
            moved.heapIndex = active
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
            if p == k || !(he.timerKey < heap[p]!.timerKey) { break }
            let moved = heap[p]!
            heap[k] = moved
            moved.heapIndex = k
            k = p
        }
        heap[k] = he
        he.heapIndex = k
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
                if heap[pos + i]!.timerKey < heap[minPos]!.timerKey { minPos = pos + i }
            }
            if !(heap[minPos]!.timerKey < he.timerKey) { break }
            let moved = heap[minPos]!
            heap[k] = moved
            moved.heapIndex = k
            k = minPos
        }
        heap[k] = he
        he.heapIndex = k
    }

    private mutating func adjust(_ k: Int) {
        if k > LibevTimerHeap.heap0, !(heap[LibevTimerHeap.parent(k)]!.timerKey < heap[k]!.timerKey) {
            upheap(k)
        } else {
            downheap(k)
        }
    }
}
