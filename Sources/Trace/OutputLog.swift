/// One line of printed text.
public struct OutputLine: Hashable, Sendable {
    public var stream: OutputStream
    /// The text without its newline, as of the point the log was asked about.
    public var text: String
    /// The event that wrote its first character, and that event's time (the line's time,
    /// as `run --timestamps` shows it).
    public var startEvent: Int
    public var startTime: Int64
    /// The event that wrote its newline; nil while the line is still open.
    public var endEvent: Int?
}

/// The program's output split into lines, as of any event. Each stream has its own open
/// line (stdout's partial line is not broken by stderr); lines are ordered by the event
/// that started them. Text is kept exactly, partial lines included.
public final class OutputLog {
    public let trace: Trace
    private struct Piece: Hashable {
        var event: UInt32
        /// UTF-8 length of the line's text once this piece is added.
        var length: UInt32
    }
    private struct Line {
        var stream: OutputStream
        var text: String
        var startEvent: Int
        var startTime: Int64
        var endEvent: Int?
        /// Only for lines written by several events.
        var pieces: [Piece]
    }
    private var lines: [Line] = []
    private var openLine: [Int?] = [nil, nil]
    private var processed = 0

    public init(trace: Trace) {
        self.trace = trace
        update()
    }

    /// Consumes events appended since the last call.
    public func update() {
        guard processed < trace.count else { return }
        trace.forEachEvent(in: processed..<trace.count) { k, event, time, _, _ in
            if case let .output(_, stream, text) = event { add(trace.string(text), stream, k, time) }
        }
        processed = trace.count
    }

    private func add(_ text: String, _ stream: OutputStream, _ k: Int, _ time: Int64) {
        let s = Int(stream.rawValue)
        var parts = text.split(separator: "\n", omittingEmptySubsequences: false)
        let last = parts.removeLast()
        for part in parts {  // each part ends with a newline
            let i = lineIndex(for: s, stream, k, time)
            append(String(part), to: i, k)
            lines[i].endEvent = k
            openLine[s] = nil
        }
        if !last.isEmpty { append(String(last), to: lineIndex(for: s, stream, k, time), k) }
    }

    private func lineIndex(for s: Int, _ stream: OutputStream, _ k: Int, _ time: Int64) -> Int {
        if let i = openLine[s] { return i }
        lines.append(Line(stream: stream, text: "", startEvent: k, startTime: time, endEvent: nil, pieces: []))
        openLine[s] = lines.count - 1
        return lines.count - 1
    }

    private func append(_ text: String, to i: Int, _ k: Int) {
        if lines[i].startEvent != k || !lines[i].pieces.isEmpty {
            if lines[i].pieces.isEmpty {  // record the first event's share
                lines[i].pieces.append(Piece(event: UInt32(lines[i].startEvent),
                                             length: UInt32(lines[i].text.utf8.count)))
            }
            if lines[i].pieces.last!.event == UInt32(k) {
                lines[i].pieces.removeLast()
            }
            lines[i].text += text
            lines[i].pieces.append(Piece(event: UInt32(k), length: UInt32(lines[i].text.utf8.count)))
        } else {
            lines[i].text += text
        }
    }

    /// Number of lines started by the end of the trace.
    public var count: Int { update(); return lines.count }

    /// Number of lines started at or before event `k`.
    public func lineCount(through k: Int) -> Int {
        update()
        var lo = 0, hi = lines.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lines[mid].startEvent > k { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// Line `i` as it stood after event `k` (its text cut to what had been written).
    public func line(_ i: Int, through k: Int) -> OutputLine {
        let l = lines[i]
        var text = l.text
        if !l.pieces.isEmpty, let lastPiece = l.pieces.last, Int(lastPiece.event) > k {
            let length = l.pieces.last(where: { Int($0.event) <= k })?.length ?? 0
            text = String(decoding: l.text.utf8.prefix(Int(length)), as: UTF8.self)
        }
        let end = l.endEvent.flatMap { $0 <= k ? $0 : nil }
        return OutputLine(stream: l.stream, text: text, startEvent: l.startEvent,
                          startTime: l.startTime, endEvent: end)
    }

    /// The lines as they stood after event `k`; `last` limits to the final lines (what an
    /// output panel shows).
    public func lines(through k: Int, last: Int = .max) -> [OutputLine] {
        let n = lineCount(through: k)
        let from = max(0, n - last)
        return (from..<n).map { line($0, through: k) }
    }
}
