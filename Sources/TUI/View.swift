import Trace

/// What every pane needs to draw itself: the model and what is derived from it once per
/// frame.
struct ViewContext {
    let model: Model
    let viewer: ViewerModel
    let state: TraceState
    let g: Glyphs
    /// The task the source pane follows (selection, else running, else current step's).
    let focus: TaskID?
    let selected: TaskID?

    var session: Session { viewer.session }
    var clock: Int64 { viewer.clock }

    func name(_ t: TaskID) -> String { session.name(of: t, in: state) }

    /// The style of a task's name: its state's colour, reversed when selected.
    func taskStyle(_ t: TaskID) -> Style {
        let role = t.index < state.tasks.count ? Role.of(state.tasks[t.index].state) : .normal
        return Style(role == .done ? .dim : role, t == selected ? [.reverse] : [])
    }
}

/// The view: draws a model into a grid. Pure: the same model gives the same grid.
public enum View {
    public static func render(_ model: Model) -> Grid {
        var grid = Grid(width: model.width, height: model.height)
        if model.isTooSmall {
            drawTooSmall(&grid, model)
            return grid
        }
        switch model.screen {
        case .picker:
            PickerView.draw(&grid, model)
        case .viewer:
            if let viewer = model.viewer { drawViewer(&grid, model, viewer) }
        }
        if case .help(let scroll) = model.overlay { HelpView.draw(&grid, model, scroll: scroll) }
        return grid
    }

    static func drawViewer(_ grid: inout Grid, _ model: Model, _ viewer: ViewerModel) {
        let state = viewer.state
        // A task selected later in the run does not exist yet at an earlier cursor.
        let selected = viewer.selected.flatMap { $0.index < state.tasks.count ? $0 : nil }
        let ctx = ViewContext(model: model, viewer: viewer, state: state, g: model.glyphs,
                              focus: viewer.focusTask, selected: selected)
        let layout = Layout.compute(model)
        HeaderView.draw(&grid, layout.header, ctx)
        if let sep = layout.separator {
            for y in sep.y..<sep.maxY { grid.set(sep.x, y, Cell(ctx.g.vertical, Style(.border))) }
        }
        for (pane, rect) in layout.panes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            switch pane {
            case .ready: ReadyPane.draw(&grid, rect, ctx)
            case .waiting: WaitingPane.draw(&grid, rect, ctx)
            case .resources: ResourcesPane.draw(&grid, rect, ctx)
            case .timeline: TimelinePane.draw(&grid, rect, ctx)
            case .source: SourcePane.draw(&grid, rect, ctx)
            case .output: OutputPane.draw(&grid, rect, ctx)
            }
        }
        if layout.panes.isEmpty {
            let text = "every pane is hidden: press 1-6 to show one again"
            grid.put(text, max(0, (model.width - text.columns) / 2), model.height / 2, Style(.dim))
        }
        if case .details(let scroll) = model.overlay, let task = selected {
            DetailsView.draw(&grid, ctx, task: task, scroll: scroll)
        }
        FooterView.draw(&grid, layout.footer, model, ctx.g)
    }

    static func drawTooSmall(_ grid: inout Grid, _ model: Model) {
        let lines = [
            "loopscope needs a terminal of at least \(Model.minimumWidth)x\(Model.minimumHeight)",
            "(this one is \(model.width)x\(model.height)).",
            "Enlarge the window, or press q to quit.",
        ]
        let top = max(0, (model.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < model.height {
            let text = line.truncated(to: model.width, ellipsis: model.glyphs.ellipsis)
            grid.put(text, max(0, (model.width - text.columns) / 2), top + i, Style(i == 0 ? .warning : .normal, i == 0 ? [.bold] : []))
        }
    }

    /// A pane's title row: `─ TITLE info ───────── right ─`.
    static func drawTitle(_ grid: inout Grid, _ rect: Rect, _ title: String, info: String = "",
                          right: String = "", _ g: Glyphs) {
        guard rect.height > 0, rect.width > 0 else { return }
        let y = rect.y
        grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), g.horizontal, Style(.border))
        var x = grid.put("\(g.horizontal) ", rect.x, y, Style(.border), clip: rect)
        x = grid.put(title, x, y, Style(.title, [.bold]), clip: rect)
        if !info.isEmpty {
            x = grid.put(" ", x, y, Style(.border), clip: rect)
            let room = rect.maxX - x - 2
            x = grid.put(info.truncated(to: room, ellipsis: g.ellipsis), x, y, Style(.dim), clip: rect)
        }
        x = grid.put(" ", x, y, Style(.border), clip: rect)
        if !right.isEmpty {
            let room = rect.maxX - x - 2
            if room >= 8 {
                let text = right.truncated(to: room, ellipsis: g.ellipsis)
                let rx = rect.maxX - 1 - text.columns - 1
                grid.put(" ", rx - 1, y, Style(.border), clip: rect)
                grid.put(text, rx, y, Style(.dim), clip: rect)
                grid.put(" ", rx + text.columns, y, Style(.border), clip: rect)
            }
        }
    }

    /// Writes `text` in a row of `rect`, padded or cut to its width.
    @discardableResult
    static func row(_ grid: inout Grid, _ rect: Rect, _ y: Int, _ text: String, _ style: Style = .normal,
                    x: Int? = nil, _ g: Glyphs) -> Int {
        let x0 = x ?? rect.x
        let room = rect.maxX - x0
        guard room > 0 else { return x0 }
        return grid.put(text.truncated(to: room, ellipsis: g.ellipsis), x0, y, style, clip: rect)
    }

    /// A framed box for overlays: border, title, cleared inside. Returns the inner rectangle.
    static func box(_ grid: inout Grid, _ rect: Rect, title: String, _ g: Glyphs) -> Rect {
        let corners: (Character, Character, Character, Character) = g.isASCII ? ("+", "+", "+", "+") : ("┌", "┐", "└", "┘")
        grid.fill(rect, " ")
        for x in rect.x..<rect.maxX {
            grid.set(x, rect.y, Cell(g.horizontal, Style(.border)))
            grid.set(x, rect.maxY - 1, Cell(g.horizontal, Style(.border)))
        }
        for y in rect.y..<rect.maxY {
            grid.set(rect.x, y, Cell(g.vertical, Style(.border)))
            grid.set(rect.maxX - 1, y, Cell(g.vertical, Style(.border)))
        }
        grid.set(rect.x, rect.y, Cell(corners.0, Style(.border)))
        grid.set(rect.maxX - 1, rect.y, Cell(corners.1, Style(.border)))
        grid.set(rect.x, rect.maxY - 1, Cell(corners.2, Style(.border)))
        grid.set(rect.maxX - 1, rect.maxY - 1, Cell(corners.3, Style(.border)))
        grid.put(" \(title) ", rect.x + 2, rect.y, Style(.title, [.bold]), clip: rect.inset(1, 0))
        return rect.inset(2, 1)
    }
}
