import Trace

/// The characters a text timeline is drawn with: Unicode block and box characters by
/// default, plain ASCII with `--ascii`. Every glyph is one terminal column wide.
struct TimelineGlyphs {
    var created: String
    var ready: String
    var running: String
    var waiting: String
    var blocked: String
    var done: String
    var failed: String
    var cancelled: String
    var print: String
    var callback: String
    /// More than nine marks in one column.
    var many: String
    var rulerLine: String
    var rulerTick: String
    var ellipsis: String
    var arrow: String
    var dot: String

    static let unicode = TimelineGlyphs(
        created: "·", ready: "▒", running: "█", waiting: "─", blocked: "▓",
        done: "┤", failed: "✗", cancelled: "⊘", print: "•", callback: "◆", many: "+",
        rulerLine: "┈", rulerTick: "┬", ellipsis: "…", arrow: "→", dot: "·")

    static let ascii = TimelineGlyphs(
        created: ".", ready: "=", running: "#", waiting: "-", blocked: "B",
        done: "|", failed: "X", cancelled: "C", print: "*", callback: "o", many: "+",
        rulerLine: ".", rulerTick: "+", ellipsis: "~", arrow: "->", dot: "-")

    /// The bar glyph of a live state.
    func bar(_ state: TaskState) -> String {
        switch state {
        case .created: return created
        case .ready: return ready
        case .running: return running
        case .waiting: return waiting
        case .blocked: return blocked
        case .done: return done
        case .failed: return failed
        case .cancelled: return cancelled
        }
    }
}
