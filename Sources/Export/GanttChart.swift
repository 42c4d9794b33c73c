import Trace

/// The chart part of a text timeline: a time axis, one row per task in creation order,
/// and marker rows for printed lines and callbacks.
///
/// A column shows the most active state the task was in during its time range
/// (running > blocked > ready > waiting > created), because code costs no virtual time:
/// a task that runs for zero seconds still gets its █. A task that finished gets its
/// mark (done, failed, cancelled) in the column after the one it finished in. When the
/// chart needs more columns than fit in the width (a fixed `--tick`), it continues in
/// bands, each with its own axis.
struct GanttChart {
    let trace: Trace
    let spans: Spans
    let names: TraceNames
    let glyphs: TimelineGlyphs
    let scale: TimeScale
    /// The requested window (inclusive); spans are clipped to it.
    let from: Int64
    let to: Int64
    let rows: [TaskID]
    let nameWidth: Int
    let width: Int
    /// Show the callbacks row and count output outside any task (off when tasks are
    /// filtered by name).
    let showCallbacks: Bool
    let taskFilter: [Bool]?

    /// Time columns per band.
    var bandColumns: Int { max(1, width - nameWidth - 2 - 1) }
    var bandCount: Int { (scale.columns + bandColumns - 1) / bandColumns }

    private enum Cell: UInt8 {
        case none = 0, created, waiting, ready, blocked, running, done, failed, cancelled
    }

    private static func cell(_ state: TaskState) -> Cell {
        switch state {
        case .created: return .created
        case .ready: return .ready
        case .running: return .running
        case .waiting: return .waiting
        case .blocked: return .blocked
        case .done: return .done
        case .failed: return .failed
        case .cancelled: return .cancelled
        }
    }

    func write(to sink: TextSink) {
        let bands = bandCount
        for band in 0..<bands {
            let first = band * bandColumns
            let count = min(bandColumns, scale.columns - first)
            if bands > 1 {
                if band > 0 { sink.line("") }
                let t0 = scale.time(ofColumn: first)
                let t1 = min(scale.time(ofColumn: first + count) - 1, scale.end)
                sink.line("part \(band + 1) of \(bands): \(TimeText.seconds(t0)) s \(glyphs.arrow) \(TimeText.seconds(t1)) s")
            }
            writeAxis(first: first, count: count, to: sink)
            var cells = [Cell](repeating: .none, count: count + 1)
            for task in rows {
                fill(&cells, task: task, first: first, count: count)
                sink.line(rowText(label: names[task], cells: cells))
            }
            let (prints, callbacks) = markers(first: first, count: count)
            if prints.contains(where: { $0 > 0 }) { sink.line(markerRow("prints", prints, glyphs.print)) }
            if showCallbacks, callbacks.contains(where: { $0 > 0 }) {
                sink.line(markerRow("callbacks", callbacks, glyphs.callback))
            }
            if rows.count > 20 { writeAxis(first: first, count: count, to: sink, below: true) }
        }
    }

    // MARK: Axis

    private func writeAxis(first: Int, count: Int, to sink: TextSink, below: Bool = false) {
        let interval = scale.labelInterval { interval in
            max(TimeScale.label(scale.start, interval: interval).count,
                TimeScale.label(scale.end, interval: interval).count)
        }
        let indent = nameWidth + 2
        var labels = String(repeating: " ", count: indent)
        var ruler = String(repeating: " ", count: indent)
        var used = indent
        for c in first..<(first + count) {
            let t = scale.time(ofColumn: c)
            let tick = t % interval == 0
            ruler += tick ? glyphs.rulerTick : glyphs.rulerLine
            if tick {
                let text = TimeScale.label(t, interval: interval)
                let at = indent + (c - first)
                if at >= used && at + text.count <= width {
                    labels += String(repeating: " ", count: at - used) + text
                    used = at + text.count
                }
            }
        }
        if below {
            sink.line(ruler)
            sink.line(labels)
        } else {
            sink.line(labels)
            sink.line(ruler)
        }
    }

    // MARK: Rows

    private func fill(_ cells: inout [Cell], task: TaskID, first: Int, count: Int) {
        for i in cells.indices { cells[i] = .none }
        let bandStart = max(from, scale.time(ofColumn: first))
        let bandEnd = min(to, scale.time(ofColumn: first + count) - 1)
        let list = spans.spans(of: task)
        // The first span that reaches the band (spans are in time order).
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lastInstant(list[mid]) < bandStart { lo = mid + 1 } else { hi = mid }
        }
        for span in list[lo...] {
            if span.startTime > bandEnd { break }
            let a = max(span.startTime, bandStart)
            let b = min(lastInstant(span), bandEnd)
            if a > b { continue }
            let code = GanttChart.cell(span.state)
            let c0 = scale.column(of: a) - first, c1 = scale.column(of: b) - first
            for c in max(0, c0)...min(count - 1, c1) where cells[c].rawValue < code.rawValue {
                cells[c] = code
            }
        }
        if let finish = spans.finish(of: task), let state = spans.finalState(of: task),
           finish.time >= from, finish.time <= to {
            let c = scale.column(of: finish.time) + 1 - first
            if c >= 1 && c <= count { cells[c] = GanttChart.cell(state) }
        }
    }

    /// The last instant a span covers: a span of positive length covers `start ..< end`;
    /// an instantaneous one, and the open state of a task still alive at the trace's
    /// end, cover their end too.
    private func lastInstant(_ span: Span) -> Int64 {
        span.endTime > span.startTime && span.endEvent < trace.count ? span.endTime - 1 : span.endTime
    }

    private func rowText(label: String, cells: [Cell]) -> String {
        var line = DisplayWidth.padRight(DisplayWidth.truncate(label, to: nameWidth, ellipsis: glyphs.ellipsis),
                                         to: nameWidth)
        line += "  "
        var pending = 0  // spaces not yet written (trailing ones are dropped)
        for cell in cells {
            let glyph: String
            switch cell {
            case .none: pending += 1; continue
            case .created: glyph = glyphs.created
            case .waiting: glyph = glyphs.waiting
            case .ready: glyph = glyphs.ready
            case .blocked: glyph = glyphs.blocked
            case .running: glyph = glyphs.running
            case .done: glyph = glyphs.done
            case .failed: glyph = glyphs.failed
            case .cancelled: glyph = glyphs.cancelled
            }
            if pending > 0 {
                line += String(repeating: " ", count: pending)
                pending = 0
            }
            line += glyph
        }
        return trimmed(line)
    }

    // MARK: Markers

    /// Printed lines (by shown tasks) and callbacks run, per column of the band.
    private func markers(first: Int, count: Int) -> (prints: [Int], callbacks: [Int]) {
        var prints = [Int](repeating: 0, count: count)
        var callbacks = [Int](repeating: 0, count: count)
        let bandStart = max(from, scale.time(ofColumn: first))
        let bandEnd = min(to, scale.time(ofColumn: first + count) - 1)
        guard bandStart <= bandEnd, let k0 = trace.firstEvent(atOrAfter: bandStart) else { return (prints, callbacks) }
        var k = k0
        while k < trace.count {
            let kind = trace.kind(at: k)
            if kind == .output || kind == .callbackRun {
                let time = trace.time(ofEvent: k)
                if time > bandEnd { break }
                let c = scale.column(of: time) - first
                if c >= 0 && c < count {
                    switch trace.event(at: k) {
                    case let .output(task, _, text):
                        if let taskFilter, !(task.map { taskFilter[$0.index] } ?? showCallbacks) { break }
                        var n = 0
                        for b in trace.string(text).utf8 where b == 0x0A { n += 1 }
                        prints[c] += n
                    case .callbackRun:
                        callbacks[c] += 1
                    default:
                        break
                    }
                }
            } else if kind == .tickBegan || kind == .stepBegan {
                if trace.time(ofEvent: k) > bandEnd { break }
            }
            k += 1
        }
        return (prints, callbacks)
    }

    private func markerRow(_ title: String, _ counts: [Int], _ mark: String) -> String {
        var line = DisplayWidth.padRight(DisplayWidth.truncate(title, to: nameWidth, ellipsis: glyphs.ellipsis),
                                         to: nameWidth) + "  "
        for n in counts {
            switch n {
            case 0: line += " "
            case 1: line += mark
            case 2...9: line += String(n)
            default: line += glyphs.many
            }
        }
        return trimmed(line)
    }

    private func trimmed(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}
