/// Where an export writes: UTF-8 bytes, buffered and handed on in chunks (to a file or
/// standard output), or collected in memory (`TextTimeline.render`). Exports stream through
/// it, so a 100,000-task timeline never exists as one string.
///
/// A failing drain stops further writes; `finish()` reports the first error.
public final class TextSink {
    private var buffer: [UInt8] = []
    private let threshold: Int
    private let drain: (([UInt8]) throws -> Void)?
    private var failure: Error?

    /// A sink that keeps everything in memory; read it with `text`.
    public init() {
        threshold = .max
        drain = nil
    }

    /// A sink that hands its bytes to `drain` whenever `threshold` bytes are buffered, and
    /// the rest at `finish()`.
    public init(threshold: Int = 1 << 16, drain: @escaping ([UInt8]) throws -> Void) {
        self.threshold = threshold
        self.drain = drain
        buffer.reserveCapacity(threshold + 1024)
    }

    /// Appends text.
    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= threshold { flush() }
    }

    /// Appends text and a newline.
    public func line(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(0x0A)
        if buffer.count >= threshold { flush() }
    }

    /// Appends raw UTF-8 bytes.
    public func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= threshold { flush() }
    }

    /// Hands the buffer on and reports the first error a drain threw.
    public func finish() throws {
        flush()
        if let failure { throw failure }
    }

    /// What an in-memory sink collected.
    public var text: String { String(decoding: buffer, as: UTF8.self) }

    private func flush() {
        guard let drain, !buffer.isEmpty else { return }
        if failure == nil {
            do { try drain(buffer) } catch { failure = error }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
