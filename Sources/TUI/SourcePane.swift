import Trace

/// SOURCE: the scenario's code around the focus task's line (highlighted), with a marker
/// and the names of the other tasks suspended on each line.
///
///     ─ SOURCE asyncio_gather.py:12 ─────────────────
///       11     print('코루틴 1 중단... 5초간 대기')
///     ▶ 12     await asyncio.sleep(5)          ◀ coroutine_1
///       13     print('코루틴 1 재개')
enum SourcePane {
    static func draw(_ grid: inout Grid, _ rect: Rect, _ ctx: ViewContext) {
        let s = ctx.session
        let state = ctx.state
        let g = ctx.g
        let focusLine = ctx.focus.flatMap { t -> Int? in
            t.index < state.tasks.count ? Int(state.tasks[t.index].location.line) : nil
        }.flatMap { $0 > 0 ? $0 : nil }
        let focusName = ctx.focus.map { ctx.name($0) } ?? ""
        let info = focusLine.map { "\(s.scenario.fileName):\($0)" } ?? s.scenario.fileName
        View.drawTitle(&grid, rect, Pane.source.title, info: info,
                       right: focusLine == nil ? "" : focusName, g)
        let body = rect.droppingTop(1)
        guard body.height > 0 else { return }

        // Tasks suspended on each line (not finished, not the focus).
        var suspended: [Int: [TaskID]] = [:]
        for i in 0..<state.tasks.count {
            let t = TaskID(UInt32(i))
            let st = state.tasks[i]
            guard t != ctx.focus, !st.state.isFinished, st.state != .created, st.location.line > 0 else { continue }
            if state.tasks.count > 2000 && suspended.count > 200 { break }
            suspended[Int(st.location.line), default: []].append(t)
        }

        let lines = s.sourceLines
        let count = lines.last == "" ? lines.count - 1 : lines.count
        let numberWidth = max(3, String(count).count)
        let center = focusLine ?? 1
        var first = max(1, center - body.height / 2)
        first = max(1, min(first, count - body.height + 1))
        let codeX = body.x + 2 + numberWidth + 1
        for row in 0..<body.height {
            let n = first + row
            if n > count { break }
            let y = body.y + row
            let isFocus = n == focusLine
            let here = suspended[n] ?? []
            let marker: String = isFocus ? "\(g.pointer)" : here.isEmpty ? " " : "\(g.suspended)"
            let markerRole: Role = isFocus
                ? (ctx.focus.map { state.tasks[$0.index].state == .running } ?? false ? .running : .title)
                : .waiting
            grid.put(marker, body.x, y, Style(markerRole, [.bold]), clip: body)
            grid.put(String(n).leftPadded(to: numberWidth), body.x + 2, y, Style(isFocus ? .title : .dim, isFocus ? [.bold] : []), clip: body)
            let code = lines[n - 1]
            let end = grid.put(code, codeX, y, Style(isFocus ? .highlight : .normal), clip: body)
            if isFocus {
                // The highlight runs across the whole row.
                var x = end
                while x < body.maxX {
                    grid.set(x, y, Cell(" ", Style(.highlight)))
                    x += 1
                }
            }
            if !here.isEmpty {
                let names = here.prefix(3).map { ctx.name($0) }.joined(separator: ", ")
                    + (here.count > 3 ? " +\(here.count - 3)" : "")
                let note = "\(g.isASCII ? "<-" : "◀") \(names)"
                let room = body.maxX - end - 2
                if room >= 6 {
                    let text = note.truncated(to: room, ellipsis: g.ellipsis)
                    let nx = body.maxX - text.columns
                    grid.put(text, nx, y, Style(.waiting, isFocus ? [.bold] : []), clip: body)
                }
            }
        }
    }
}

/// OUTPUT: what the program printed up to the cursor, with virtual times.
///
///     ─ OUTPUT 5 lines ─────────────
///     0.000  코루틴 1 시작
///     4.000  코루틴 2 재개
enum OutputPane {
    static func draw(_ grid: inout Grid, _ rect: Rect, _ ctx: ViewContext) {
        let s = ctx.session
        let total = s.output.lineCount(through: ctx.viewer.cursor)
        View.drawTitle(&grid, rect, Pane.output.title, info: total == 1 ? "1 line" : "\(total) lines", ctx.g)
        let body = rect.droppingTop(1)
        guard body.height > 0 else { return }
        let lines = s.output.lines(through: ctx.viewer.cursor, last: body.height)
        if lines.isEmpty {
            View.row(&grid, body, body.y, "(nothing printed yet)", Style(.dim), ctx.g)
            return
        }
        let timeWidth = lines.map { TimeText.seconds($0.startTime).count }.max() ?? 5
        for (i, line) in lines.enumerated() {
            let y = body.y + i
            let x = grid.put(TimeText.seconds(line.startTime).leftPadded(to: timeWidth) + "  ", body.x, y, Style(.dim), clip: body)
            let text = line.text.replacingCR().expandingTabs()
            View.row(&grid, body, y, text, Style(line.stream == .stderr ? .error : .normal), x: x, ctx.g)
        }
    }
}
