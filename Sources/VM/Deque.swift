import DequeModule

/// `collections.deque`: a ring buffer (swift-collections' `Deque`) with CPython's optional
/// bound and its mutation counter.
///
/// Every change goes through the methods below so that `state` changes exactly when
/// CPython's does: on each item added or removed and on each rotation of two or more items,
/// but not on item assignment, `reverse()` or operations that leave the deque as it was
/// (clearing an empty deque, extending by nothing). Iterators and the searching methods
/// compare it to detect mutation ("deque mutated during iteration").
public final class PyDeque: PyObject {
    /// Instance attributes, for user subclasses of deque.
    private lazy var attributeDict = PyAttributeDict()
    public override var attributes: PyAttributeDict? { type.isBuiltin ? nil : attributeDict }

    public private(set) var items: Deque<Value>
    /// The maximum length, or -1 when unbounded (CPython's representation).
    public internal(set) var maxlen: Int
    public private(set) var state = 0
    /// How many leading items a scan has already found to satisfy a condition that, once
    /// true, stays true (asyncio's "this waiter is done"): a later scan starts after them.
    /// Structural changes keep it exact; anything that may put an unknown item before it
    /// lowers it.
    public var settledPrefix = 0

    public init(_ items: Deque<Value> = [], maxlen: Int = -1) {
        self.items = items
        self.maxlen = maxlen
        super.init(type: Builtins.dequeType)
    }

    public var count: Int { items.count }

    /// `append`: a full bounded deque drops its leftmost item.
    public func append(_ v: Value) {
        items.append(v)
        if maxlen >= 0 && items.count > maxlen {
            items.removeFirst()
            settledPrefix = Swift.max(0, settledPrefix - 1)
        }
        state &+= 1
    }

    /// `appendleft`: a full bounded deque drops its rightmost item.
    public func appendLeft(_ v: Value) {
        items.prepend(v)
        if maxlen >= 0 && items.count > maxlen { items.removeLast() }
        settledPrefix = 0
        state &+= 1
    }

    public func popLast() -> Value? {
        guard let v = items.popLast() else { return nil }
        settledPrefix = Swift.min(settledPrefix, items.count)
        state &+= 1
        return v
    }

    public func popFirst() -> Value? {
        guard let v = items.popFirst() else { return nil }
        settledPrefix = Swift.max(0, settledPrefix - 1)
        state &+= 1
        return v
    }

    public func removeAll() {
        if items.isEmpty { return }
        items.removeAll()
        settledPrefix = 0
        state &+= 1
    }

    @discardableResult
    public func remove(at i: Int) -> Value {
        state &+= 1
        if i < settledPrefix { settledPrefix -= 1 }
        return items.remove(at: i)
    }

    public func insert(_ v: Value, at i: Int) {
        items.insert(v, at: i)
        settledPrefix = Swift.min(settledPrefix, i)
        state &+= 1
    }

    /// Item assignment (no state change, as in CPython).
    public subscript(i: Int) -> Value {
        get { items[i] }
        set {
            items[i] = newValue
            settledPrefix = Swift.min(settledPrefix, i)
        }
    }

    /// `reverse()` swaps items in place; CPython's iterators do not notice it.
    public func reverse() {
        items.reverse()
        settledPrefix = 0
    }

    /// `rotate(n)`: moves the last `n` items to the front (`n < 0`: the first `-n` to the
    /// back), taking the shorter way round as CPython's `_deque_rotate` does.
    public func rotate(_ steps: Int) {
        let len = items.count, half = len >> 1
        if len <= 1 { return }
        var n = steps
        if n > half || n < -half {
            n %= len
            if n > half { n -= len } else if n < -half { n += len }
        }
        state &+= 1
        settledPrefix = 0
        if n > 0 {
            for _ in 0..<n { items.prepend(items.removeLast()) }
        } else {
            for _ in 0..<(-n) { items.append(items.removeFirst()) }
        }
    }

    /// Replaces the whole content (the result of `*=`), as one mutation.
    func replaceItems(_ new: Deque<Value>) {
        items = new
        settledPrefix = 0
        state &+= 1
    }
}
