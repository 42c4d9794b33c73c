import Trace

/// The summary at the end of a text timeline: the total virtual time, how the program
/// ended, and per task the time spent running, ready, waiting and blocked (and created,
/// when any task spent time there) with its longest wait and what it waited for.
struct TimelineSummary {
    let trace: Trace
    let spans: Spans
    let names: TraceNames
    let reasons: ReasonText
    let glyphs: TimelineGlyphs
    let from: Int64
    let to: Int64
    let rows: [TaskID]
    let nameWidth: Int
    let width: Int

    func write(to sink: TextSink) {
        sink.line(fit("SUMMARY"))
        sink.line(fit("total virtual time \(TimeText.seconds(to - from)) s"
                      + (from == 0 && to == trace.time ? "" : " (the window \(TimeText.seconds(from)) s \(glyphs.arrow) \(TimeText.seconds(to)) s)")))
        sink.line(fit(ending()))
        var finals = [Int](repeating: 0, count: TaskState.allCases.count)
        var alive = 0
        for t in 0..<trace.taskCount {
            if let s = spans.finalState(of: TaskID(UInt32(t))) { finals[Int(s.rawValue)] += 1 } else { alive += 1 }
        }
        var counts = ["\(trace.taskCount) task\(trace.taskCount == 1 ? "" : "s")"]
        for s in [TaskState.done, .failed, .cancelled] where finals[Int(s.rawValue)] > 0 {
            counts.append("\(finals[Int(s.rawValue)]) \(s.name)")
        }
        if alive > 0 { counts.append("\(alive) still alive") }
        sink.line(fit(counts.joined(separator: ", ")))
        guard !rows.isEmpty else { return }
        sink.line("")

        var totals: [StateTotals] = []
        totals.reserveCapacity(rows.count)
        var anyCreated = false
        for t in rows {
            let s = StateTotals(spans: spans.spans(of: t), from: from, to: to)
            if s[.created] > 0 { anyCreated = true }
            totals.append(s)
        }
        var states: [TaskState] = [.running, .ready, .waiting, .blocked]
        if anyCreated { states.insert(.created, at: 0) }
        let numberWidth = max(7, TimeText.seconds(to - from).count)
        var rowsText: [(numbers: String, longest: String?)] = []
        rowsText.reserveCapacity(rows.count)
        var inline = true
        for (i, t) in rows.enumerated() {
            let s = totals[i]
            var line = DisplayWidth.padRight(DisplayWidth.truncate(names[t], to: nameWidth, ellipsis: glyphs.ellipsis),
                                             to: nameWidth)
            for state in states { line += "  " + DisplayWidth.padLeft(TimeText.seconds(s[state]), to: numberWidth) }
            let longest = s.longestWait.map { wait in
                TimeText.seconds(s.longestWaitDuration) + " "
                    + (wait.state == .blocked ? "blocked: " : "") + reasons.waiting(wait.reason)
            }
            if DisplayWidth.of(line) + 2 + DisplayWidth.of(longest ?? "-") > width { inline = false }
            rowsText.append((line, longest))
        }
        // Each row on one line when they all fit; otherwise each longest wait on a line
        // of its own under its row.
        var header = DisplayWidth.padRight("task", to: nameWidth)
        for s in states { header += "  " + DisplayWidth.padLeft(s.name, to: numberWidth) }
        if inline { header += "  longest wait" }
        sink.line(fit(header))
        let indent = String(repeating: " ", count: nameWidth + 2)
        for row in rowsText {
            if inline {
                sink.line(row.numbers + "  " + (row.longest ?? "-"))
            } else {
                sink.line(fit(row.numbers))
                if let longest = row.longest { sink.line(fit(indent + "longest wait " + longest)) }
            }
        }
    }

    /// How the run ended, from the trace: the main program's final state, an error, a
    /// deadlock, or a stop at a limit.
    private func ending() -> String {
        var error: String?
        var deadlock: String?
        var k = trace.count - 1
        var looked = 0
        while k >= 0 && looked < 4096 {  // errors and deadlocks come at the end
            switch trace.event(at: k) {
            case .error(let text, _) where error == nil: error = trace.string(text)
            case .deadlock(let text) where deadlock == nil: deadlock = trace.string(text)
            default: break
            }
            k -= 1
            looked += 1
        }
        let main = (0..<trace.taskCount).first { trace.taskInfo(TaskID(UInt32($0))).kind == .main }
        let final = main.flatMap { spans.finalState(of: TaskID(UInt32($0))) }
        if let deadlock { return "ended in a deadlock: " + firstLine(deadlock) }
        switch final {
        case .done?: return "the program finished"
        case .failed?: return "the program failed" + (error.map { ": " + firstLine($0) } ?? "")
        case .cancelled?: return "the program was cancelled"
        default: return "stopped before the program finished (a limit was reached)"
        }
    }

    private func firstLine(_ s: String) -> String {
        DisplayWidth.visible(String(s.split(separator: "\n", omittingEmptySubsequences: true).first ?? ""))
    }

    private func fit(_ s: String) -> String { DisplayWidth.truncate(s, to: width, ellipsis: glyphs.ellipsis) }
}
