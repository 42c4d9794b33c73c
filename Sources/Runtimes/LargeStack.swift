#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs an engine on a thread with a large native stack (docs/LIMITS.md). Python
/// recursion up to the recursion limit nests interpreter loops (a `__repr__` calling `repr`,
/// a sort key calling `sorted`), each of which takes native stack; 8 MB (the usual main
/// thread) is not enough at sys.setrecursionlimit's maximum. Only touched pages are used.
public enum LargeStack {
    public static let bytes = 1 << 30

    /// Calls `body` on a fresh thread with a `bytes` stack and waits for it; its error (an
    /// `ExitCode`, a validation error) is rethrown here.
    public static func run(_ body: () throws -> Void) throws {
        try withoutActuallyEscaping(body) { escaping in
            let box = Box(escaping)
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            defer { pthread_attr_destroy(&attributes) }
            pthread_attr_setstacksize(&attributes, bytes)
            var thread = pthread_t()
            let context = Unmanaged.passRetained(box).toOpaque()
            let created = pthread_create(&thread, &attributes, { context in
                let box = Unmanaged<Box>.fromOpaque(context!).takeRetainedValue()
                do { try box.body() } catch { box.error = error }
                return nil
            }, context)
            if created != 0 {
                // No thread (resource limits): run here with the stack there is.
                Unmanaged<Box>.fromOpaque(context).release()
                try escaping()
                return
            }
            pthread_join(thread, nil)
            if let error = box.error { throw error }
        }
    }

    private final class Box {
        let body: () throws -> Void
        var error: Error?
        init(_ body: @escaping () throws -> Void) { self.body = body }
    }
}
