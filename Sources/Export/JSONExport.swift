import Trace

/// `--format json`: the whole trace with what exports derive from it — task labels, state
/// spans, per-state totals, printed lines — in one JSON document whose schema is
/// documented in docs/TRACE_FORMAT.md ("Timeline JSON"). One record per line, keys in a
/// fixed order: byte-identical for the same trace.
public enum JSONExport {
    /// The document's `version`; bump it (and the docs and goldens) on any change.
    public static let version = 1
    /// The document's `format`.
    public static let formatName = "loopscope-timeline"

    public static func render(trace: Trace, source: ScenarioSource) -> String {
        let sink = TextSink()
        write(trace: trace, source: source, to: sink)
        return sink.text
    }

    public static func write(trace: Trace, source: ScenarioSource, to sink: TextSink) {
        let names = TraceNames(trace: trace, source: source)
        let spans = Spans(trace: trace)
        let output = OutputLog(trace: trace)
        var j = JSONBuilder()

        j.beginObject()
        j.field("format", formatName)
        j.field("version", version)
        j.field("trace_version", TraceJSONL.version)
        j.field("scenario", source.name)
        j.field("runtime", names.runtime)
        j.field("start_ns", Int64(0))
        j.field("end_ns", trace.time)
        j.key("counts")
        j.beginObject()
        j.field("events", trace.count)
        j.field("tasks", trace.taskCount)
        j.field("resources", trace.resourceCount)
        j.field("steps", trace.step)
        j.field("ticks", trace.tick)
        j.field("output_lines", output.count)
        j.endObject()

        // Tasks, with spans and totals.
        j.key("tasks")
        j.beginArray()
        for i in 0..<trace.taskCount {
            let t = TaskID(UInt32(i))
            let info = trace.taskInfo(t)
            let list = spans.spans(of: t)
            let finish = spans.finish(of: t)
            j.nextLine()
            j.beginObject()
            j.field("id", i)
            j.field("name", names.traceNames[i])
            j.field("label", names.tasks[i])
            j.field("kind", info.kind.name)
            j.field("parent", info.parent?.rawValue)
            j.field("line", info.location.line)
            j.field("col", info.location.column)
            j.field("created_ns", trace.time(ofEvent: info.createdAt))
            j.field("created_event", info.createdAt)
            j.field("end_ns", finish?.time)
            j.field("end_event", finish?.event)
            j.field("final", spans.finalState(of: t)?.name)
            let totals = StateTotals(spans: list)
            j.key("totals_ns")
            j.beginObject()
            for s in TaskState.allCases where !s.isFinished { j.field(s.name, totals[s]) }
            j.endObject()
            j.key("spans")
            j.beginArray()
            for span in list {
                j.beginObject()
                j.field("state", span.state.name)
                j.reason(span.reason, trace: trace)
                j.field("start_ns", span.startTime)
                j.field("end_ns", span.endTime)
                j.field("start_event", span.startEvent)
                j.field("end_event", span.endEvent)
                j.endObject()
            }
            j.endArray()
            j.endObject()
            sink.write(bytes: j.take())
        }
        j.newline()
        j.endArray()

        // Resources.
        j.key("resources")
        j.beginArray()
        for i in 0..<trace.resourceCount {
            let info = trace.resourceInfo(ResourceID(UInt32(i)))
            j.nextLine()
            j.beginObject()
            j.field("id", i)
            j.field("name", trace.string(info.name))
            j.field("label", names.resources[i])
            j.field("kind", info.kind.name)
            j.field("capacity", info.capacity)
            j.field("created_event", info.createdAt)
            j.endObject()
            sink.write(bytes: j.take())
        }
        j.newline()
        j.endArray()

        // Printed lines.
        j.key("output")
        j.beginArray()
        let lastEvent = trace.count - 1
        for i in 0..<output.count {
            let line = output.line(i, through: lastEvent)
            j.nextLine()
            j.beginObject()
            j.field("stream", line.stream.name)
            j.field("text", line.text)
            j.field("time_ns", line.startTime)
            j.field("start_event", line.startEvent)
            j.field("end_event", line.endEvent)
            j.endObject()
            if j.out.count > 1 << 16 { sink.write(bytes: j.take()) }
        }
        j.newline()
        j.endArray()

        // Every event, encoded exactly as a line of the JSON Lines trace.
        j.key("events")
        j.beginArray()
        j.newline()
        sink.write(bytes: j.take())
        var start = 0
        var chunk: [UInt8] = []
        while start < trace.count {
            let end = min(trace.count, start + 8192)
            chunk.removeAll(keepingCapacity: true)
            TraceJSONL.encode(trace, range: start..<end, into: &chunk, separator: ",")
            sink.write(bytes: chunk)
            start = end
        }
        j.endArray()
        j.endObject()
        j.newline()
        sink.write(bytes: j.take())
    }
}
