import Trace

/// `--format csv`: one row per state span, tasks in creation order and each task's spans
/// in time order, after a header row:
///
///     task_id,task,state,reason,detail,start_s,end_s,duration_s
///     2,coroutine_2,waiting,sleep,sleep until 4.000,0.000000000,4.000000000,4.000000000
///
/// `task` is the task's label, `reason` the wait reason's name (empty unless waiting or
/// blocked), `detail` the reason in words, times in virtual seconds with nine decimals
/// (exact nanoseconds). RFC 4180 quoting; lines end with `\n`. A task's finish is not a
/// span: its last span ends when it finished.
public enum CSVExport {
    public static let header = "task_id,task,state,reason,detail,start_s,end_s,duration_s"

    public static func render(trace: Trace, source: ScenarioSource) -> String {
        let sink = TextSink()
        write(trace: trace, source: source, to: sink)
        return sink.text
    }

    public static func write(trace: Trace, source: ScenarioSource, to sink: TextSink) {
        let names = TraceNames(trace: trace, source: source)
        let spans = Spans(trace: trace)
        let reasons = ReasonText(trace: trace, names: names)
        sink.line(header)
        for i in 0..<trace.taskCount {
            let label = field(names.tasks[i])
            for span in spans.spans(of: TaskID(UInt32(i))) {
                var row = String(i)
                row += ","
                row += label
                row += ","
                row += span.state.name
                row += ","
                row += span.reason.name ?? ""
                row += ","
                row += field(reasons.waiting(span.reason))
                row += ","
                row += TimeText.seconds(span.startTime, decimals: 9)
                row += ","
                row += TimeText.seconds(span.endTime, decimals: 9)
                row += ","
                row += TimeText.seconds(span.duration, decimals: 9)
                sink.line(row)
            }
        }
    }

    /// A CSV field, quoted when it holds a comma, a quote, a line break or edge spaces.
    static func field(_ s: String) -> String {
        let needsQuotes = s.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            || s.hasPrefix(" ") || s.hasSuffix(" ")
        guard needsQuotes else { return s }
        var out = "\""
        for c in s {
            if c == "\"" { out += "\"\"" } else { out.append(c) }
        }
        return out + "\""
    }
}
