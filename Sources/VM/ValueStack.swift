/// A frame's value stack: local slots first, then the operands. It is a buffer owned by
/// its frame (never copied), so a push or a pop is a pointer move with no copy-on-write
/// check, which is what the interpreter does for almost every instruction.
struct ValueStack: ~Copyable {
    private var base: UnsafeMutablePointer<Value>
    private var capacity: Int
    private(set) var count = 0

    /// A stack with `slots` local slots set to None and room for `capacity` values.
    init(capacity: Int, slots: Int = 0) {
        self.capacity = Swift.max(capacity, slots, 4)
        base = .allocate(capacity: self.capacity)
        base.initialize(repeating: .none, count: slots)
        count = slots
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    subscript(i: Int) -> Value {
        @inline(__always) get {
            precondition(i >= 0 && i < count, "value stack index out of range")
            return base[i]
        }
        @inline(__always) set {
            precondition(i >= 0 && i < count, "value stack index out of range")
            base[i] = newValue
        }
    }

    /// A copy of the values from `range.lowerBound` to the top.
    subscript(range: PartialRangeFrom<Int>) -> [Value] {
        precondition(range.lowerBound >= 0 && range.lowerBound <= count, "value stack range out of range")
        return Array(UnsafeBufferPointer(start: base + range.lowerBound, count: count - range.lowerBound))
    }

    @inline(__always) mutating func append(_ v: Value) {
        if count == capacity { grow(to: capacity * 2) }
        (base + count).initialize(to: v)
        count += 1
    }

    mutating func append<S: Sequence>(contentsOf values: S) where S.Element == Value {
        for v in values { append(v) }
    }

    @inline(__always) @discardableResult
    mutating func removeLast() -> Value {
        precondition(count > 0, "pop from an empty value stack")
        count -= 1
        return (base + count).move()
    }

    mutating func removeLast(_ n: Int) {
        precondition(n >= 0 && n <= count, "value stack underflow")
        count -= n
        // A few values (the usual case) are cheaper one by one than through the runtime's
        // generic array destroy.
        if n <= 8 {
            for i in 0..<n { (base + count + i).deinitialize(count: 1) }
        } else {
            (base + count).deinitialize(count: n)
        }
    }

    mutating func swapAt(_ i: Int, _ j: Int) {
        precondition(i >= 0 && i < count && j >= 0 && j < count, "value stack index out of range")
        let t = base[i]
        base[i] = base[j]
        base[j] = t
    }

    /// An empty stack becomes `slots` None local slots with room for `capacity` values.
    mutating func fill(slots: Int, capacity: Int) {
        precondition(count == 0, "filling a stack in use")
        if capacity > self.capacity { grow(to: capacity) }
        base.initialize(repeating: .none, count: slots)
        count = slots
    }

    mutating func reserveCapacity(_ n: Int) {
        if n > capacity { grow(to: n) }
    }

    private mutating func grow(to newCapacity: Int) {
        let fresh = UnsafeMutablePointer<Value>.allocate(capacity: newCapacity)
        fresh.moveInitialize(from: base, count: count)
        base.deallocate()
        base = fresh
        capacity = newCapacity
    }
}

/// Which local slots of a frame are bound (reading an unbound one raises
/// UnboundLocalError); a fixed-size buffer owned by the frame.
struct BoundFlags: ~Copyable {
    private let base: UnsafeMutablePointer<Bool>
    let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: Swift.max(count, 1))
        base.initialize(repeating: false, count: Swift.max(count, 1))
    }

    /// All slots unbound (for a reused frame).
    func unbindAll() {
        base.update(repeating: false, count: count)
    }

    deinit { base.deallocate() }

    subscript(i: Int) -> Bool {
        @inline(__always) get {
            precondition(i >= 0 && i < count, "local slot out of range")
            return base[i]
        }
        @inline(__always) nonmutating set {
            precondition(i >= 0 && i < count, "local slot out of range")
            base[i] = newValue
        }
    }
}

/// A fiber's call stack: its frames, innermost last. An owned buffer like `ValueStack`, so
/// the push and pop of every call and return is a store and a pointer move, with no
/// copy-on-write check.
struct FrameStack: ~Copyable {
    private var base: UnsafeMutablePointer<Frame>
    private var capacity = 8
    private(set) var count = 0

    init() {
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    var last: Frame? { count == 0 ? nil : base[count - 1] }

    subscript(i: Int) -> Frame {
        @inline(__always) get {
            precondition(i >= 0 && i < count, "frame index out of range")
            return base[i]
        }
    }

    @inline(__always) mutating func append(_ frame: Frame) {
        if count == capacity { grow() }
        (base + count).initialize(to: frame)
        count += 1
    }

    @inline(__always) @discardableResult
    mutating func removeLast() -> Frame {
        precondition(count > 0, "pop from an empty frame stack")
        count -= 1
        return (base + count).move()
    }

    mutating func removeAll() {
        base.deinitialize(count: count)
        count = 0
    }

    /// The innermost frame satisfying `predicate`.
    func last(where predicate: (Frame) throws -> Bool) rethrows -> Frame? {
        var i = count - 1
        while i >= 0 {
            if try predicate(base[i]) { return base[i] }
            i -= 1
        }
        return nil
    }

    private mutating func grow() {
        let fresh = UnsafeMutablePointer<Frame>.allocate(capacity: capacity * 2)
        fresh.moveInitialize(from: base, count: count)
        base.deallocate()
        base = fresh
        capacity *= 2
    }
}
