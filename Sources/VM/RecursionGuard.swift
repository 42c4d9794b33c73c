/// The guard on Swift-level recursion over Python data (CPython's `Py_EnterRecursiveCall`):
/// `repr`, `==`, ordering and `hash` of containers nested deeper than the recursion limit
/// raise RecursionError with CPython's message instead of exhausting the native stack.
extension VM {
    enum RecursionContext: String {
        case repr = " while getting the repr of an object"
        case comparison = " in comparison"
        case hash = " while calling a Python object"
    }

    @inline(__always)
    func guardingRecursion<T>(_ context: RecursionContext, _ body: () throws -> T) throws -> T {
        nativeDepth += 1
        defer { nativeDepth -= 1 }
        if nativeDepth > recursionLimit {
            throw exception(Builtins.recursionError, "maximum recursion depth exceeded" + context.rawValue)
        }
        return try body()
    }
}
