import Trace

/// The characters the view draws with: Unicode box and block characters, or plain ASCII
/// for terminals without them (`--ascii`, non-UTF-8 locales).
public struct Glyphs: Sendable, Equatable {
    public var horizontal: Character
    public var vertical: Character
    public var teeDown: Character
    public var running: Character
    public var ready: Character
    public var waiting: Character
    public var blocked: Character
    public var done: Character
    public var failed: Character
    public var cursor: Character
    public var cursorMark: Character
    public var callback: Character
    public var timerFired: Character
    public var timerPending: Character
    public var axisTick: Character
    public var pointer: Character
    public var suspended: Character
    public var playing: String
    public var paused: String
    public var ellipsis: String
    public var arrow: String
    public var up: String
    public var down: String
    public var left: String
    public var right: String
    public var enter: String
    public var isASCII: Bool

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", teeDown: "┬", running: "█", ready: "▒", waiting: "─",
        blocked: "▓", done: "·", failed: "✗", cursor: "│", cursorMark: "▲", callback: "◆",
        timerFired: "▲", timerPending: "△", axisTick: "┴", pointer: "▶", suspended: "●",
        playing: "▶", paused: "❚❚", ellipsis: "…", arrow: "→", up: "↑", down: "↓", left: "←",
        right: "→", enter: "⏎", isASCII: false)

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", teeDown: "+", running: "#", ready: "=", waiting: "-",
        blocked: "%", done: ".", failed: "x", cursor: "|", cursorMark: "^", callback: "*",
        timerFired: "^", timerPending: "v", axisTick: "+", pointer: ">", suspended: "o",
        playing: ">", paused: "||", ellipsis: "~", arrow: "->", up: "Up", down: "Down", left: "Left",
        right: "Right", enter: "Enter", isASCII: true)

    /// The bar character for a task state.
    public func bar(_ state: TaskState) -> Character {
        switch state {
        case .running: return running
        case .ready: return ready
        case .waiting: return waiting
        case .blocked: return blocked
        case .done, .cancelled: return done
        case .failed: return failed
        case .created: return " "
        }
    }
}

extension Role {
    /// The role that colours a task state.
    public static func of(_ state: TaskState) -> Role {
        switch state {
        case .running: return .running
        case .ready: return .ready
        case .waiting: return .waiting
        case .blocked: return .blocked
        case .done, .cancelled, .created: return .done
        case .failed: return .failed
        }
    }
}
