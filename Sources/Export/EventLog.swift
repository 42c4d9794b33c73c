import Trace

/// The event log of a text timeline: what happened, in order, in the reader's words.
///
///     4.000  coroutine_2  resumed (sleep done)
///     4.000  coroutine_2  prints: 코루틴 2 재개
///
/// One line per task start, wait, block, resumption, finish, lock/semaphore acquire and
/// release, printed line (at the time its newline was written, as `run --timestamps`
/// shows it), callback run, warning, error and deadlock. Moving between ready and the
/// queue is left to the chart. Lines are cut to the width.
struct EventLog {
    let trace: Trace
    let names: TraceNames
    let reasons: ReasonText
    let glyphs: TimelineGlyphs
    let from: Int64
    let to: Int64
    /// Which tasks to show (nil: all).
    let taskFilter: [Bool]?
    /// Show callbacks and output outside any task (false while a name filter is active).
    let showsUnowned: Bool
    let nameWidth: Int
    let width: Int

    private struct TaskMemo {
        var state: TaskState = .created
        var reason: WaitReason = .none
        var started = false
        var line: Int32 = 0
    }

    func write(to sink: TextSink) {
        sink.line(fit("EVENT LOG"))
        let timeWidth = TimeText.seconds(max(to, trace.time)).count
        var memo: [TaskMemo] = []
        memo.reserveCapacity(trace.taskCount)
        var callbacks: [UInt32: StringID] = [:]
        var lines = LineSplitter()
        var wrote = 0

        func emit(_ time: Int64, _ actor: String, _ text: String) {
            guard time >= from && time <= to else { return }
            let line = DisplayWidth.padLeft(TimeText.seconds(time), to: timeWidth) + "  "
                + DisplayWidth.padRight(DisplayWidth.truncate(actor, to: nameWidth, ellipsis: glyphs.ellipsis), to: nameWidth)
                + "  " + text
            sink.line(fit(line))
            wrote += 1
        }
        func shown(_ t: TaskID?) -> Bool {
            guard let taskFilter else { return true }
            return t.map { taskFilter[$0.index] } ?? showsUnowned
        }
        func actor(_ t: TaskID?) -> String { t.map { names[$0] } ?? "(program)" }

        let end = to == .max ? trace.count : (trace.firstEvent(atOrAfter: to + 1) ?? trace.count)
        trace.forEachEvent(in: 0..<end) { _, event, time, _, _ in
            switch event {
            case let .taskCreated(t, _, _, parent, _):
                memo.append(TaskMemo())
                if let parent, shown(t) { emit(time, names[t], "created by \(names[parent])") }
            case let .stateChanged(t, state, reason):
                var m = memo[t.index]
                if m.state.isFinished || (m.state == state && m.reason == reason) { return }
                let atLine = m.line > 0 ? " (line \(m.line))" : ""
                var text: String?
                switch state {
                case .running:
                    if !m.started {
                        text = "starts"
                        m.started = true
                    } else if m.reason != .none {
                        text = "resumed (\(reasons.ended(m.reason, at: time)))"
                    } else {
                        text = "resumed"
                    }
                    m.reason = .none
                case .waiting:
                    text = "waits: \(reasons.waiting(reason))\(atLine)"
                    m.reason = reason
                    m.line = 0
                case .blocked:
                    text = "blocks the thread: \(reasons.waiting(reason))\(atLine)"
                    m.reason = reason
                    m.line = 0
                case .ready, .created:
                    break  // a wait's reason is kept until the task runs again
                case .done: text = "finished"
                case .failed: text = "failed"
                case .cancelled: text = "cancelled"
                }
                m.state = state
                memo[t.index] = m
                if let text, shown(t) { emit(time, names[t], text) }
            case let .taskLine(t, location):
                memo[t.index].line = location.line
            case let .output(t, stream, text):
                let label = stream == .stdout ? "prints: " : "stderr: "
                lines.feed(trace.string(text), stream: stream, task: t) { line, owner in
                    if shown(owner) { emit(time, actor(owner), label + DisplayWidth.visible(line)) }
                }
            case let .callbackScheduled(h, label, _):
                callbacks[h] = label
            case let .callbackRun(h):
                let label = callbacks.removeValue(forKey: h)
                if showsUnowned {
                    emit(time, "callback", "runs " + (label.map { trace.string($0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "a callback"))
                }
            case let .callbackCancelled(h):
                callbacks.removeValue(forKey: h)
            case let .holderAdded(r, t):
                if shown(t) { emit(time, names[t], "acquires \(names[r])") }
            case let .holderRemoved(r, t):
                if shown(t) { emit(time, names[t], "releases \(names[r])") }
            case let .warning(text, _):
                emit(time, "warning", DisplayWidth.visible(trace.string(text)))
            case let .error(text, _):
                emit(time, "error", DisplayWidth.visible(firstLine(trace.string(text))))
            case let .deadlock(text):
                emit(time, "deadlock", DisplayWidth.visible(firstLine(trace.string(text))))
            default:
                break
            }
        }
        // Text still waiting for its newline when the trace ended.
        for open in lines.unfinished where shown(open.task) {
            emit(trace.time, actor(open.task), (open.stream == .stdout ? "prints: " : "stderr: ") + DisplayWidth.visible(open.text))
        }
        if wrote == 0 { sink.line("(nothing happened in this window)") }
    }

    private func firstLine(_ s: String) -> String {
        String(s.split(separator: "\n", omittingEmptySubsequences: true).first ?? "")
    }

    private func fit(_ s: String) -> String { DisplayWidth.truncate(s, to: width, ellipsis: glyphs.ellipsis) }
}
