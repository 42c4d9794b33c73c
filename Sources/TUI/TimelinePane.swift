import Trace

/// TIMELINE: one row per task, bars over virtual time (or steps) up to the cursor; a row
/// of loop markers (callbacks run, timers fired and pending); an axis with labels.
///
///     ─ TIMELINE 0 – 5.000s ──────── █ running ▒ ready ─ waiting ▓ blocked · done ─
///       main         █──────────────────────────────────────────
///       coroutine_1  █───────────────────────────────────────
///       coroutine_2  █───────────────────────────────█·······
///       timers/cbs                                   ▲◆     △
///       t            0         1         2         3         4
enum TimelinePane {
    /// Where the bars go and what they show.
    struct Geometry {
        var labelX: Int
        var labelWidth: Int
        var barX: Int
        var barWidth: Int
        var window: AxisWindow
        var axis: Axis

        /// The column (0-based, within the bars) of an axis position, nil outside.
        func column(_ p: Int64) -> Int? {
            guard p >= window.start, p <= window.start + window.span else { return nil }
            let c = Int((Double(p - window.start) * Double(barWidth) / Double(window.span)).rounded(.down))
            return min(c, barWidth - 1)
        }

        /// The last column that begins before `p` (for an end-exclusive span).
        func lastColumn(before p: Int64) -> Int {
            let exact = Double(p - window.start) * Double(barWidth) / Double(window.span)
            return min(barWidth, Int(exact.rounded(.up)) - 1)
        }

        /// Like `column`, clamped to the bars (for spans that start or end outside).
        func clampedColumn(_ p: Int64) -> Int {
            if p <= window.start { return p == window.start ? 0 : -1 }
            if p > window.start + window.span { return barWidth }
            return column(p) ?? barWidth
        }
    }

    static func priority(_ s: TaskState) -> UInt8 {
        switch s {
        case .failed: return 7
        case .running: return 6
        case .blocked: return 5
        case .ready: return 4
        case .waiting: return 3
        case .done, .cancelled: return 2
        case .created: return 0
        }
    }

    static func draw(_ grid: inout Grid, _ rect: Rect, _ ctx: ViewContext) {
        let v = ctx.viewer
        let s = ctx.session
        let g = ctx.g
        let tasks = v.visibleTasks(ctx.state)
        let hasMarkers = !s.callbackRuns.isEmpty || !s.timers.isEmpty
        let window = v.window ?? AxisWindow(start: 0, span: s.axisEnd(v.axis, clock: v.clock))
        let maxName = tasks.prefix(500).map { ctx.name($0).columns }.max() ?? 4
        let labelWidth = min(max(maxName, 10), max(10, min(24, rect.width / 4)))
        let geo = Geometry(labelX: rect.x + 2, labelWidth: labelWidth, barX: rect.x + 2 + labelWidth + 1,
                           barWidth: max(1, rect.maxX - (rect.x + 2 + labelWidth + 1) - 1), window: window, axis: v.axis)

        // Title: range and legend.
        let range = v.axis == .time
            ? "\(TimeText.seconds(window.start))\(g.isASCII ? "-" : "–")\(TimeText.seconds(window.start + window.span))s"
            : "steps \(window.start)\(g.isASCII ? "-" : "–")\(window.start + window.span)"
        let zoom = v.window == nil ? "" : " (zoomed)"
        let legendItems: [(Character, String, Role)] = [
            (g.running, "running", .running), (g.ready, "ready", .ready), (g.waiting, "waiting", .waiting),
            (g.blocked, "blocked", .blocked), (g.done, "done", .done), (g.callback, "callback", .marker),
            (g.timerFired, "timer", .marker),
        ]
        View.drawTitle(&grid, rect, Pane.timeline.title, info: range + zoom, g)
        drawLegend(&grid, rect, legendItems, g)

        let body = rect.droppingTop(1)
        let axisY = body.maxY - 1
        let markerY = hasMarkers ? axisY - 1 : nil
        let rows = max(0, (markerY ?? axisY) - body.y)
        guard body.height >= 2 else { return }

        // Limit: the cursor.
        let limit = v.axis == .time ? v.clock : Int64(ctx.state.step)
        let cursorColumn = geo.column(limit)

        // Rows, scrolled to keep the selection in view.
        var first = 0
        if tasks.count > rows, let sel = v.selected, let i = tasks.firstIndex(of: sel) {
            first = min(max(0, i - rows / 2), tasks.count - rows)
        }
        let shown = Array(tasks.dropFirst(first).prefix(rows))
        for (i, t) in shown.enumerated() {
            let y = body.y + i
            drawLabel(&grid, y, t, geo, ctx, moreAbove: i == 0 && first > 0,
                      moreBelow: i == shown.count - 1 && first + rows < tasks.count)
            drawBars(&grid, y, t, geo, ctx, limit: limit, cursorColumn: cursorColumn)
        }
        if tasks.isEmpty && rows > 0 {
            grid.put(v.filter.isEmpty ? "(no tasks yet)" : "(no task matches \"\(v.filter)\")", geo.labelX, body.y, Style(.dim))
        }
        // Empty rows between the tasks and the axis still show the cursor line.
        if let c = cursorColumn {
            for y in (body.y + shown.count)..<(markerY ?? axisY) {
                grid.set(geo.barX + c, y, Cell(g.cursor, Style(.cursor)))
            }
        }
        if let my = markerY { drawMarkers(&grid, my, geo, ctx, cursorColumn: cursorColumn) }
        drawAxis(&grid, axisY, geo, ctx, cursorColumn: cursorColumn)
    }

    static func drawLegend(_ grid: inout Grid, _ rect: Rect, _ items: [(Character, String, Role)], _ g: Glyphs) {
        // Full words when they fit, else short ones, else only the states.
        let short = ["running": "run", "ready": "ready", "waiting": "wait", "blocked": "block", "done": "done",
                     "callback": "cb", "timer": "timer"]
        for variant in 0..<3 {
            var parts: [(Character, String, Role)] = items
            if variant >= 1 { parts = parts.map { ($0.0, short[$0.1] ?? $0.1, $0.2) } }
            if variant == 2 { parts = Array(parts.prefix(5)) }
            let width = parts.map { 1 + 1 + $0.1.columns + 1 }.reduce(0, +)
            // Leave the title (about 34 columns) visible.
            if width + 36 <= rect.width {
                var x = rect.maxX - 1 - width
                grid.put(" ", x - 1, rect.y, Style(.border))
                for (glyph, word, role) in parts {
                    grid.set(x, rect.y, Cell(glyph, Style(role)))
                    x = grid.put(" \(word) ", x + 1, rect.y, Style(.dim))
                }
                return
            }
        }
    }

    static func drawLabel(_ grid: inout Grid, _ y: Int, _ t: TaskID, _ geo: Geometry, _ ctx: ViewContext,
                          moreAbove: Bool, moreBelow: Bool) {
        let selected = t == ctx.selected
        let x = geo.labelX - 2
        if selected {
            grid.put("\(ctx.g.pointer) ", x, y, Style(.title, [.bold]))
        } else if moreAbove || moreBelow {
            grid.put(moreAbove ? ctx.g.up : ctx.g.down, x, y, Style(.dim))
        }
        let name = ctx.name(t).padded(to: geo.labelWidth, ellipsis: ctx.g.ellipsis)
        grid.put(name, geo.labelX, y, ctx.taskStyle(t))
    }

    static func drawBars(_ grid: inout Grid, _ y: Int, _ t: TaskID, _ geo: Geometry, _ ctx: ViewContext,
                         limit: Int64, cursorColumn: Int?) {
        let s = ctx.session
        let cursor = ctx.viewer.cursor
        var best = [UInt8](repeating: 0, count: geo.barWidth)
        var state = [TaskState](repeating: .created, count: geo.barWidth)
        func mark(_ from: Int, _ to: Int, _ st: TaskState) {
            let a = max(0, from), b = min(geo.barWidth - 1, to)
            guard a <= b else { return }
            let p = priority(st)
            for c in a...b where p > best[c] {
                best[c] = p
                state[c] = st
            }
        }
        func pos(_ event: Int, _ time: Int64) -> Int64 {
            geo.axis == .time ? time : Int64(s.trace.step(ofEvent: event))
        }
        for span in s.spans.spans(of: t) {
            if span.startEvent > cursor { break }
            if span.state == .created { continue }
            let start = pos(span.startEvent, span.startTime)
            let live = span.endEvent > cursor || span.endEvent >= s.count
            let end = live ? limit : pos(span.endEvent, span.endTime)
            if end < geo.window.start || start > geo.window.start + geo.window.span { continue }
            let c0 = geo.clampedColumn(start)
            // A span [start, end) covers the columns up to end's (exclusive) unless it is an
            // instant or still going on at the cursor.
            let c1 = live || end == start ? geo.clampedColumn(end) : max(c0, geo.lastColumn(before: end))
            mark(c0, c1, span.state)
        }
        if let (event, time) = s.spans.finish(of: t), event <= cursor, let final = s.spans.finalState(of: t) {
            let f = geo.clampedColumn(pos(event, time))
            mark(f, f, final)
            let last = cursorColumn ?? (limit > geo.window.start + geo.window.span ? geo.barWidth - 1 : -1)
            if f + 1 <= last { mark(f + 1, last, .done) }
        }
        for c in 0..<geo.barWidth {
            let x = geo.barX + c
            if best[c] == 0 {
                if c == cursorColumn { grid.set(x, y, Cell(ctx.g.cursor, Style(.cursor))) }
                continue
            }
            let st = state[c]
            let glyph = ctx.g.bar(st)
            grid.set(x, y, Cell(glyph, Style(Role.of(st), c == cursorColumn ? [.bold] : [])))
        }
    }

    static func drawMarkers(_ grid: inout Grid, _ y: Int, _ geo: Geometry, _ ctx: ViewContext, cursorColumn: Int?) {
        let s = ctx.session
        let cursor = ctx.viewer.cursor
        let label = s.timers.isEmpty ? "callbacks" : s.callbackRuns.isEmpty ? "timers" : "timers/cbs"
        grid.put(label.padded(to: geo.labelWidth), geo.labelX, y, Style(.dim))
        // What each column shows: a few bytes per column, so that marking a column (once
        // per timer, up to millions) copies no Character.
        enum Mark: UInt8 { case none, callback, fired, pending }
        var marks = [Mark](repeating: .none, count: geo.barWidth)
        // Callbacks that ran (binary search to the window's start on the time axis).
        let runs = s.callbackRuns
        var lo = 0, hi = runs.count
        if geo.axis == .time {
            while lo < hi {
                let mid = (lo + hi) / 2
                if runs[mid].time < geo.window.start { lo = mid + 1 } else { hi = mid }
            }
        } else {
            lo = 0
        }
        var i = lo
        while i < runs.count, runs[i].event <= cursor {
            let p = geo.axis == .time ? runs[i].time : Int64(runs[i].step)
            if p > geo.window.start + geo.window.span { break }
            if let c = geo.column(p) { marks[c] = .callback }
            i += 1
        }
        let timers = s.timerMarks(window: geo.window, width: geo.barWidth, axis: geo.axis, column: geo.column)
        for c in 0..<geo.barWidth {
            if timers.fired(c, cursor: cursor) {
                marks[c] = .fired
            } else if marks[c] == .none, timers.pending(c, cursor: cursor) {
                marks[c] = .pending
            }
        }
        for c in 0..<geo.barWidth {
            switch marks[c] {
            case .callback: grid.set(geo.barX + c, y, Cell(ctx.g.callback, Style(.marker, [.bold])))
            case .fired: grid.set(geo.barX + c, y, Cell(ctx.g.timerFired, Style(.marker, [.bold])))
            case .pending: grid.set(geo.barX + c, y, Cell(ctx.g.timerPending, Style(.marker, [])))
            case .none:
                if c == cursorColumn { grid.set(geo.barX + c, y, Cell(ctx.g.cursor, Style(.cursor))) }
            }
        }
    }

    static func drawAxis(_ grid: inout Grid, _ y: Int, _ geo: Geometry, _ ctx: ViewContext, cursorColumn: Int?) {
        grid.put((geo.axis == .time ? "time" : "step").padded(to: geo.labelWidth), geo.labelX, y, Style(.dim))
        // The cursor's own label (▲4.000, or 4.000▲ near the right end) first; tick labels
        // keep clear of it.
        var taken: Range<Int>?
        if let c = cursorColumn {
            let value = geo.axis == .time ? TimeText.seconds(ctx.clock) : "#\(ctx.state.step)"
            let mark = String(ctx.g.cursorMark)
            if c + 1 + value.columns <= geo.barWidth {
                grid.put(mark + value, geo.barX + c, y, Style(.cursor, [.bold]))
                taken = c..<(c + 1 + value.columns)
            } else {
                let start = max(0, c - value.columns)
                grid.put(value + mark, geo.barX + start, y, Style(.cursor, [.bold]))
                taken = start..<(c + 1)
            }
        }
        let w = geo.window
        let minimum = Double(w.span) * 9 / Double(geo.barWidth)
        let step = max(1, TimeText.niceStep(atLeast: minimum))
        var v = (w.start + step - 1) / step * step
        var nextFree = 0
        while v <= w.start + w.span {
            if let c = geo.column(v) {
                let text = geo.axis == .time ? TimeText.axisLabel(v) : String(v)
                let range = c..<(c + text.columns)
                let clear = taken.map { range.upperBound + 1 <= $0.lowerBound || range.lowerBound >= $0.upperBound + 1 } ?? true
                if c >= nextFree && range.upperBound <= geo.barWidth && clear {
                    grid.put(text, geo.barX + c, y, Style(.dim))
                    nextFree = range.upperBound + 1
                }
            }
            v += step
        }
    }
}
