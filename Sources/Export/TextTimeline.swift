import Trace

/// The text timeline of a trace: a header, a Gantt chart (one row per task in creation
/// order, on a labelled time axis, with marker rows for printed lines and callbacks), a
/// legend, the event log and a summary. Deterministic: the same trace and options give
/// the same bytes. What `loopscope export` writes by default, and what the TUI's export
/// key saves.
///
///     let text = TextTimeline.render(trace: engine.trace,
///                                    source: ScenarioSource(file: path, text: source),
///                                    options: TextTimelineOptions())
public enum TextTimeline {
    /// The whole timeline as one string.
    public static func render(trace: Trace, source: ScenarioSource,
                              options: TextTimelineOptions = TextTimelineOptions()) -> String {
        let sink = TextSink()
        write(trace: trace, source: source, options: options, to: sink)
        return sink.text
    }

    /// Streams the timeline into `sink` (call `sink.finish()` afterwards).
    public static func write(trace: Trace, source: ScenarioSource, options: TextTimelineOptions, to sink: TextSink) {
        let width = max(options.width, TextTimelineOptions.minimumWidth)
        let glyphs = options.ascii ? TimelineGlyphs.ascii : TimelineGlyphs.unicode
        let names = TraceNames(trace: trace, source: source)
        let spans = Spans(trace: trace)
        let reasons = ReasonText(trace: trace, names: names)
        let from = max(0, options.from ?? 0)
        let to = max(from, options.to ?? trace.time)
        func fit(_ s: String) -> String { DisplayWidth.truncate(s, to: width, ellipsis: glyphs.ellipsis) }

        // Which tasks get a row: those matching the filter (and not the library's own,
        // unless asked) and alive during the window.
        let filter = TaskFilter(options.tasks)
        let hidesInternals = !options.internals
            && (0..<trace.taskCount).contains { trace.isLibraryInternal(.task(TaskID(UInt32($0)))) }
        var matching: [Bool]? = nil
        if filter != nil || hidesInternals {
            matching = (0..<trace.taskCount).map {
                (filter?.matches(label: names.tasks[$0], name: names.traceNames[$0]) ?? true)
                    && (!hidesInternals || !trace.isLibraryInternal(.task(TaskID(UInt32($0)))))
            }
        }
        var rows: [TaskID] = []
        for i in 0..<trace.taskCount where matching?[i] ?? true {
            let t = TaskID(UInt32(i))
            let created = trace.time(ofEvent: trace.taskInfo(t).createdAt)
            let finished = spans.finish(of: t)?.time ?? .max
            if created <= to && finished >= from { rows.append(t) }
        }
        var nameWidth = 6
        for t in rows { nameWidth = max(nameWidth, DisplayWidth.of(names[t])) }
        if filter == nil && trace.count > 0 { nameWidth = max(nameWidth, 9) }  // "callbacks"
        nameWidth = min(nameWidth, 24)

        // The axis.
        let room = width - nameWidth - 2
        var scale: TimeScale
        if let step = options.nanosecondsPerColumn, step > 0 {
            scale = TimeScale(from: from, to: to, step: step)
        } else {
            scale = TimeScale.fitting(from: from, to: to, room: room)
        }
        var cut: Int64?
        let maxColumns = 100_000
        if scale.columns > maxColumns {
            cut = scale.time(ofColumn: maxColumns) - 1
            scale = TimeScale(from: from, to: cut!, step: scale.step)
        }

        // Header.
        sink.line(fit("loopscope timeline \(glyphs.dot) \(source.name)"))
        var facts = ["runtime \(names.runtime)",
                     "\(trace.taskCount) task\(trace.taskCount == 1 ? "" : "s")",
                     "\(TimeText.seconds(from)) s \(glyphs.arrow) \(TimeText.seconds(to)) s",
                     "1 column = \(TimeText.compactSeconds(scale.step)) s"]
        if from != 0 || to != trace.time {
            facts[2] = "window " + facts[2] + " (of \(TimeText.seconds(trace.time)) s)"
        }
        for line in wrap(facts, separator: " \(glyphs.dot) ", indent: "", width: width) { sink.line(fit(line)) }
        if hidesInternals {
            let hidden = matching!.indices.filter { trace.isLibraryInternal(.task(TaskID(UInt32($0)))) }.count
            sink.line(fit("\(hidden) library-internal task\(hidden == 1 ? "" : "s") hidden (--internals shows them)"))
        }
        if let pattern = options.tasks, !pattern.isEmpty {
            sink.line(fit("tasks matching \"\(pattern)\": \(rows.count) shown"))
        }
        if let cut {
            sink.line(fit("the chart stops at \(TimeText.seconds(cut)) s (\(maxColumns) columns); use a larger --tick or --from/--to"))
        }
        sink.line("")

        // Chart and legend.
        let chart = GanttChart(trace: trace, spans: spans, names: names, glyphs: glyphs, scale: scale,
                               from: from, to: min(to, scale.end), rows: rows, nameWidth: nameWidth, width: width,
                               showCallbacks: filter == nil, taskFilter: matching)
        chart.write(to: sink)
        if rows.isEmpty {
            sink.line(fit(options.tasks.map { "(no task matches \"\($0)\")" } ?? "(no task)"))
        }
        sink.line("")
        for line in legend(glyphs, width: width) { sink.line(line) }

        if options.includeLog {
            sink.line("")
            EventLog(trace: trace, names: names, reasons: reasons, glyphs: glyphs, from: from, to: to,
                     taskFilter: matching, showsUnowned: filter == nil, nameWidth: nameWidth, width: width).write(to: sink)
        }
        if options.includeSummary {
            sink.line("")
            TimelineSummary(trace: trace, spans: spans, names: names, reasons: reasons, glyphs: glyphs,
                            from: from, to: to, rows: rows, nameWidth: nameWidth, width: width).write(to: sink)
        }
    }

    /// The legend, wrapped to the width.
    static func legend(_ g: TimelineGlyphs, width: Int) -> [String] {
        let items = ["\(g.running) running", "\(g.ready) ready", "\(g.waiting) waiting", "\(g.blocked) blocked",
                     "\(g.created) created", "\(g.done) done", "\(g.failed) failed", "\(g.cancelled) cancelled",
                     "\(g.print) printed line", "\(g.callback) callback", "2-9 \(g.many) several in a column"]
        return wrap(["legend"] + items, separator: "  ", indent: "        ", width: width)
    }

    /// `items` joined by `separator` into lines of at most `width` columns; continuation
    /// lines start with `indent`.
    static func wrap(_ items: [String], separator: String, indent: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for item in items {
            if line.isEmpty || line == indent {
                line += item
            } else if DisplayWidth.of(line) + DisplayWidth.of(separator) + DisplayWidth.of(item) > width {
                lines.append(line)
                line = indent + item
            } else {
                line += separator + item
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
