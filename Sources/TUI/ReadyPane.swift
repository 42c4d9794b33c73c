import Trace

/// READY: the running task, then the ready queue in the order it will run (tasks and
/// plain callbacks interleaved as they were queued).
///
///     ─ READY 2 ───────────────────
///     ▶ coroutine_2        running
///      1 coroutine_1
///      2 ◆ gather.<locals>._done_callback
enum ReadyPane {
    static func draw(_ grid: inout Grid, _ rect: Rect, _ ctx: ViewContext) {
        let state = ctx.state
        let queue = state.readyQueue
        let entries = queue.filter { entry in
            guard case .task(let t) = entry else { return true }
            return ctx.viewer.listed(t, state)
        }
        View.drawTitle(&grid, rect, Pane.ready.title, info: "\(queue.count)",
                       right: ctx.state.running.map { _ in "1 running" } ?? "", ctx.g)
        let body = rect.droppingTop(1)
        guard body.height > 0 else { return }
        var y = body.y
        if let r = state.running {
            let x = grid.put("\(ctx.g.pointer) ", body.x, y, Style(.running, [.bold]), clip: body)
            let name = ctx.name(r)
            let x2 = View.row(&grid, body, y, name, ctx.taskStyle(r).with(.bold), x: x, ctx.g)
            View.row(&grid, body, y, "  running", Style(.running), x: x2, ctx.g)
            y += 1
        }
        if entries.isEmpty && state.running == nil {
            if y < body.maxY {
                View.row(&grid, body, y, state.tasks.isEmpty ? "(nothing yet)" : "(empty)", Style(.dim), ctx.g)
            }
            return
        }
        let room = body.maxY - y
        let numberWidth = String(entries.count).count
        for (i, entry) in entries.enumerated() {
            if y >= body.maxY { break }
            if i == room - 1 && entries.count > room {
                View.row(&grid, body, y, "\(ctx.g.ellipsis) \(entries.count - i) more", Style(.dim), ctx.g)
                break
            }
            let number = String(i + 1).leftPadded(to: numberWidth)
            var x = grid.put(" \(number) ", body.x, y, Style(.dim), clip: body)
            switch entry {
            case .task(let t):
                x = View.row(&grid, body, y, ctx.name(t), ctx.taskStyle(t), x: x, ctx.g)
                let runtimeName = ctx.session.runtimeName(of: t, in: state)
                if runtimeName != ctx.name(t) && !ctx.name(t).contains("#") {
                    View.row(&grid, body, y, "  \(runtimeName)", Style(.dim), x: x, ctx.g)
                }
            case .callback(let h):
                x = grid.put("\(ctx.g.callback) ", x, y, Style(.marker), clip: body)
                View.row(&grid, body, y, ctx.session.callbackLabel(h), Style(.normal), x: x, ctx.g)
            }
            y += 1
        }
    }
}

/// WAITING: every waiting or blocked task with what it waits for (blocked ones first). A
/// reason too long for the pane continues on the next row while rows are to spare.
///
///     ─ WAITING 2 ─────────────────────────────
///     main         gather(coroutine_1, coroutine_2✓)
///     coroutine_1  sleep → 5.000 (1.000 left)
enum WaitingPane {
    struct Row {
        var task: TaskID
        /// The name column (nil on a continuation row).
        var showName: Bool
        var text: String
    }

    static func tasks(_ viewer: ViewerModel, _ state: TraceState) -> [TaskID] {
        var tasks = state.waitingTasks.filter { viewer.listed($0, state) }
        tasks.sort { a, b in
            let ba = state.tasks[a.index].state == .blocked, bb = state.tasks[b.index].state == .blocked
            return ba != bb ? ba : a < b
        }
        return tasks
    }

    static func nameWidth(_ viewer: ViewerModel, _ state: TraceState, _ tasks: [TaskID], _ width: Int) -> Int {
        min(max(tasks.prefix(200).map { viewer.session.name(of: $0, in: state).columns }.max() ?? 0, 4), max(8, width / 3))
    }

    /// The rows for `tasks` in a pane `width` wide with `height` rows (nil: unlimited).
    /// Only these tasks' reasons are computed, so a pane over 100,000 waiting tasks costs
    /// what its visible rows cost.
    static func rows(_ viewer: ViewerModel, _ state: TraceState, _ g: Glyphs, tasks: ArraySlice<TaskID>,
                     nameWidth nw: Int, width: Int, height: Int?) -> [Row] {
        let room = max(8, width - nw - 2)
        var spare = (height ?? Int.max) - tasks.count
        var rows: [Row] = []
        for t in tasks {
            if let h = height, rows.count >= h { break }
            let reason = viewer.session.describe(t, in: state, clock: viewer.clock, glyphs: g)
            var parts = [reason]
            if reason.columns > room && spare > 0 {
                parts = wrap(reason, room, maxLines: 1 + spare)
                spare -= parts.count - 1
            }
            for (i, p) in parts.enumerated() { rows.append(Row(task: t, showName: i == 0, text: p)) }
        }
        return rows
    }

    /// Rows the pane would like (for the layout), at most `limit`.
    static func wantedRows(_ viewer: ViewerModel, _ state: TraceState, _ g: Glyphs, width: Int, limit: Int) -> Int {
        let tasks = tasks(viewer, state)
        let nw = nameWidth(viewer, state, tasks, width)
        return rows(viewer, state, g, tasks: tasks.prefix(limit), nameWidth: nw, width: width, height: limit).count
    }

    /// Splits text at ", " or spaces into lines of at most `width` columns.
    static func wrap(_ text: String, _ width: Int, maxLines: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var used = 0
        var lastBreak: (index: String.Index, used: Int)?
        for c in text {
            let w = WideChar.width(c)
            if used + w > width && lines.count < maxLines - 1 {
                if let b = lastBreak {
                    lines.append(String(current[..<b.index]).trimmingSpaces())
                    current = String(current[b.index...])
                    used -= b.used
                } else {
                    lines.append(current)
                    current = ""
                    used = 0
                }
                lastBreak = nil
            }
            current.append(c)
            used += w
            if c == " " { lastBreak = (current.endIndex, used) }
        }
        lines.append(current.trimmingSpaces())
        return lines
    }

    static func draw(_ grid: inout Grid, _ rect: Rect, _ ctx: ViewContext) {
        let state = ctx.state
        let blocked = state.count(of: .blocked)
        View.drawTitle(&grid, rect, Pane.waiting.title, info: "\(state.count(of: .waiting) + blocked)",
                       right: blocked > 0 ? "\(blocked) blocked" : "", ctx.g)
        let body = rect.droppingTop(1)
        guard body.height > 0 else { return }
        let tasks = tasks(ctx.viewer, state)
        if tasks.isEmpty {
            View.row(&grid, body, body.y, "(none)", Style(.dim), ctx.g)
            return
        }
        let nw = nameWidth(ctx.viewer, state, tasks, body.width)
        // Keep the selected task in view.
        var first = 0
        if let s = ctx.selected, let i = tasks.firstIndex(of: s), i >= body.height - 1 {
            first = max(0, min(i - body.height / 2, tasks.count - body.height + 1))
        }
        let rows = rows(ctx.viewer, state, ctx.g, tasks: tasks[first...], nameWidth: nw, width: body.width, height: body.height)
        var y = body.y
        for (i, row) in rows.enumerated() {
            if y >= body.maxY { break }
            let before = Set(rows[..<i].map(\.task)).count
            if y == body.maxY - 1 && (i < rows.count - 1 || first + before + 1 < tasks.count) {
                let left = tasks.count - first - before
                View.row(&grid, body, y, "\(ctx.g.ellipsis) \(left) more", Style(.dim), ctx.g)
                break
            }
            let t = row.task
            var x = body.x + nw + 2
            if row.showName {
                x = grid.put(ctx.name(t).padded(to: nw, ellipsis: ctx.g.ellipsis), body.x, y, ctx.taskStyle(t), clip: body)
                x = grid.put("  ", x, y, .normal, clip: body)
            }
            let isBlocked = state.tasks[t.index].state == .blocked
            View.row(&grid, body, y, row.text, Style(isBlocked ? .blocked : .normal, t == ctx.selected ? [.bold] : []), x: x, ctx.g)
            y += 1
        }
    }
}
