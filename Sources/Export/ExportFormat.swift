import Trace

/// The export formats, and one entry point that writes any of them.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// Text timeline: header, Gantt chart, legend, event log, summary (docs/EXPORT.md).
    case text
    /// The whole trace plus derived spans and totals (docs/TRACE_FORMAT.md, "Timeline JSON").
    case json
    /// Chrome Trace Event Format, for Perfetto and chrome://tracing.
    case chrome
    /// One row per state span.
    case csv

    /// Streams the export of `trace` into `sink` (call `sink.finish()` afterwards).
    /// `options` matter only for `text`.
    public func write(trace: Trace, source: ScenarioSource, options: TextTimelineOptions = TextTimelineOptions(),
                      to sink: TextSink) {
        switch self {
        case .text: TextTimeline.write(trace: trace, source: source, options: options, to: sink)
        case .json: JSONExport.write(trace: trace, source: source, to: sink)
        case .chrome: ChromeTraceExport.write(trace: trace, source: source, to: sink)
        case .csv: CSVExport.write(trace: trace, source: source, to: sink)
        }
    }

    /// The export as one string.
    public func render(trace: Trace, source: ScenarioSource,
                       options: TextTimelineOptions = TextTimelineOptions()) -> String {
        let sink = TextSink()
        write(trace: trace, source: source, options: options, to: sink)
        return sink.text
    }
}
