import Trace

/// The top bar: file, runtime, virtual time, step and tick counters, play state and speed.
///
///     loopscope  asyncio_gather.py (asyncio)  t=4.000s  step 5/9  tick 4/8   ❚❚ paused 1x  finished
enum HeaderView {
    static func draw(_ grid: inout Grid, _ rect: Rect, _ ctx: ViewContext) {
        let v = ctx.viewer
        let s = ctx.session
        let trace = s.trace
        let bar = Style(.header)
        grid.fill(rect, " ", bar)
        let more = s.isComplete ? "" : "+"
        let time = "t=\(TimeText.seconds(v.clock))s"
        let step = "step \(ctx.state.step)/\(trace.step)\(more)"
        let tick = "tick \(ctx.state.tick)/\(trace.tick)\(more)"
        var status: String
        var statusStyle = bar
        if let ending = s.source.ending {
            status = ending.summary
            if ending.isFailure { statusStyle = Style(.header, [.bold]) }
        } else {
            status = "running\(ctx.g.ellipsis)"
        }
        if let t = v.pendingTime { status = "waiting for t=\(TimeText.seconds(t))\(ctx.g.ellipsis)" }
        if v.pendingAction == .end, !s.isComplete {
            // G on a long run: how far the engine has got (the step counter shows the rest).
            status = "to the end\(ctx.g.ellipsis) t=\(TimeText.seconds(trace.time))s"
        }
        if !v.filter.isEmpty { status = "filter \"\(v.filter)\"  " + status }

        let file = "\(s.scenario.fileName) (\(s.runtime))"
        // The right side: full, then shorter.
        let rightVariants = [
            (v.playing ? "\(ctx.g.playing) playing \(v.rateLabel)" : "\(ctx.g.paused) paused \(v.rateLabel)", status),
            ("\(v.playing ? ctx.g.playing : ctx.g.paused) \(v.rateLabel)", status),
        ]
        // The left side drops detail while it does not fit: first the product name, then
        // the tick counter; the file name is shortened last.
        var left: [(String, Style)] = [
            (" loopscope ", Style(.header, [.bold])), (" " + file + " ", bar), (" " + time + " ", Style(.header, [.bold])),
            (" " + step + " ", bar), (" " + tick + " ", bar),
        ]
        func width(_ parts: [(String, Style)]) -> Int { parts.map { $0.0.columns }.reduce(0, +) }
        var right = rightVariants[0]
        func rightWidth(_ r: (String, String)) -> Int { r.0.columns + 2 + r.1.columns + 1 }
        if width(left) + rightWidth(right) + 1 > rect.width { right = rightVariants[1] }
        if width(left) + rightWidth(right) + 1 > rect.width { left.remove(at: 0) }
        if width(left) + rightWidth(right) + 1 > rect.width { left.remove(at: left.count - 1) }
        let over = width(left) + rightWidth(right) + 1 - rect.width
        if over > 0, let i = left.firstIndex(where: { $0.0 == " " + file + " " }) {
            let room = max(8, file.columns - over)
            left[i].0 = " " + file.truncated(to: room, ellipsis: ctx.g.ellipsis) + " "
        }
        var x = rect.x
        for (part, style) in left {
            x = grid.put(part, x, rect.y, style, clip: rect)
        }
        let rx = rect.maxX - rightWidth(right)
        if rx >= x {
            let px = grid.put(right.0, rx, rect.y, Style(.header, v.playing ? [.bold] : []), clip: rect)
            grid.put("  " + right.1 + " ", px, rect.y, statusStyle, clip: rect)
        }
    }
}

/// The bottom line: key hints, a message, or the prompt being typed.
enum FooterView {
    /// Cuts the middle of a path in a message, so its start and its file name both show.
    static func middleTruncated(_ text: String, _ width: Int, _ ellipsis: String) -> String {
        guard text.columns > width, let slash = text.firstIndex(of: "/"), width > 20 else {
            return text.truncated(to: width, ellipsis: ellipsis)
        }
        let head = String(text[..<slash])
        let tailRoom = width - head.columns - ellipsis.columns
        guard tailRoom > 8 else { return text.truncated(to: width, ellipsis: ellipsis) }
        var tail = ""
        for c in text.reversed() {
            if tail.columns + WideChar.width(c) > tailRoom { break }
            tail.insert(c, at: tail.startIndex)
        }
        return head + ellipsis + tail
    }

    static func draw(_ grid: inout Grid, _ rect: Rect, _ model: Model, _ g: Glyphs) {
        grid.fill(rect, " ")
        if case .prompt(let kind, let text) = model.overlay {
            let label = kind == .gotoTime ? "go to time (4, 4.5s, 250ms, #12 for a step): " : "filter tasks by name: "
            let x = grid.put(label, rect.x, rect.y, Style(.prompt, [.bold]), clip: rect)
            let room = rect.maxX - x - 1
            var shown = text
            while shown.columns > room { shown.removeFirst() }
            let end = grid.put(shown, x, rect.y, Style(.prompt), clip: rect)
            grid.set(end, rect.y, Cell(" ", Style(.prompt, [.reverse])))  // the caret
            return
        }
        if let m = model.message {
            grid.put(" " + middleTruncated(m.text, rect.width - 2, g.ellipsis), rect.x, rect.y,
                     Style(m.isError ? .error : .accent, [.bold]), clip: rect)
            return
        }
        let hints: [(key: String, text: String)]
        if model.screen == .picker {
            hints = [(g.isASCII ? "Up/Down" : "\(g.up)\(g.down)", "choose"), (g.isASCII ? "Enter" : g.enter, "open"),
                     ("?", "help"), ("q", "quit")]
        } else if case .help = model.overlay {
            hints = [(g.isASCII ? "Up/Down" : "\(g.up)\(g.down)", "scroll"), ("Esc", "close")]
        } else if case .details = model.overlay {
            hints = [(g.isASCII ? "Up/Down" : "\(g.up)\(g.down)", "task"), (g.isASCII ? "Left/Right" : "\(g.left)\(g.right)", "step"),
                     ("PgUp PgDn", "scroll"), ("Esc", "close")]
        } else {
            hints = KeyMap.footer(g)
        }
        // The last hints (help, quit) always show; the others as many as fit, in order.
        func width(_ h: (key: String, text: String)) -> Int { h.key.columns + 1 + h.text.columns + 2 }
        let fixed = hints.count > 2 ? Array(hints.suffix(2)) : []
        var room = rect.width - 1 - fixed.map(width).reduce(0, +)
        var shown: [(key: String, text: String)] = []
        for h in hints.dropLast(fixed.count) {
            if width(h) > room { break }
            shown.append(h)
            room -= width(h)
        }
        var x = rect.x + 1
        for (key, text) in shown + fixed {
            if x + width((key, text)) > rect.maxX + 2 { break }
            x = grid.put(key, x, rect.y, Style(.key, [.bold]), clip: rect)
            x = grid.put(" " + text + "  ", x, rect.y, Style(.dim), clip: rect)
        }
    }
}
