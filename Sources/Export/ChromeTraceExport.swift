import Trace

/// `--format chrome`: the Chrome Trace Event Format (JSON object form), which Perfetto
/// (ui.perfetto.dev) and chrome://tracing open.
///
/// - One process (pid 1) named after the scenario; one thread track per task (tid = task
///   id + 1, named by its label, sorted in creation order) and an "event loop" track
///   (tid 0) for callbacks, warnings, errors and deadlocks.
/// - A complete event (`"ph":"X"`) per state span, named by state and reason
///   (`running`, `ready`, `waiting: sleep`, `blocked: sleep`, `waiting: acquire`...), with
///   the state, the reason's keys (as in the trace) and a `detail` in words as `args`.
/// - Instant events (`"ph":"i"`, thread scope) for printed lines (on the printing task's
///   track), callbacks run, each task's finish (`done`, `failed`, `cancelled`), and
///   warnings, errors and deadlocks (named by their first line; the text in `args`).
/// - Counter events (`"ph":"C"`) for the values of semaphores, locks, queues, pools...
///   (not futures).
/// - Times (`ts`, `dur`) are virtual microseconds, with up to three decimals.
public enum ChromeTraceExport {
    public static func render(trace: Trace, source: ScenarioSource) -> String {
        let sink = TextSink()
        write(trace: trace, source: source, to: sink)
        return sink.text
    }

    public static func write(trace: Trace, source: ScenarioSource, to sink: TextSink) {
        let names = TraceNames(trace: trace, source: source)
        let spans = Spans(trace: trace)
        let reasons = ReasonText(trace: trace, names: names)
        var j = JSONBuilder()
        j.beginObject()
        j.field("displayTimeUnit", "ms")
        j.key("otherData")
        j.beginObject()
        j.field("generator", "loopscope")
        j.field("version", JSONExport.version)
        j.field("scenario", source.name)
        j.field("runtime", names.runtime)
        j.field("end_ns", trace.time)
        j.endObject()
        j.key("traceEvents")
        j.beginArray()

        func meta(_ name: String, tid: Int, _ argKey: String, _ value: String) {
            j.nextLine()
            j.beginObject()
            j.field("name", name)
            j.field("ph", "M")
            j.field("ts", 0)
            j.field("pid", 1)
            j.field("tid", tid)
            j.key("args")
            j.beginObject()
            j.field(argKey, value)
            j.endObject()
            j.endObject()
        }
        func sortIndex(tid: Int, _ index: Int) {
            j.nextLine()
            j.beginObject()
            j.field("name", "thread_sort_index")
            j.field("ph", "M")
            j.field("ts", 0)
            j.field("pid", 1)
            j.field("tid", tid)
            j.key("args")
            j.beginObject()
            j.field("sort_index", index)
            j.endObject()
            j.endObject()
        }
        func instant(_ name: String, category: String, time: Int64, tid: Int, args: (inout JSONBuilder) -> Void) {
            j.nextLine()
            j.beginObject()
            j.field("name", name)
            j.field("cat", category)
            j.field("ph", "i")
            j.field("s", "t")
            j.literalField("ts", TimeText.microseconds(time))
            j.field("pid", 1)
            j.field("tid", tid)
            j.key("args")
            j.beginObject()
            args(&j)
            j.endObject()
            j.endObject()
        }
        func flush() { if j.out.count >= 1 << 16 { sink.write(bytes: j.take()) } }

        meta("process_name", tid: 0, "name", "\(source.name) (\(names.runtime))")
        meta("thread_name", tid: 0, "name", "event loop")
        sortIndex(tid: 0, -1)
        for i in 0..<trace.taskCount {
            meta("thread_name", tid: i + 1, "name", names.tasks[i])
            sortIndex(tid: i + 1, i)
            flush()
        }

        // State spans and finishes, task by task.
        for i in 0..<trace.taskCount {
            let t = TaskID(UInt32(i))
            for span in spans.spans(of: t) {
                j.nextLine()
                j.beginObject()
                j.field("name", sliceName(span, trace: trace, reasons: reasons))
                j.field("cat", span.state.name)
                j.field("ph", "X")
                j.literalField("ts", TimeText.microseconds(span.startTime))
                j.literalField("dur", TimeText.microseconds(span.duration))
                j.field("pid", 1)
                j.field("tid", i + 1)
                j.key("args")
                j.beginObject()
                j.field("state", span.state.name)
                j.reason(span.reason, trace: trace)
                j.field("detail", reasons.waiting(span.reason))
                j.field("start_event", span.startEvent)
                j.field("end_event", span.endEvent)
                j.endObject()
                j.endObject()
                flush()
            }
            if let finish = spans.finish(of: t), let state = spans.finalState(of: t) {
                instant(state.name, category: "task", time: finish.time, tid: i + 1) { a in
                    a.field("event", finish.event)
                }
            }
        }

        // Printed lines, callbacks, resource values, warnings and errors, in event order.
        var lines = LineSplitter()
        var callbacks: [UInt32: StringID] = [:]
        trace.forEachEvent(in: 0..<trace.count) { k, event, time, _, _ in
            switch event {
            case let .output(task, stream, text):
                lines.feed(trace.string(text), stream: stream, task: task) { line, owner in
                    instant((stream == .stdout ? "print: " : "stderr: ") + line, category: "output", time: time,
                            tid: owner.map { $0.index + 1 } ?? 0) { a in
                        a.field("stream", stream.name)
                        a.field("text", line)
                        a.field("event", k)
                    }
                }
            case let .callbackScheduled(h, label, _):
                callbacks[h] = label
            case let .callbackRun(h):
                let label = callbacks.removeValue(forKey: h).map { trace.string($0) } ?? ""
                instant("callback: " + (label.isEmpty ? "(unnamed)" : label), category: "callback", time: time, tid: 0) { a in
                    a.field("handle", h)
                    a.field("event", k)
                }
            case let .callbackCancelled(h):
                callbacks.removeValue(forKey: h)
            case let .resourceValue(r, value):
                let info = trace.resourceInfo(r)
                guard info.kind != .future else { break }
                j.nextLine()
                j.beginObject()
                j.field("name", names.resources[r.index])
                j.field("cat", info.kind.name)
                j.field("ph", "C")
                j.literalField("ts", TimeText.microseconds(time))
                j.field("pid", 1)
                j.field("tid", 0)
                j.key("args")
                j.beginObject()
                j.field("value", value)
                j.endObject()
                j.endObject()
            case let .warning(text, _), let .error(text, _), let .deadlock(text):
                let kind = event.kind.name
                let full = trace.string(text)
                let first = full.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
                instant("\(kind): " + first, category: kind, time: time, tid: 0) { a in
                    a.field("text", full)
                    a.field("event", k)
                }
            default:
                break
            }
            flush()
        }
        for open in lines.unfinished {
            instant((open.stream == .stdout ? "print: " : "stderr: ") + open.text, category: "output", time: trace.time,
                    tid: open.task.map { $0.index + 1 } ?? 0) { a in
                a.field("stream", open.stream.name)
                a.field("text", open.text)
            }
        }
        j.newline()
        j.endArray()
        j.endObject()
        j.newline()
        sink.write(bytes: j.take())
    }

    /// `running`, `ready`, `created`, or the state and the reason's kind:
    /// `waiting: sleep`, `blocked: sleep`, `waiting: gather`; a labelled reason uses its
    /// text (`waiting: sleep(0)`).
    static func sliceName(_ span: Span, trace: Trace, reasons: ReasonText) -> String {
        switch span.reason {
        case .none: return span.state.name
        case .label(let s): return "\(span.state.name): \(trace.string(s))"
        default: return "\(span.state.name): \(span.reason.name!)"
        }
    }
}
