import Trace

/// The selected task's details (Enter): creation site, parent, children, time spent in each
/// state and its state history, all as of the cursor.
enum DetailsView {
    /// The text lines (with a style each) of the details of `task`.
    static func lines(_ ctx: ViewContext, task: TaskID) -> [(String, Style)] {
        let s = ctx.session
        let state = ctx.state
        let g = ctx.g
        let info = s.trace.taskInfo(task)
        let status = state.tasks[task.index]
        var out: [(String, Style)] = []
        func field(_ name: String, _ value: String, _ style: Style = .normal) {
            out.append((name.padded(to: 10) + " " + value, style))
        }
        let kind: String
        switch info.kind {
        case .asyncioTask: kind = "asyncio task"
        case .greenlet: kind = "greenlet"
        case .tornadoCoroutine: kind = "tornado coroutine"
        case .callback: kind = "callback"
        case .thread: kind = "thread"
        case .main: kind = "main program"
        }
        field("name", "\(s.runtimeName(of: task, in: state)) (\(kind), id \(task.rawValue))")
        var now = status.state.name
        if status.state == .waiting || status.state == .blocked {
            now += ": " + s.describe(task, in: state, clock: ctx.clock, glyphs: g)
        }
        field("state", now, Style(Role.of(status.state), [.bold]))
        field("created", "line \(info.location.line) at t=\(TimeText.seconds(s.time(ofEvent: info.createdAt))), step \(s.trace.step(ofEvent: info.createdAt))")
        if info.location.line > 0 {
            out.append(("".padded(to: 11) + s.sourceLine(Int(info.location.line)).trimmingSpaces(), Style(.dim)))
        }
        field("parent", info.parent.map { ctx.name($0) } ?? "-")
        var children: [TaskID] = []
        for i in 0..<state.tasks.count where i != task.index {
            if s.trace.taskInfo(TaskID(UInt32(i))).parent == task { children.append(TaskID(UInt32(i))) }
            if children.count > 20 { break }
        }
        if !children.isEmpty {
            field("children", children.map { ctx.name($0) }.joined(separator: ", "))
        }
        if status.location.line > 0 {
            field("at", "line \(status.location.line)  " + s.sourceLine(Int(status.location.line)).trimmingSpaces())
        }

        // Time per state and history, up to the cursor.
        let cursor = ctx.viewer.cursor
        var totals: [TaskState: Int64] = [:]
        var steps = 0
        var history: [(String, Style)] = []
        for span in s.spans.spans(of: task) where span.startEvent <= cursor {
            let live = span.endEvent > cursor
            let end = live ? ctx.clock : span.endTime
            totals[span.state, default: 0] += max(0, end - span.startTime)
            if span.state == .running { steps += 1 }
            let range = TimeText.seconds(span.startTime) + (end > span.startTime || live ? " \(g.arrow) " + (live ? "now" : TimeText.seconds(end)) : "")
            var text = "  " + range.padded(to: 18) + " " + span.state.name.padded(to: 8)
            if span.state == .waiting || span.state == .blocked {
                text += " " + s.describe(span.reason, of: task, in: state, clock: end, glyphs: g)
            }
            history.append((text, Style(Role.of(span.state))))
        }
        if let (event, time) = s.spans.finish(of: task), event <= cursor, let final = s.spans.finalState(of: task) {
            history.append(("  " + TimeText.seconds(time).padded(to: 18) + " " + final.name, Style(Role.of(final), [.bold])))
        }
        let order: [TaskState] = [.running, .ready, .waiting, .blocked]
        field("time", order.map { "\($0.name) \(TimeText.seconds(totals[$0] ?? 0))" }.joined(separator: "  "))
        field("steps", "\(steps) (times it ran)")
        out.append(("", .normal))
        out.append(("history (up to t=\(TimeText.seconds(ctx.clock)))", Style(.title, [.bold])))
        out += history
        return out
    }

    static func draw(_ grid: inout Grid, _ ctx: ViewContext, task: TaskID, scroll: Int) {
        guard task.index < ctx.state.tasks.count else { return }
        let m = ctx.model
        let width = min(m.width - 4, max(76, m.width * 3 / 4))
        let content = lines(ctx, task: task)
        let height = min(m.height - 4, max(12, content.count + 2))
        let rect = Rect(x: (m.width - width) / 2, y: 2, width: width, height: height)
        let inner = View.box(&grid, rect, title: ctx.name(task), ctx.g)
        // Fields stay; the history scrolls.
        let fixed = content.firstIndex { $0.0.hasPrefix("history") }.map { $0 + 1 } ?? content.count
        let rows = inner.height
        var visible = Array(content.prefix(min(fixed, rows)))
        let historyRoom = rows - visible.count
        if historyRoom > 0 {
            let history = content.dropFirst(fixed)
            let start = min(scroll, max(0, history.count - historyRoom))
            visible += history.dropFirst(start).prefix(historyRoom)
        }
        for (i, (text, style)) in visible.enumerated() {
            View.row(&grid, inner, inner.y + i, text, style, ctx.g)
        }
    }
}

/// Full help (`?`): every key, by group.
enum HelpView {
    /// One line of help: a key column (bold) and text, or a plain line.
    struct Line {
        var key: String?
        var text: String
        var style: Style
    }

    static func lines(_ g: Glyphs) -> [Line] {
        var out: [Line] = []
        func plain(_ t: String, _ st: Style = .normal) { out.append(Line(key: nil, text: t, style: st)) }
        plain("loopscope plays an asynchronous Python program on a virtual clock.")
        plain("Arrows and vi keys both work; keys act on the cursor (the current point).", Style(.dim))
        for group in KeyMap.groups {
            plain("")
            plain(group, Style(.title, [.bold]))
            for b in KeyMap.bindings where b.group == group {
                var label = b.label
                if !g.isASCII {
                    label = label.replacingWords(["Right": g.right, "Left": g.left, "Up": g.up, "Down": g.down,
                                                  "S-Right": "S-" + g.right, "S-Left": "S-" + g.left])
                }
                out.append(Line(key: label, text: b.help, style: .normal))
            }
        }
        plain("")
        plain("Timeline", Style(.title, [.bold]))
        plain("  \(g.running) running  \(g.ready) ready  \(g.waiting) waiting  \(g.blocked) blocked (thread held)  \(g.done) done  \(g.failed) failed")
        plain("  \(g.callback) a callback ran   \(g.timerFired) a timer fired   \(g.timerPending) a timer will fire   \(g.cursorMark) the cursor")
        plain("  A step: one task resumed up to its next suspension, or one callback.", Style(.dim))
        plain("  A tick: one loop iteration. Code takes no virtual time; sleeps and timers move it.", Style(.dim))
        plain("")
        plain("Gallery", Style(.title, [.bold]))
        out.append(Line(key: g.isASCII ? "Up/Down j k" : "\(g.up)\(g.down) j k", text: "choose a scenario", style: .normal))
        out.append(Line(key: "Enter", text: "open it (b in a scenario comes back here)", style: .normal))
        return out
    }

    static func draw(_ grid: inout Grid, _ model: Model, scroll: Int) {
        let g = model.glyphs
        let content = lines(g)
        // Two columns on wide screens (split at a blank line near the middle).
        var columns: [[Line]] = [content]
        if model.width >= 150 {
            let blanks = content.indices.filter { content[$0].text.isEmpty && content[$0].key == nil }
            if let cut = blanks.min(by: { abs($0 - content.count / 2) < abs($1 - content.count / 2) }) {
                columns = [Array(content[..<cut]), Array(content[(cut + 1)...])]
            }
        }
        let tallest = columns.map(\.count).max() ?? 0
        let width = min(model.width - 2, columns.count == 2 ? 2 * 92 + 4 : 104)
        let height = min(model.height - 2, tallest + 2)
        let rect = Rect(x: (model.width - width) / 2, y: 1, width: width, height: height)
        let inner = View.box(&grid, rect, title: "help  (Esc to close, \(g.isASCII ? "Up/Down" : g.up + g.down) to scroll)", g)
        let start = min(scroll, max(0, tallest - inner.height))
        let columnWidth = columns.count == 2 ? (inner.width - 2) / 2 : inner.width
        for (c, column) in columns.enumerated() {
            let area = Rect(x: inner.x + c * (columnWidth + 2), y: inner.y, width: columnWidth, height: inner.height)
            for (i, line) in column.dropFirst(start).prefix(area.height).enumerated() {
                let y = area.y + i
                if let key = line.key {
                    let x = grid.put("  " + key.padded(to: 12), area.x, y, Style(.key, [.bold]), clip: area)
                    View.row(&grid, area, y, line.text, line.style, x: x, g)
                } else {
                    View.row(&grid, area, y, line.text, line.style, g)
                }
            }
        }
    }
}

extension String {
    /// Replaces whole space-separated words.
    func replacingWords(_ map: [String: String]) -> String {
        split(separator: " ", omittingEmptySubsequences: false).map { map[String($0)] ?? String($0) }.joined(separator: " ")
    }
}
