/// An append-only array stored in fixed-size chunks: appending never moves what is stored,
/// so a growing trace has no reallocation copies and no doubling peaks (memory is the
/// events plus at most one partly filled chunk).
@usableFromInline
struct ChunkedStore<Element> {
    @usableFromInline static var shift: Int { 14 }
    @usableFromInline static var chunkSize: Int { 1 << shift }
    @usableFromInline static var mask: Int { chunkSize - 1 }

    @usableFromInline var chunks: [ContiguousArray<Element>] = []
    @usableFromInline var count = 0

    @inlinable
    init() {}

    @inlinable
    mutating func append(_ element: Element) {
        if count & Self.mask == 0 {
            var chunk = ContiguousArray<Element>()
            chunk.reserveCapacity(Self.chunkSize)
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }

    @inlinable
    subscript(i: Int) -> Element {
        chunks[i >> Self.shift][i & Self.mask]
    }
}
