/// The largest text a formatting operation may produce. Widths and precisions come from
/// the program (`'{:>{}}'.format(1, 10**12)`, `'%*d' % (10**12, 1)`); a result beyond this
/// is refused with MemoryError before anything is allocated, as CPython's allocator would.
/// The interpreter sets it from its memory budget (docs/LIMITS.md).
public enum TextBudget {
    nonisolated(unsafe) public static var maxLength = 1 << 30

    /// Throws MemoryError when `width` or `precision` (either may be -1: none) would make a
    /// result longer than `maxLength`.
    @inline(__always)
    public static func check(width: Int, precision: Int = -1) throws {
        if width > maxLength || precision > maxLength { throw PyBaseError.memory }
    }
}
