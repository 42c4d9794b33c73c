#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing an export to a file atomically: the bytes go to a temporary file in the same
/// directory, which replaces the destination (by `rename`) only once everything was
/// written and flushed. A failed export leaves no half-written file, and an existing file
/// is untouched unless the export succeeds.
public enum AtomicFile {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Calls `body` with a sink into a temporary file, then moves it to `path`. If `body`
    /// throws, or any write fails, the temporary file is removed and the error rethrown.
    public static func write(to path: String, _ body: (TextSink) throws -> Void) throws {
        let dir: String
        let base: String
        if let slash = path.lastIndex(of: "/") {
            dir = slash == path.startIndex ? "/" : String(path[..<slash])
            base = String(path[path.index(after: slash)...])
        } else {
            dir = "."
            base = path
        }
        guard !base.isEmpty else { throw Failure(description: "cannot write '\(path)': not a file name") }
        var template = Array((dir + "/." + base + ".loopscope-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw Failure(description: "cannot write '\(path)': \(errorText())") }
        let temp = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var closed = false
        func cleanUp() {
            if !closed { _ = close(fd) }
            closed = true
            _ = unlink(temp)
        }
        do {
            // The mode an ordinary new file would get, or the existing file's.
            var st = stat()
            if stat(path, &st) == 0 {
                _ = fchmod(fd, st.st_mode & 0o7777)
            } else {
                let mask = umask(0)
                _ = umask(mask)
                _ = fchmod(fd, 0o666 & ~mask)
            }
            let sink = TextSink { bytes in try writeAll(fd, bytes, path: path) }
            try body(sink)
            try sink.finish()
            guard fsync(fd) == 0 else { throw Failure(description: "cannot write '\(path)': \(errorText())") }
            closed = true
            guard close(fd) == 0 else { throw Failure(description: "cannot write '\(path)': \(errorText())") }
            guard rename(temp, path) == 0 else {
                throw Failure(description: "cannot write '\(path)': \(errorText())")
            }
        } catch {
            cleanUp()
            throw error
        }
    }

    /// Writes every byte to a file descriptor (retrying short writes and interrupts).
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc_write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Failure(description: "cannot write '\(path)': \(errorText())")
                }
                offset += n
            }
        }
    }

    /// A sink writing to standard output as it goes.
    public static func standardOutput() -> TextSink {
        TextSink { bytes in try writeAll(1, bytes, path: "standard output") }
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}

@inline(__always)
private func Glibc_write(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
    write(fd, p, n)
}
