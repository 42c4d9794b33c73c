/// A binary min-heap of `TimerKey`s, specialised for the timer queue: sifting moves a hole
/// instead of swapping, and works on the array's buffer directly. (swift-collections'
/// `Heap` is a min-max heap, which pays for a `max` the loop never needs.)
@usableFromInline
struct TimerHeap {
    @usableFromInline var keys: [TimerKey] = []

    @inlinable
    init() {}

    @inlinable
    init(_ keys: [TimerKey]) {
        self.keys = keys
        var i = keys.count / 2
        while i > 0 {
            i -= 1
            siftDown(from: i)
        }
    }

    @inlinable
    var count: Int { keys.count }

    @inlinable
    var min: TimerKey? { keys.first }

    @inlinable
    mutating func insert(_ key: TimerKey) {
        keys.append(key)
        keys.withUnsafeMutableBufferPointer { buf in
            var hole = buf.count - 1
            while hole > 0 {
                let parent = (hole - 1) / 2
                guard key < buf[parent] else { break }
                buf[hole] = buf[parent]
                hole = parent
            }
            buf[hole] = key
        }
    }

    /// Removes the minimum. The heap must not be empty.
    @inlinable
    mutating func removeMin() {
        let last = keys.removeLast()
        guard !keys.isEmpty else { return }
        keys[0] = last
        siftDown(from: 0)
    }

    @inlinable
    mutating func siftDown(from start: Int) {
        keys.withUnsafeMutableBufferPointer { buf in
            let n = buf.count
            let key = buf[start]
            var hole = start
            while true {
                var child = 2 * hole + 1
                if child >= n { break }
                if child + 1 < n && buf[child + 1] < buf[child] { child += 1 }
                guard buf[child] < key else { break }
                buf[hole] = buf[child]
                hole = child
            }
            buf[hole] = key
        }
    }
}
