import Trace

/// RESOURCES: semaphores, locks, pools, queues, events and pending futures, with their
/// value and capacity, holders and waiters in order. A resource whose holders and waiters
/// do not fit on its row continues on the next rows while rows are to spare.
///
///     ─ RESOURCES 2 ─────────────────────────────────────
///     Semaphore#1  0/2 free  held by a, b  waiting: c, d, e
///     Future#1     pending  awaited by main
enum ResourcesPane {
    /// Resources worth a row at the cursor: every non-future, and futures still pending
    /// that someone holds, waits for or awaits. The libraries' own resources only while a
    /// listed task waits for them (or with `I`).
    static func shown(_ viewer: ViewerModel, _ state: TraceState) -> [ResourceID] {
        let trace = viewer.session.trace
        var awaited = Set<ResourceID>()
        for t in state.waitingTasks where viewer.showsInternals || !trace.isLibraryInternal(.task(t)) {
            for o in viewer.session.objects(of: state.tasks[t.index].reason) {
                if case .resource(let r) = o { awaited.insert(r) }
            }
        }
        var result: [ResourceID] = []
        for i in 0..<state.resources.count {
            let r = ResourceID(UInt32(i))
            let status = state.resources[i]
            if !viewer.showsInternals && trace.isLibraryInternal(.resource(r)) && !awaited.contains(r) { continue }
            if trace.resourceInfo(r).kind == .future {
                guard status.value == 0, awaited.contains(r) || status.waiterCount > 0 || status.holderCount > 0 else { continue }
            }
            result.append(r)
        }
        return result
    }

    /// A piece of a row: text and style (task names carry their task for highlighting).
    typealias Piece = (text: String, style: Style)

    /// The value of a resource in words: `0/2 free`, `locked`, `set`, `3/5 items`.
    static func value(_ r: ResourceID, _ session: Session, _ state: TraceState) -> (String, Role) {
        let info = session.trace.resourceInfo(r)
        let status = state.resources[r.index]
        switch info.kind {
        case .semaphore, .boundedSemaphore:
            return (info.capacity.map { "\(status.value)/\($0) free" } ?? "value \(status.value)", status.value == 0 ? .blocked : .normal)
        case .lock:
            return (status.holderCount > 0 || status.value != 0 ? "locked" : "unlocked", .normal)
        case .event:
            return (status.value != 0 ? "set" : "clear", .normal)
        case .condition:
            return ("", .normal)
        case .queue:
            return (info.capacity.map { "\(status.value)/\($0) items" } ?? "\(status.value) items", .normal)
        case .pool:
            return (info.capacity.map { "\(status.value)/\($0) free" } ?? "\(status.value) free", status.value == 0 ? .blocked : .normal)
        case .future:
            return (status.value != 0 ? "done" : "pending", .normal)
        case .executor:
            return (info.capacity.map { "\($0) workers" } ?? "", .normal)
        }
    }

    /// The lists of a resource: `held by a, b`, `waiting: c, d`, `awaited by main`.
    static func lists(_ r: ResourceID, _ session: Session, _ state: TraceState) -> [(String, [TaskID])] {
        let info = session.trace.resourceInfo(r)
        let status = state.resources[r.index]
        var parts: [(String, [TaskID])] = []
        if status.holderCount > 0 { parts.append(("held by", status.holders)) }
        if status.waiterCount > 0 { parts.append(("waiting:", status.waiters)) }
        if info.kind == .future {
            let awaiting = state.waitingTasks.filter { session.objects(of: state.tasks[$0.index].reason).contains(.resource(r)) }
            if !awaiting.isEmpty { parts.append(("awaited by", awaiting)) }
        }
        return parts
    }

    /// The rows of the pane for a width and (optional) height: each resource on one row,
    /// or, while rows are to spare, its lists on rows of their own.
    static func rows(_ viewer: ViewerModel, _ state: TraceState, width: Int, height: Int?) -> [(ResourceID, Int?)] {
        let s = viewer.session
        let list = shown(viewer, state)
        let labelWidth = self.labelWidth(list, s, width)
        var spare = (height ?? Int.max) - list.count
        var rows: [(ResourceID, Int?)] = []
        for r in list {
            let parts = lists(r, s, state)
            let oneLine = labelWidth + 2 + value(r, s, state).0.columns
                + parts.map { listWidth($0, s, state, cap: width) }.reduce(0, +)
            if oneLine > width && !parts.isEmpty && spare >= parts.count && list.count < 100 {
                rows.append((r, nil))
                for i in parts.indices { rows.append((r, i)) }
                spare -= parts.count
            } else {
                rows.append((r, -1))  // everything on one row
            }
        }
        return rows
    }

    /// Columns a list takes on a row (`  waiting: a, b`), counted up to `cap`.
    static func listWidth(_ list: (String, [TaskID]), _ s: Session, _ state: TraceState, cap: Int) -> Int {
        var w = 2 + list.0.columns + 1
        for t in list.1 {
            w += s.name(of: t, in: state).columns + 2
            if w > cap { break }
        }
        return w
    }

    static func labelWidth(_ list: [ResourceID], _ s: Session, _ width: Int) -> Int {
        min(list.prefix(200).map { s.label(of: $0).columns }.max() ?? 0, max(8, width / 3))
    }

    static func rowCount(_ viewer: ViewerModel, _ state: TraceState, width: Int) -> Int {
        state.resources.isEmpty ? 0 : rows(viewer, state, width: width, height: 12).count
    }

    static func draw(_ grid: inout Grid, _ rect: Rect, _ ctx: ViewContext) {
        let state = ctx.state
        let s = ctx.session
        let list = shown(ctx.viewer, state)
        View.drawTitle(&grid, rect, Pane.resources.title, info: "\(list.count)", ctx.g)
        let body = rect.droppingTop(1)
        guard body.height > 0 else { return }
        if list.isEmpty {
            View.row(&grid, body, body.y, "(none)", Style(.dim), ctx.g)
            return
        }
        let labelWidth = self.labelWidth(list, s, body.width)
        let rows = rows(ctx.viewer, state, width: body.width, height: body.height)
        var y = body.y
        for (i, (r, part)) in rows.enumerated() {
            if y >= body.maxY { break }
            if y == body.maxY - 1 && i < rows.count - 1 {
                let left = Set(rows[i...].map(\.0)).count
                View.row(&grid, body, y, "\(ctx.g.ellipsis) \(left) more", Style(.dim), ctx.g)
                break
            }
            let parts = lists(r, s, state)
            if let p = part, p >= 0 {
                // A continuation row: one list.
                drawList(&grid, body, y, body.x + 2, parts[p], ctx)
            } else {
                let selectedHere = ctx.selected.map { sel in
                    state.resources[r.index].holders.contains(sel) || state.resources[r.index].waiters.contains(sel)
                        || s.objects(of: state.tasks[sel.index].reason).contains(.resource(r))
                } ?? false
                var x = grid.put(s.label(of: r).padded(to: labelWidth, ellipsis: ctx.g.ellipsis), body.x, y,
                                 Style(.accent, selectedHere ? [.bold, .underline] : [.bold]), clip: body)
                let (text, role) = value(r, s, state)
                if !text.isEmpty {
                    x = grid.put("  ", x, y, .normal, clip: body)
                    x = grid.put(text, x, y, Style(role), clip: body)
                }
                if part == -1 {
                    let full = parts.map { listWidth($0, s, state, cap: body.width) }.reduce(0, +)
                    if x + full <= body.maxX {
                        for list in parts {
                            x = grid.put("  ", x, y, .normal, clip: body)
                            x = drawList(&grid, body, y, x, list, ctx)
                        }
                    } else {
                        // No room for the names: how many (Enter on a task shows more).
                        let counts = parts.map { p -> String in
                            p.0 == "held by" ? "\(p.1.count) holding" : p.0 == "waiting:" ? "\(p.1.count) waiting" : "\(p.1.count) awaiting"
                        }.joined(separator: ", ")
                        grid.put("  " + counts, x, y, Style(.dim), clip: body)
                    }
                }
            }
            y += 1
        }
    }

    /// `waiting: c, d, +3`: the names that fit, then how many more.
    @discardableResult
    static func drawList(_ grid: inout Grid, _ body: Rect, _ y: Int, _ x0: Int, _ list: (String, [TaskID]), _ ctx: ViewContext) -> Int {
        var x = grid.put(list.0 + " ", x0, y, Style(.dim), clip: body)
        for (i, t) in list.1.enumerated() {
            let name = ctx.name(t)
            let rest = list.1.count - i
            let sep = i > 0 ? ", " : ""
            let more = rest > 1 ? ", +\(rest - 1)".columns : 0
            if x + sep.columns + name.columns + more > body.maxX {
                x = grid.put(sep + "+\(rest)", x, y, Style(.dim), clip: body)
                break
            }
            x = grid.put(sep, x, y, Style(.dim), clip: body)
            x = grid.put(name, x, y, ctx.taskStyle(t), clip: body)
        }
        return x
    }
}
