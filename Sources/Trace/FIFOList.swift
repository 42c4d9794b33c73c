/// An order-keeping list for queues of waiters and ready handles: append at the back,
/// removal usually at the front (O(1) amortised: a moving head, compacted lazily), removal
/// elsewhere by linear search. Equality compares the elements, not the storage.
struct FIFOList<Element: Equatable>: Equatable {
    private var storage: [Element] = []
    private var head = 0

    init() {}

    var count: Int { storage.count - head }
    var isEmpty: Bool { head == storage.count }
    var elements: ArraySlice<Element> { storage[head...] }

    mutating func append(_ element: Element) { storage.append(element) }

    func contains(_ element: Element) -> Bool { elements.contains(element) }

    /// Removes the first occurrence of `element`; false if absent.
    @discardableResult
    mutating func remove(_ element: Element) -> Bool {
        if head < storage.count && storage[head] == element {
            head += 1
            if head == storage.count {
                storage.removeAll(keepingCapacity: true)
                head = 0
            } else if head >= 32 && head * 2 >= storage.count {
                storage.removeFirst(head)
                head = 0
            }
            return true
        }
        guard let i = storage[head...].firstIndex(of: element) else { return false }
        storage.remove(at: i)
        return true
    }

    static func == (a: FIFOList, b: FIFOList) -> Bool { a.elements.elementsEqual(b.elements) }
}

extension FIFOList: Sendable where Element: Sendable {}
