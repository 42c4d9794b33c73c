/// How `TextTimeline` draws a trace. The defaults give the whole run, auto-scaled to a
/// 100-column terminal, in Unicode, with the event log and the summary.
public struct TextTimelineOptions: Sendable, Equatable {
    /// Maximum line width in terminal columns (wide characters count two); no line of the
    /// output is wider. At least `minimumWidth`.
    public var width: Int = 100
    /// Virtual nanoseconds per chart column; nil scales the chart to fit the width. When
    /// the fixed scale needs more columns than fit, the chart continues in further bands.
    public var nanosecondsPerColumn: Int64?
    /// Time window (nanoseconds, inclusive); nil means the trace's start / end.
    public var from: Int64?
    public var to: Int64?
    /// Only tasks whose label or name matches: comma-separated glob patterns (`*`, `?`);
    /// a pattern without wildcards matches as a substring. Nil shows every task.
    public var tasks: String?
    /// Also give rows to the tasks the libraries make for themselves (`libraryInternal`).
    public var internals = false
    /// Pure ASCII output.
    public var ascii = false
    /// Include the event log.
    public var includeLog = true
    /// Include the summary.
    public var includeSummary = true

    public static let minimumWidth = 40

    public init(width: Int = 100, nanosecondsPerColumn: Int64? = nil, from: Int64? = nil, to: Int64? = nil,
                tasks: String? = nil, internals: Bool = false, ascii: Bool = false, includeLog: Bool = true,
                includeSummary: Bool = true) {
        self.width = width
        self.nanosecondsPerColumn = nanosecondsPerColumn
        self.from = from
        self.to = to
        self.tasks = tasks
        self.internals = internals
        self.ascii = ascii
        self.includeLog = includeLog
        self.includeSummary = includeSummary
    }
}
