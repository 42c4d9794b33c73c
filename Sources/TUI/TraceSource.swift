import Trace

/// How a run ended.
public enum RunEnding: Equatable, Sendable {
    /// The program finished (exit status).
    case finished(status: Int32)
    /// An uncaught exception (its last line).
    case exception(String)
    /// Every task waits and nothing is scheduled.
    case deadlock(String)
    /// A limit stopped an endless program.
    case limit(String)

    /// A few words for the header.
    public var summary: String {
        switch self {
        case .finished(let s): return s == 0 ? "finished" : "exit \(s)"
        case .exception: return "exception"
        case .deadlock: return "deadlock"
        case .limit: return "stopped at limit"
        }
    }

    /// The full message for the status line.
    public var message: String {
        switch self {
        case .finished(let s): return s == 0 ? "the program finished" : "the program exited with status \(s)"
        case .exception(let text): return "uncaught exception: \(text)"
        case .deadlock(let text): return text
        case .limit(let text): return text
        }
    }

    public var isFailure: Bool {
        switch self {
        case .finished(let s): return s != 0
        case .exception, .deadlock: return true
        case .limit: return false
        }
    }
}

/// Where the viewer's trace comes from: an engine that can be asked to run further (the
/// executable wires the real one; the TUI knows only this protocol) or a finished trace.
public protocol TraceSource: AnyObject {
    /// The trace, which grows as the source advances.
    var trace: Trace { get }
    /// How the run ended; nil while it can go on.
    var ending: RunEnding? { get }
    /// Runs the program further: until the trace holds about `events` more events, or the
    /// program ends. Must not block for long (the viewer calls it between frames).
    func advance(events: Int)
}

extension TraceSource {
    /// True once the trace will not grow any more.
    public var isComplete: Bool { ending != nil }
}

/// A trace that is already complete (tests, replays).
public final class FixedTraceSource: TraceSource {
    public let trace: Trace
    public let ending: RunEnding?

    public init(trace: Trace, ending: RunEnding = .finished(status: 0)) {
        self.trace = trace
        self.ending = ending
    }

    public func advance(events: Int) {}
}

/// A scenario as the viewer shows it.
public struct Scenario: Sendable, Equatable {
    /// The path shown in the header (and re-read by `r` when `isFile`).
    public var path: String
    /// The Python source text.
    public var text: String
    /// True for a file on disk; false for a gallery entry embedded in the binary.
    public var isFile: Bool

    public init(path: String, text: String, isFile: Bool) {
        self.path = path
        self.text = text
        self.isFile = isFile
    }

    /// The library it uses, from its imports: `asyncio`, `gevent`, `tornado` or `sync`.
    public var runtime: String { Session.detectRuntime(text) }

    /// The file name without directories.
    public var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
