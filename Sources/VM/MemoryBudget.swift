#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import PyBase

/// The memory budget (docs/LIMITS.md): a program may not make the process grow by more than
/// `memoryBudget` bytes beyond its size when the VM was made. Two checks keep it cheap:
/// - a size that the program computes (`[0] * n`, `'a' * n`, a format width, `x ** n`) is
///   checked before anything is allocated, with overflow-checked arithmetic, and refused
///   with a bare MemoryError as CPython's allocator refuses it;
/// - the resident size of the process is read every `memoryCheckInterval` instructions and
///   before any allocation of a megabyte or more; past the budget the program gets a
///   MemoryError that names the budget.
extension VM {
    /// Instructions between two reads of the resident size (a power of two).
    static let memoryCheckInterval = 1 << 18

    /// Sizes at least this large also check the resident size.
    static let largeAllocation = 1 << 20

    /// Sets the budget (bytes) for this VM and the formatting code it calls.
    public func setMemoryBudget(_ bytes: Int) {
        memoryBudget = bytes
        TextBudget.maxLength = bytes
    }

    /// A bare MemoryError, as CPython raises when an allocation fails.
    func memoryError() -> PyError { PyError(PyBaseException(type: Builtins.memoryError, args: [])) }

    /// The bytes of `count` items of `size` bytes each, or MemoryError when that is more
    /// than the budget (or overflows).
    @discardableResult
    public func reserveBytes(_ count: Int, size: Int) throws -> Int {
        let (bytes, overflow) = max(count, 0).multipliedReportingOverflow(by: size)
        if overflow || bytes > memoryBudget { throw memoryError() }
        if bytes >= VM.largeAllocation { try checkResidentMemory(adding: bytes) }
        return bytes
    }

    /// `reserveBytes` for a result that is usually small: nothing to do below a megabyte.
    @inline(__always)
    func reserveLarge(_ count: Int, size: Int) throws {
        if count >= VM.largeAllocation / size { try reserveBytes(count, size: size) }
    }

    /// MemoryError when the process's growth since the VM was made, plus `bytes`, exceeds
    /// the budget.
    func checkResidentMemory(adding bytes: Int = 0) throws {
        guard memoryBudget < Int.max else { return }
        let grown = VM.residentBytes() - memoryBaseline
        if grown > memoryBudget - min(bytes, memoryBudget) {
            throw exception(Builtins.memoryError,
                            "loopscope memory budget of \(VM.describeBytes(memoryBudget)) exhausted (raise it with --max-memory)")
        }
    }

    /// "1 GiB", "512 MiB", or a byte count.
    public static func describeBytes(_ n: Int) -> String {
        if n >= 1 << 30 && n % (1 << 30) == 0 { return "\(n >> 30) GiB" }
        if n >= 1 << 20 && n % (1 << 20) == 0 { return "\(n >> 20) MiB" }
        return "\(n) bytes"
    }

    /// The process's resident set size (from /proc/self/statm), or 0 if unknown.
    static func residentBytes() -> Int {
        let fd = open("/proc/self/statm", O_RDONLY)
        if fd < 0 { return 0 }
        defer { close(fd) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 96) { buf in
            let n = read(fd, buf.baseAddress!, 96)
            guard n > 0 else { return 0 }
            var i = 0
            while i < n && buf[i] != 0x20 { i += 1 }
            i += 1
            var pages = 0
            while i < n, buf[i] >= 0x30, buf[i] <= 0x39 {
                pages = pages * 10 + Int(buf[i] - 0x30)
                i += 1
            }
            return pages * pageSize
        }
    }

    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
}
