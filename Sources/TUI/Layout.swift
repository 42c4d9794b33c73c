import Trace

/// Where everything goes on the screen, for a model's size, visible panes and content.
///
///     header                                            (1 row)
///     READY      │ SOURCE
///     WAITING    │
///     RESOURCES  │
///     OUTPUT     │
///     TIMELINE                                          (full width)
///     footer                                            (1 row)
///
/// A pane's rectangle includes its title row. Hidden panes give their room to the others.
public struct Layout: Equatable {
    public var header: Rect
    public var footer: Rect
    public var panes: [Pane: Rect] = [:]
    /// The column of the separator between the left and right columns, if both show.
    public var separator: Rect?

    public var timeline: Rect? { panes[.timeline] }

    public static func compute(_ model: Model) -> Layout {
        let w = model.width, h = model.height
        var layout = Layout(header: Rect(x: 0, y: 0, width: w, height: 1),
                            footer: Rect(x: 0, y: h - 1, width: w, height: 1))
        guard let viewer = model.viewer else { return layout }
        let body = Rect(x: 0, y: 1, width: w, height: h - 2)
        let visible = Pane.allCases.filter { !viewer.hidden.contains($0) }
        let state = viewer.state
        // OUTPUT goes under the state panes, leaving SOURCE the full height.
        let wide = w >= 140
        let left = [Pane.ready, .waiting, .resources, .output].filter(visible.contains)
        let right = [Pane.source].filter(visible.contains)
        let topVisible = !left.isEmpty || !right.isEmpty

        var top = body
        if visible.contains(.timeline) {
            let tasks = viewer.visibleTasks(state).count
            let markers = viewer.session.callbackRuns.isEmpty && viewer.session.timers.isEmpty ? 0 : 1
            let wanted = 2 + max(2, tasks) + markers
            let height = topVisible ? min(wanted, max(7, body.height * 2 / 5)) : body.height
            layout.panes[.timeline] = Rect(x: 0, y: body.maxY - height, width: w, height: height)
            top = Rect(x: 0, y: body.y, width: w, height: body.height - height)
        }
        guard topVisible, top.height > 0 else { return layout }

        var leftRect = top, rightRect = top
        if !left.isEmpty && !right.isEmpty {
            let lw = wide ? w * 9 / 20 : w / 2
            leftRect = Rect(x: 0, y: top.y, width: lw, height: top.height)
            layout.separator = Rect(x: lw, y: top.y, width: 1, height: top.height)
            rightRect = Rect(x: lw + 1, y: top.y, width: w - lw - 1, height: top.height)
        }
        if !left.isEmpty {
            let needs = left.map { pane -> Int in
                switch pane {
                case .ready: return 1 + max(1, state.readyCount + (state.running == nil ? 0 : 1))
                case .waiting: return 1 + max(1, WaitingPane.wantedRows(viewer, state, model.glyphs, width: leftRect.width, limit: 40))
                case .output: return 1 + min(8, max(2, viewer.session.output.lineCount(through: viewer.cursor)))
                default: return 1 + max(1, ResourcesPane.rowCount(viewer, state, width: leftRect.width))
                }
            }
            stack(left, needs, in: leftRect, into: &layout)
        }
        if !right.isEmpty {
            layout.panes[.source] = rightRect
        }
        return layout
    }

    /// Stacks panes in a column: each gets its need when all fit (the last takes what is
    /// left), else at least two rows and a share of the rest proportional to its need.
    static func stack(_ panes: [Pane], _ needs: [Int], in rect: Rect, into layout: inout Layout) {
        let heights = distribute(rect.height, needs)
        var y = rect.y
        for (pane, height) in zip(panes, heights) where height > 0 {
            layout.panes[pane] = Rect(x: rect.x, y: y, width: rect.width, height: height)
            y += height
        }
    }

    /// Splits `total` rows among items needing `needs` rows.
    static func distribute(_ total: Int, _ needs: [Int]) -> [Int] {
        let n = needs.count
        guard n > 0 else { return [] }
        if needs.reduce(0, +) <= total {
            var h = needs
            h[n - 1] += total - needs.reduce(0, +)
            return h
        }
        let minimum = min(2, total / n)
        var h = Array(repeating: minimum, count: n)
        var left = total - minimum * n
        // Hand out the rest one row at a time to whoever lacks the most (proportionally).
        while left > 0 {
            var best = -1
            var bestRatio = Double.infinity
            for i in 0..<n where h[i] < needs[i] {
                let ratio = Double(h[i]) / Double(needs[i])
                if ratio < bestRatio {
                    bestRatio = ratio
                    best = i
                }
            }
            if best < 0 { best = n - 1 }
            h[best] += 1
            left -= 1
        }
        return h
    }
}
