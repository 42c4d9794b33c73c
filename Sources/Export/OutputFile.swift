#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way loopscope writes an output file (`export -o`, `run --trace`, the viewer's
/// export), whatever the path names:
/// - a regular file (or nothing yet): the bytes go to a temporary file in the same
///   directory, which replaces the destination (by `rename`) only once everything was
///   written and flushed. A failed write leaves no half-written file, and an existing file
///   is untouched unless the write succeeds;
/// - a symlink is followed: its target is what gets written (the link stays a link);
/// - a character device, FIFO or socket (`/dev/null`, `/dev/stdout`, a named pipe) is
///   written in place, never replaced;
/// - a directory, a missing directory or a failed write (ENOSPC, EACCES, EPIPE) is a
///   `Failure` whose text names the path and the system's reason.
public enum OutputFile {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Calls `body` with a sink into `path` (see the type's rules). If `body` throws, or any
    /// write fails, a temporary file is removed and the error rethrown.
    public static func write(to path: String, _ body: (TextSink) throws -> Void) throws {
        var target = path
        var info = stat()
        if lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                // A dangling link: creating through it makes its target.
                return try writeInPlace(path, flags: O_WRONLY | O_CREAT | O_TRUNC, body)
            }
            target = String(cString: resolved)
            free(resolved)
        }
        if stat(target, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw Failure(description: "cannot write '\(path)': it is a directory")
            default: return try writeInPlace(target, flags: O_WRONLY, body)
            }
        }
        try replaceAtomically(target, shownAs: path, body)
    }

    /// Writes into an existing device or FIFO (or through a dangling symlink).
    private static func writeInPlace(_ path: String, flags: Int32, _ body: (TextSink) throws -> Void) throws {
        let fd = open(path, flags | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw Failure(description: "cannot write '\(path)': \(errorText())") }
        defer { _ = close(fd) }
        let sink = TextSink { bytes in try writeAll(fd, bytes, path: path) }
        try body(sink)
        try sink.finish()
    }

    private static func replaceAtomically(_ path: String, shownAs shown: String, _ body: (TextSink) throws -> Void) throws {
        let dir: String
        let base: String
        if let slash = path.lastIndex(of: "/") {
            dir = slash == path.startIndex ? "/" : String(path[..<slash])
            base = String(path[path.index(after: slash)...])
        } else {
            dir = "."
            base = path
        }
        guard !base.isEmpty else { throw Failure(description: "cannot write '\(shown)': not a file name") }
        var template = Array((dir + "/." + base + ".loopscope-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw Failure(description: "cannot write '\(shown)': \(errorText())") }
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
            let sink = TextSink { bytes in try writeAll(fd, bytes, path: shown) }
            try body(sink)
            try sink.finish()
            guard fsync(fd) == 0 else { throw Failure(description: "cannot write '\(shown)': \(errorText())") }
            closed = true
            guard close(fd) == 0 else { throw Failure(description: "cannot write '\(shown)': \(errorText())") }
            guard rename(temp, path) == 0 else {
                throw Failure(description: "cannot write '\(shown)': \(errorText())")
            }
        } catch {
            cleanUp()
            throw error
        }
    }

    /// Writes every byte to a file descriptor (retrying short writes and interrupts); `path`
    /// names it in errors ("standard output" is shown as is, a path in quotes).
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc_write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    let shown = path.hasPrefix("standard ") ? path : "'\(path)'"
                    throw Failure(description: "cannot write \(shown): \(errorText())")
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
