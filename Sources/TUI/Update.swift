import Trace

/// What happens to the model.
public enum Message {
    case key(Key)
    case resize(width: Int, height: Int)
    /// Real time passed (nanoseconds) since the last tick.
    case tick(Int64)
    /// The engine ran further (after an `advance` command).
    case advanced
    /// A scenario was opened (from the gallery or the command line).
    case opened(Session, fromGallery: Bool)
    /// The scenario was reloaded after an edit.
    case reloaded(Session)
    /// A command failed; the text says why.
    case failed(String)
    /// The timeline was exported to this path.
    case exported(String)
}

/// Side effects the runner performs for the update function; results come back as messages.
public enum Command: Equatable, Sendable {
    case quit
    /// Run the engine further by about this many events, then send `.advanced`.
    case advance(events: Int)
    /// Open gallery entry `i` (send `.opened` or `.failed`).
    case open(Int)
    /// Re-read the file and run it again (send `.reloaded` or `.failed`).
    case reload
    /// Export the timeline as text (send `.exported` or `.failed`).
    case export
}

/// How far the engine runs ahead of the cursor, and how much per frame.
public enum EngineBudget {
    /// Events run per frame at most (keeps keys responsive).
    public static let chunk = 20_000
    /// The engine runs in the background until the trace is this far ahead of the cursor.
    public static let lookahead = 200_000
}

extension Model {
    /// The update function: the new model for a message, and the effects to perform.
    public mutating func update(_ message: Message) -> [Command] {
        switch message {
        case .key(let key):
            return handle(key)
        case .resize(let w, let h):
            width = w
            height = h
            return []
        case .tick(let dt):
            if var m = self.message, let left = m.remaining {
                m.remaining = left - dt
                self.message = m.remaining! > 0 ? m : nil
            }
            guard screen == .viewer, viewer != nil else { return [] }
            return viewer!.tick(dt, message: &self.message)
        case .advanced:
            guard screen == .viewer, viewer != nil else { return [] }
            return viewer!.afterAdvance(message: &self.message)
        case .opened(let session, let fromGallery):
            viewer = ViewerModel(session: session, fromGallery: fromGallery)
            screen = .viewer
            overlay = nil
            self.message = nil
            return viewer!.runAhead()
        case .reloaded(let session):
            guard let old = viewer else { return [] }
            viewer = old.reloaded(with: session)
            self.message = StatusMessage("reloaded \(session.scenario.path) at t=\(TimeText.seconds(viewer!.clock))")
            return viewer!.runAhead()
        case .failed(let text):
            self.message = StatusMessage(text, isError: true, remaining: 15_000_000_000)
            return []
        case .exported(let path):
            self.message = StatusMessage("timeline exported to \(path)", remaining: 15_000_000_000)
            return []
        }
    }

    /// Ctrl-C: quit as the shell expects of an interrupted program (status 130).
    private mutating func interrupt() -> [Command] {
        quitting = true
        exitStatus = 130
        return [.quit]
    }

    private mutating func handle(_ key: Key) -> [Command] {
        if case .prompt(let kind, let text) = overlay { return handlePrompt(key, kind, text) }
        if key == .ctrl("c") { return interrupt() }
        if message?.remaining == nil { message = nil }
        if case .help(let scroll) = overlay {
            switch key {
            case .down, .char("j"): overlay = .help(scroll: scroll + 1)
            case .up, .char("k"): overlay = .help(scroll: max(0, scroll - 1))
            case .pageDown, .char(" "): overlay = .help(scroll: scroll + 10)
            case .pageUp: overlay = .help(scroll: max(0, scroll - 10))
            case .char("q") where screen == .picker: overlay = nil
            default: overlay = nil
            }
            return []
        }
        if screen == .picker { return handlePicker(key) }
        guard viewer != nil else { return [] }
        if case .details(let scroll) = overlay {
            switch key {
            case .escape, .enter, .char("q"):
                overlay = nil
                return []
            case .pageDown: overlay = .details(scroll: scroll + 5); return []
            case .pageUp: overlay = .details(scroll: max(0, scroll - 5)); return []
            default: break  // other keys act on the viewer; the details follow
            }
        }
        guard let action = KeyMap.action(for: key) else {
            message = StatusMessage("unknown key (press ? for help)", remaining: 3_000_000_000)
            return []
        }
        switch action {
        case .quit:
            quitting = true
            return [.quit]
        case .help:
            overlay = .help(scroll: 0)
            return []
        case .gotoTime:
            overlay = .prompt(.gotoTime, text: "")
            return []
        case .filter:
            overlay = .prompt(.filter, text: viewer!.filter)
            return []
        case .details:
            if viewer!.selected == nil { viewer!.selected = viewer!.focusTask }
            overlay = viewer!.selected == nil ? nil : .details(scroll: 0)
            return []
        case .clear:
            if overlay != nil { overlay = nil } else { viewer!.selected = nil }
            return []
        case .gallery:
            guard !picker.entries.isEmpty else {
                message = StatusMessage("no gallery: opened from a file", remaining: 3_000_000_000)
                return []
            }
            screen = .picker
            overlay = nil
            return []
        case .export:
            return [.export]
        case .reload:
            return [.reload]
        default:
            viewer!.pendingAction = nil  // a new move replaces one waiting for the engine
            return viewer!.perform(action, rows: timelineRows, message: &message)
        }
    }

    /// Rows of tasks the timeline shows (for page moves).
    var timelineRows: Int { max(1, Layout.compute(self).timeline.map { $0.height - 3 } ?? 10) }

    private mutating func handlePrompt(_ key: Key, _ kind: PromptKind, _ text: String) -> [Command] {
        switch key {
        case .ctrl("c"):
            return interrupt()
        case .escape:
            overlay = nil
        case .enter:
            overlay = nil
            return viewer?.submit(kind, text, message: &message) ?? []
        case .backspace, .delete:
            overlay = .prompt(kind, text: String(text.dropLast()))
        case .ctrl("u"):
            overlay = .prompt(kind, text: "")
        case .char(let c):
            if text.count < 200 { overlay = .prompt(kind, text: text + String(c)) }
        default:
            break
        }
        return []
    }

    private mutating func handlePicker(_ key: Key) -> [Command] {
        let n = picker.entries.count
        switch key {
        case .down, .char("j"), .tab:
            if n > 0 { picker.selection = (picker.selection + 1) % n }
        case .up, .char("k"), .backTab:
            if n > 0 { picker.selection = (picker.selection - 1 + n) % n }
        case .home, .char("g"):
            picker.selection = 0
        case .end, .char("G"):
            picker.selection = max(0, n - 1)
        case .enter, .right, .char("l"), .char(" "):
            if n > 0 { return [.open(picker.selection)] }
        case .char("b"), .escape:
            if viewer != nil { screen = .viewer }  // back to the scenario that was open
            else if key == .escape {
                quitting = true
                return [.quit]
            }
        case .char("q"):
            quitting = true
            return [.quit]
        case .char("?"), .function(1):
            overlay = .help(scroll: 0)
        case .char(let c) where c.isNumber:
            if let i = c.wholeNumberValue, i >= 1, i <= n { picker.selection = i - 1 }
        default:
            break
        }
        return []
    }
}

extension ViewerModel {
    var trace: Trace { session.trace }

    /// The task the source pane follows: the selection, else the running task, else the
    /// task of the current step, else the main task.
    public var focusTask: TaskID? {
        let st = state
        if let s = selected, s.index < st.tasks.count { return s }
        if let r = st.running { return r }
        if let t = session.task(ofStep: st.step), cursor >= 0 { return t }
        return st.tasks.isEmpty ? nil : TaskID(0)
    }

    /// The tasks listed (timeline rows, selection order): created by the cursor, filtered.
    public func visibleTasks(_ state: TraceState) -> [TaskID] {
        let all = (0..<state.tasks.count).map { TaskID(UInt32($0)) }
        return all.filter { listed($0, state) }
    }

    /// True for a task the panes list: not one of the libraries' own (unless shown), and
    /// matching the name filter (if any).
    public func listed(_ t: TaskID, _ state: TraceState) -> Bool {
        if !showsInternals && session.trace.isLibraryInternal(.task(t)) { return false }
        guard !filter.isEmpty else { return true }
        let f = filter.lowercased()
        return session.name(of: t, in: state).lowercased().contains(f)
            || session.runtimeName(of: t, in: state).lowercased().contains(f)
    }

    /// Moves the cursor to event `k` and the clock to `clock` (default: that event's time).
    mutating func move(to k: Int, clock: Int64? = nil) {
        positioned = true
        cursor = min(max(k, -1), session.count - 1)
        self.clock = clock ?? session.time(ofEvent: cursor)
        follow()
    }

    /// Keeps the cursor inside a zoomed window.
    mutating func follow() {
        guard var w = window else { return }
        let pos = axis == .time ? clock : session.axisPosition(ofEvent: cursor, .steps)
        if pos < w.start || pos > w.start + w.span {
            w.start = max(0, pos - w.span / 10)
            window = w
        }
    }

    mutating func perform(_ action: Action, rows: Int, message: inout StatusMessage?) -> [Command] {
        let n = session.count
        switch action {
        case .playPause:
            if !playing && session.isComplete && cursor >= n - 1 {
                move(to: session.stopAfter(-1) ?? -1)  // replay from the start
            }
            playing.toggle()
            stepCredit = 0
            return runAhead()
        case .faster:
            switch playMode {
            case .time: timeRate = min(timeRate + 1, PlayRates.time.count - 1)
            case .steps: stepRate = min(stepRate + 1, PlayRates.steps.count - 1)
            }
            message = StatusMessage("speed \(rateLabel)", remaining: 2_000_000_000)
        case .slower:
            switch playMode {
            case .time: timeRate = max(timeRate - 1, 0)
            case .steps: stepRate = max(stepRate - 1, 0)
            }
            message = StatusMessage("speed \(rateLabel)", remaining: 2_000_000_000)
        case .playMode:
            playMode = playMode == .time ? .steps : .time
            stepCredit = 0
            message = StatusMessage(playMode == .time ? "playing by virtual time (\(rateLabel))" : "playing by steps (\(rateLabel))",
                                    remaining: 3_000_000_000)
        case .stepForward:
            playing = false
            if let k = session.stopAfter(cursor) { move(to: k) } else { return needMore(action, message: &message) }
        case .stepBack:
            playing = false
            pendingTime = nil
            move(to: session.stopBefore(cursor))
        case .tickForward:
            playing = false
            if let k = session.tickAfter(cursor), k > cursor { move(to: k) } else { return needMore(action, message: &message) }
        case .tickBack:
            playing = false
            pendingTime = nil
            move(to: session.tickBefore(cursor))
        case .eventForward:
            playing = false
            if cursor + 1 < n { move(to: cursor + 1) } else { return needMore(action, message: &message) }
        case .eventBack:
            playing = false
            pendingTime = nil
            move(to: cursor - 1)
        case .nextTime:
            playing = false
            if let t = trace.nextTime(after: clock), let k = session.lastEvent(atOrBefore: t) {
                move(to: k, clock: t)
            } else if session.isComplete {
                move(to: n - 1, clock: max(clock, trace.time))
            } else {
                return needMore(action, message: &message)
            }
        case .previousTime:
            playing = false
            pendingTime = nil
            let current = session.time(ofEvent: cursor)
            if clock > current {
                move(to: cursor, clock: current)  // back to the time of the last event
            } else if let t = trace.previousTime(before: clock), let k = session.lastEvent(atOrBefore: t) {
                move(to: k, clock: t)
            } else {
                move(to: session.stopAfter(-1) ?? -1)
            }
        case .start:
            playing = false
            pendingTime = nil
            move(to: session.stopAfter(-1) ?? -1)
        case .end:
            playing = false
            pendingTime = nil
            move(to: n - 1, clock: max(session.time(ofEvent: n - 1), session.isComplete ? trace.time : 0))
            if !session.isComplete {
                // Keep going until the run ends; the header shows how far the engine got.
                pendingAction = .end
                return [.advance(events: EngineBudget.chunk)]
            }
        case .zoomIn:
            zoom(by: 0.5)
        case .zoomOut:
            zoom(by: 2)
        case .zoomFit:
            window = nil
        case .panLeft:
            pan(by: -1)
        case .panRight:
            pan(by: 1)
        case .axis:
            axis = axis == .time ? .steps : .time
            window = nil
            message = StatusMessage(axis == .time ? "axis: virtual time" : "axis: steps", remaining: 2_000_000_000)
        case .selectNext, .selectPrevious, .pageDown, .pageUp:
            let list = visibleTasks(state)
            guard !list.isEmpty else { return [] }
            let delta = action == .selectNext ? 1 : action == .selectPrevious ? -1 : action == .pageDown ? rows : -rows
            if let s = selected, let i = list.firstIndex(of: s) {
                selected = list[min(max(i + delta, 0), list.count - 1)]
            } else {
                selected = delta > 0 ? list[0] : list[list.count - 1]
            }
        case .togglePane(let p):
            if hidden.contains(p) { hidden.remove(p) } else { hidden.insert(p) }
        case .internals:
            showsInternals.toggle()
        default:
            break
        }
        return []
    }

    /// An action went past the end of what has run: run further, or say it is the end.
    mutating func needMore(_ action: Action? = nil, message: inout StatusMessage?) -> [Command] {
        if session.isComplete {
            message = StatusMessage("end of the run" + (session.source.ending.map { " (\($0.summary))" } ?? ""),
                                    remaining: 3_000_000_000)
            return []
        }
        pendingAction = action
        return [.advance(events: EngineBudget.chunk)]
    }

    mutating func zoom(by factor: Double) {
        let full = session.axisEnd(axis, clock: clock)
        let current = window ?? AxisWindow(start: 0, span: full)
        let span = Int64((Double(current.span) * factor).rounded())
        if span >= full {
            window = nil
            return
        }
        let span2 = max(span, axis == .time ? 1_000 : 4)
        let pos = axis == .time ? clock : session.axisPosition(ofEvent: cursor, .steps)
        let start = min(max(0, pos - span2 / 2), max(0, full - span2))
        window = AxisWindow(start: start, span: span2)
    }

    mutating func pan(by direction: Int64) {
        guard var w = window else { return }
        let full = session.axisEnd(axis, clock: clock)
        w.start = min(max(0, w.start + direction * max(1, w.span / 4)), max(0, full - w.span / 2))
        window = w
    }

    /// Applies a prompt's text.
    mutating func submit(_ kind: PromptKind, _ text: String, message: inout StatusMessage?) -> [Command] {
        switch kind {
        case .filter:
            filter = text.trimmingSpaces()
            if let s = selected, !visibleTasks(state).contains(s) { selected = nil }
            message = StatusMessage(filter.isEmpty ? "filter cleared" : "filter: \(filter)", remaining: 3_000_000_000)
            return []
        case .gotoTime:
            let t = text.trimmingSpaces()
            if t.isEmpty { return [] }
            if t.hasPrefix("#") || t.lowercased().hasPrefix("step") {
                let digits = t.drop { !$0.isNumber }
                guard let s = Int(digits) else {
                    message = StatusMessage("not a step number: \(t)", isError: true)
                    return []
                }
                playing = false
                if let k = session.endOfStep(s), s <= trace.step {
                    move(to: k)
                    return []
                }
                if session.isComplete {
                    move(to: session.count - 1)
                    message = StatusMessage("the run has only \(trace.step) steps", remaining: 3_000_000_000)
                    return []
                }
                return needMore(message: &message)
            }
            guard let time = TimeText.parse(t) else {
                message = StatusMessage("not a time: \(t) (try 4, 4.5s, 250ms or #12 for a step)", isError: true)
                return []
            }
            playing = false
            return go(to: time, message: &message)
        }
    }

    /// Moves to virtual time `time` (waiting for the engine when it has not got there yet).
    mutating func go(to time: Int64, message: inout StatusMessage?) -> [Command] {
        if !session.isComplete && time > trace.time {
            pendingTime = time
            move(to: session.count - 1)
            return [.advance(events: EngineBudget.chunk)]
        }
        pendingTime = nil
        let t = session.isComplete ? min(time, max(trace.time, 0)) : time
        move(to: session.lastEvent(atOrBefore: t) ?? -1, clock: t)
        return []
    }

    /// Runs the engine ahead of the cursor when it is still running.
    func runAhead() -> [Command] {
        guard !session.isComplete,
              session.count - cursor < EngineBudget.lookahead || playing || pendingTime != nil || pendingAction != nil else {
            return []
        }
        return [.advance(events: EngineBudget.chunk)]
    }

    /// After the engine ran: finish a pending move, keep running ahead.
    mutating func afterAdvance(message: inout StatusMessage?) -> [Command] {
        session.update()
        if !limitAnnounced, case .limit(let text)? = session.source.ending {
            // A budget stopped the run (a computation that never waits, too many tasks):
            // say which, with the line, where the user is looking.
            limitAnnounced = true
            message = StatusMessage(text, isError: true, remaining: 15_000_000_000)
        }
        if !positioned, cursor < 0, let first = session.stopAfter(-1) {
            positioned = true
            move(to: first)
        }
        if let action = pendingAction {
            pendingAction = nil
            return perform(action, rows: 10, message: &message)
        }
        if let t = pendingTime {
            if session.isComplete || trace.time >= t {
                return go(to: t, message: &message)
            }
            move(to: session.count - 1)
        }
        return []
    }

    /// Real time passed: play, and keep the engine running ahead.
    mutating func tick(_ dt: Int64, message: inout StatusMessage?) -> [Command] {
        var commands: [Command] = []
        if playing {
            switch playMode {
            case .time:
                let rate = PlayRates.time[timeRate]
                var target = clock + Int64(Double(max(0, dt)) * rate)
                // Whole milliseconds keep the clock readable (t=1.162s, not t=1.162705069s).
                if target / 1_000_000 * 1_000_000 > clock { target = target / 1_000_000 * 1_000_000 }
                if session.isComplete && target >= trace.time {
                    target = trace.time
                    move(to: session.count - 1, clock: max(target, session.time(ofEvent: session.count - 1)))
                    playing = false
                    message = StatusMessage("end of the run" + (session.source.ending.map { " (\($0.summary))" } ?? ""),
                                            remaining: 3_000_000_000)
                } else {
                    if !session.isComplete && target > trace.time {
                        target = trace.time  // wait for the engine
                        commands.append(.advance(events: EngineBudget.chunk))
                    }
                    let k = max(cursor, session.lastEvent(atOrBefore: target) ?? -1)
                    move(to: k, clock: max(target, session.time(ofEvent: k)))
                }
            case .steps:
                stepCredit = min(stepCredit + Double(max(0, dt)) / 1e9 * Double(PlayRates.steps[stepRate]), 1_000)
                while stepCredit >= 1 {
                    stepCredit -= 1
                    if let k = session.stopAfter(cursor) {
                        move(to: k)
                    } else if session.isComplete {
                        playing = false
                        message = StatusMessage("end of the run" + (session.source.ending.map { " (\($0.summary))" } ?? ""),
                                                remaining: 3_000_000_000)
                        break
                    } else {
                        commands.append(.advance(events: EngineBudget.chunk))
                        stepCredit = 0
                        break
                    }
                }
            }
        }
        if commands.isEmpty { commands = runAhead() }
        return commands
    }

    /// This viewer on a reloaded run: same time, same selection (by name), same settings.
    func reloaded(with session: Session) -> ViewerModel {
        var v = ViewerModel(session: session, fromGallery: fromGallery)
        v.filter = filter
        v.showsInternals = showsInternals
        v.hidden = hidden
        v.axis = axis
        v.window = window
        v.playMode = playMode
        v.timeRate = timeRate
        v.stepRate = stepRate
        let st = state
        if let s = selected {
            let name = self.session.name(of: s, in: st)
            let newState = session.state(at: session.count - 1)
            v.selected = (0..<newState.tasks.count).map { TaskID(UInt32($0)) }
                .first { session.name(of: $0, in: newState) == name }
        }
        var ignored: StatusMessage?
        if cursor < 0 {
            v.move(to: -1)
        } else if !session.isComplete && clock > session.trace.time {
            _ = v.go(to: clock, message: &ignored)
        } else {
            // The same time; within it, not past the step the old cursor was on.
            let oldStep = self.session.trace.step(ofEvent: cursor)
            let byTime = session.lastEvent(atOrBefore: clock) ?? -1
            let byStep = session.endOfStep(oldStep) ?? byTime
            let k = min(byTime, byStep)
            v.move(to: k, clock: k == byTime ? (session.isComplete ? min(clock, session.trace.time) : clock) : nil)
        }
        return v
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
