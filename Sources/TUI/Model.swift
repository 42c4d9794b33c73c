import Trace

/// How playing moves the cursor.
public enum PlayMode: Equatable, Sendable {
    /// The virtual clock advances at `rate` virtual seconds per real second.
    case time
    /// `rate` steps per real second.
    case steps
}

/// What the timeline's horizontal axis measures.
public enum Axis: Equatable, Sendable {
    case time, steps
}

/// A visible part of the timeline axis, in the axis' units (ns or steps).
public struct AxisWindow: Equatable, Sendable {
    public var start: Int64
    public var span: Int64
}

/// What the prompt line is asking for.
public enum PromptKind: Equatable, Sendable {
    case gotoTime, filter
}

/// A window over the main screen.
public enum Overlay: Equatable, Sendable {
    case help(scroll: Int)
    /// The selected task's details.
    case details(scroll: Int)
    case prompt(PromptKind, text: String)
}

/// A one-line message in the footer.
public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isError: Bool
    /// Real nanoseconds left before it fades (nil: until the next key).
    public var remaining: Int64?

    public init(_ text: String, isError: Bool = false, remaining: Int64? = 6_000_000_000) {
        self.text = text
        self.isError = isError
        self.remaining = remaining
    }
}

/// The state of the viewer of one scenario.
public struct ViewerModel {
    public var session: Session
    /// The event the view stands on (-1: before the first event).
    public var cursor: Int
    /// The virtual time shown (at least the cursor event's time, before the next event's).
    public var clock: Int64
    public var playing = false
    public var playMode: PlayMode = .time
    /// Index into `PlayRates.time` / `PlayRates.steps`.
    public var timeRate = PlayRates.defaultTime
    public var stepRate = PlayRates.defaultSteps
    /// Fraction of a step accumulated while playing by steps.
    public var stepCredit: Double = 0
    /// Waiting for the engine to reach this time (goto / play beyond what has run).
    public var pendingTime: Int64?
    public var selected: TaskID?
    /// A move that went past the end of what has run, retried once the engine ran further.
    public var pendingAction: Action?
    /// True once a budget stop has been announced in the status line.
    var limitAnnounced = false
    public var filter = ""
    /// Also list the tasks and resources the libraries make for themselves (key `I`).
    public var showsInternals = false
    public var hidden: Set<Pane> = []
    /// nil: the whole run fits.
    public var window: AxisWindow?
    public var axis: Axis = .time
    /// True when opened from the gallery (`b` goes back).
    public var fromGallery = false

    /// False until the cursor was put on the first stop (the trace may start empty).
    public var positioned = false

    public init(session: Session, fromGallery: Bool = false) {
        self.session = session
        self.fromGallery = fromGallery
        cursor = -1
        clock = 0
        let first = session.stopAfter(-1) ?? -1
        cursor = first
        positioned = first >= 0
        clock = first >= 0 ? session.trace.time(ofEvent: first) : 0
        if session.isComplete && session.trace.time == 0 && session.trace.step > 0 {
            axis = .steps  // nothing takes virtual time: spread the run over its steps
        }
    }

    /// The state at the cursor.
    public var state: TraceState { session.state(at: cursor) }

    /// The rate label: `1x`, `0.5x`, `20 steps/s`.
    public var rateLabel: String {
        switch playMode {
        case .time: return PlayRates.timeLabel(timeRate)
        case .steps: return "\(PlayRates.steps[stepRate]) steps/s"
        }
    }
}

/// Play speeds.
public enum PlayRates {
    /// Virtual seconds per real second.
    public static let time: [Double] = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100]
    public static let defaultTime = 3
    public static let steps: [Int] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
    public static let defaultSteps = 3

    public static func timeLabel(_ i: Int) -> String {
        let r = time[i]
        return r < 1 ? "\(r)x" : "\(Int(r))x"
    }
}

/// The gallery picker.
public struct PickerModel: Equatable {
    public var entries: [Scenario]
    public var selection = 0

    public init(entries: [Scenario]) { self.entries = entries }
}

/// Which screen is up.
public enum Screen: Equatable, Sendable {
    case picker, viewer
}

/// Everything the screen shows. `update` changes it; `View.render` draws it.
public struct Model {
    public var width: Int
    public var height: Int
    public var glyphs: Glyphs
    public var screen: Screen
    public var picker: PickerModel
    public var viewer: ViewerModel?
    public var overlay: Overlay?
    public var message: StatusMessage?
    /// Set by `quit`; the runner stops.
    public var quitting = false
    /// The viewer's exit status: 130 after Ctrl-C (as a shell reports SIGINT), else 0.
    public var exitStatus: Int32 = 0

    /// A model showing the gallery picker.
    public init(width: Int, height: Int, glyphs: Glyphs = .unicode, gallery: [Scenario]) {
        self.width = width
        self.height = height
        self.glyphs = glyphs
        screen = .picker
        picker = PickerModel(entries: gallery)
    }

    /// A model showing one scenario.
    public init(width: Int, height: Int, glyphs: Glyphs = .unicode, session: Session, gallery: [Scenario] = []) {
        self.width = width
        self.height = height
        self.glyphs = glyphs
        screen = .viewer
        picker = PickerModel(entries: gallery)
        viewer = ViewerModel(session: session)
    }

    /// Smallest usable screen.
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public var isTooSmall: Bool { width < Model.minimumWidth || height < Model.minimumHeight }
}
