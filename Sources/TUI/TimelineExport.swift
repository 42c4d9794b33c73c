import Trace

/// The timeline as plain text, drawn by the timeline pane itself over the whole run: what
/// the `e` key writes when the executable wires no other exporter.
public enum TimelineExport {
    public static func text(_ session: Session, width: Int = 120, glyphs: Glyphs = .unicode) -> String {
        session.update()
        var viewer = ViewerModel(session: session)
        viewer.move(to: session.count - 1, clock: session.trace.time)
        let state = viewer.state
        let taskCount = state.tasks.count
        let markers = session.callbackRuns.isEmpty && session.timers.isEmpty ? 0 : 1
        let height = 2 + max(1, taskCount) + markers
        let model = Model(width: max(width, Model.minimumWidth), height: Model.minimumHeight, glyphs: glyphs, session: session)
        let ctx = ViewContext(model: model, viewer: viewer, state: state, g: glyphs, focus: nil, selected: nil)
        var grid = Grid(width: model.width, height: height)
        TimelinePane.draw(&grid, grid.bounds, ctx)
        var out = "\(session.scenario.path) (\(session.runtime)): \(taskCount) tasks, \(session.trace.step) steps, "
        out += "\(session.trace.tick) ticks, \(TimeText.seconds(session.trace.time)) s of virtual time"
        if let ending = session.source.ending { out += ", \(ending.summary)" }
        return out + "\n" + grid.text + "\n"
    }
}
