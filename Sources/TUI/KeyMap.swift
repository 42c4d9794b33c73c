// Keys and what they do. One table feeds the update function, the footer and the help
// screen, so they cannot disagree.

/// A key press, decoded by the backend.
public enum Key: Hashable, Sendable {
    case char(Character)
    case up, down, left, right
    case shiftLeft, shiftRight, shiftUp, shiftDown
    case home, end, pageUp, pageDown
    case enter, escape, backspace, tab, backTab, delete
    /// Control + letter (`ctrl("c")` is Ctrl-C).
    case ctrl(Character)
    case function(Int)
}

/// Something the user can ask for.
public enum Action: Hashable, Sendable {
    case quit, help
    case playPause, faster, slower, playMode
    case stepForward, stepBack, tickForward, tickBack, eventForward, eventBack
    case nextTime, previousTime, start, end, gotoTime
    case zoomIn, zoomOut, zoomFit, panLeft, panRight, axis
    case selectNext, selectPrevious, pageDown, pageUp, details, clear, filter, internals
    case togglePane(Pane)
    case export, reload, gallery
}

/// The panes of the viewer, numbered as their toggle keys.
public enum Pane: Int, CaseIterable, Hashable, Sendable {
    case ready = 1, waiting, resources, timeline, source, output

    public var title: String {
        switch self {
        case .ready: return "READY"
        case .waiting: return "WAITING"
        case .resources: return "RESOURCES"
        case .timeline: return "TIMELINE"
        case .source: return "SOURCE"
        case .output: return "OUTPUT"
        }
    }
}

public struct Binding: Sendable {
    public var keys: [Key]
    public var action: Action
    /// How the keys are written in help (`Space`, `Right l`).
    public var label: String
    public var help: String
    public var group: String
}

public enum KeyMap {
    public static let bindings: [Binding] = [
        Binding(keys: [.char(" ")], action: .playPause, label: "Space", help: "play / pause", group: "Playing"),
        Binding(keys: [.char("+"), .char("=")], action: .faster, label: "+", help: "faster (0.1x to 100x, or steps per second)", group: "Playing"),
        Binding(keys: [.char("-"), .char("_")], action: .slower, label: "-", help: "slower", group: "Playing"),
        Binding(keys: [.char("m")], action: .playMode, label: "m", help: "play by virtual time / by steps per second", group: "Playing"),

        Binding(keys: [.right, .char("l")], action: .stepForward, label: "Right l", help: "one step forward (a task resumed, or a callback)", group: "Moving in time"),
        Binding(keys: [.left, .char("h")], action: .stepBack, label: "Left h", help: "one step back", group: "Moving in time"),
        Binding(keys: [.char("]")], action: .tickForward, label: "]", help: "one tick (loop iteration) forward", group: "Moving in time"),
        Binding(keys: [.char("[")], action: .tickBack, label: "[", help: "one tick back", group: "Moving in time"),
        Binding(keys: [.char("."), .shiftRight], action: .eventForward, label: ". S-Right", help: "one trace event forward", group: "Moving in time"),
        Binding(keys: [.char(","), .shiftLeft], action: .eventBack, label: ", S-Left", help: "one trace event back", group: "Moving in time"),
        Binding(keys: [.char("n"), .tab], action: .nextTime, label: "n Tab", help: "next virtual time where something happens", group: "Moving in time"),
        Binding(keys: [.char("N"), .char("p"), .backTab], action: .previousTime, label: "N p", help: "previous virtual time where something happens", group: "Moving in time"),
        Binding(keys: [.home, .char("g")], action: .start, label: "Home g", help: "go to the start", group: "Moving in time"),
        Binding(keys: [.end, .char("G")], action: .end, label: "End G", help: "go to the end (of what has run so far)", group: "Moving in time"),
        Binding(keys: [.char(":"), .char("t")], action: .gotoTime, label: ": t", help: "go to a time (4, 4.5s, 250ms) or a step (#12)", group: "Moving in time"),

        Binding(keys: [.char("i"), .char("z")], action: .zoomIn, label: "i z", help: "zoom the timeline in (around the cursor)", group: "Timeline"),
        Binding(keys: [.char("o"), .char("Z")], action: .zoomOut, label: "o Z", help: "zoom out", group: "Timeline"),
        Binding(keys: [.char("0")], action: .zoomFit, label: "0", help: "fit the whole run", group: "Timeline"),
        Binding(keys: [.char("<"), .char("H")], action: .panLeft, label: "< H", help: "pan left", group: "Timeline"),
        Binding(keys: [.char(">"), .char("L")], action: .panRight, label: "> L", help: "pan right", group: "Timeline"),
        Binding(keys: [.char("a")], action: .axis, label: "a", help: "axis: virtual time / steps", group: "Timeline"),

        Binding(keys: [.down, .char("j")], action: .selectNext, label: "Down j", help: "select the next task", group: "Tasks"),
        Binding(keys: [.up, .char("k")], action: .selectPrevious, label: "Up k", help: "select the previous task", group: "Tasks"),
        Binding(keys: [.pageDown, .ctrl("d")], action: .pageDown, label: "PgDn", help: "select a page further", group: "Tasks"),
        Binding(keys: [.pageUp, .ctrl("u")], action: .pageUp, label: "PgUp", help: "select a page back", group: "Tasks"),
        Binding(keys: [.enter], action: .details, label: "Enter", help: "details of the selected task", group: "Tasks"),
        Binding(keys: [.char("/")], action: .filter, label: "/", help: "filter tasks by name (empty: all)", group: "Tasks"),
        Binding(keys: [.char("I")], action: .internals, label: "I", help: "show / hide the libraries' own tasks and resources", group: "Tasks"),
        Binding(keys: [.escape], action: .clear, label: "Esc", help: "close / clear the selection", group: "Tasks"),

        Binding(keys: [.char("1")], action: .togglePane(.ready), label: "1", help: "show / hide READY", group: "Panes"),
        Binding(keys: [.char("2")], action: .togglePane(.waiting), label: "2", help: "show / hide WAITING", group: "Panes"),
        Binding(keys: [.char("3")], action: .togglePane(.resources), label: "3", help: "show / hide RESOURCES", group: "Panes"),
        Binding(keys: [.char("4")], action: .togglePane(.timeline), label: "4", help: "show / hide TIMELINE", group: "Panes"),
        Binding(keys: [.char("5")], action: .togglePane(.source), label: "5", help: "show / hide SOURCE", group: "Panes"),
        Binding(keys: [.char("6")], action: .togglePane(.output), label: "6", help: "show / hide OUTPUT", group: "Panes"),

        Binding(keys: [.char("e")], action: .export, label: "e", help: "export the timeline as text (the path is shown)", group: "Files"),
        Binding(keys: [.char("r")], action: .reload, label: "r", help: "reload the file after an edit (keeps the time)", group: "Files"),
        Binding(keys: [.char("b")], action: .gallery, label: "b", help: "back to the gallery", group: "Files"),
        Binding(keys: [.char("?"), .function(1)], action: .help, label: "?", help: "this help", group: "Files"),
        Binding(keys: [.char("q"), .ctrl("c")], action: .quit, label: "q", help: "quit", group: "Files"),
    ]

    private static let table: [Key: Action] = {
        var t: [Key: Action] = [:]
        for b in bindings { for k in b.keys where t[k] == nil { t[k] = b.action } }
        return t
    }()

    /// The action a key triggers in the viewer.
    public static func action(for key: Key) -> Action? { table[key] }

    /// The help groups in order.
    public static var groups: [String] {
        var seen: [String] = []
        for b in bindings where !seen.contains(b.group) { seen.append(b.group) }
        return seen
    }

    /// The footer's hints, most important first (as many as fit are shown).
    public static func footer(_ g: Glyphs) -> [(key: String, text: String)] {
        [("Space", "play"), (g.isASCII ? "Left/Right" : "\(g.left)\(g.right)", "step"), ("[ ]", "tick"),
         ("n N", "time"), (g.isASCII ? "Up/Down" : "\(g.up)\(g.down)", "task"), (g.isASCII ? "Enter" : g.enter, "details"),
         ("+ -", "speed"), ("t", "go to"), ("/", "filter"), ("e", "export"), ("?", "help"), ("q", "quit")]
    }
}
