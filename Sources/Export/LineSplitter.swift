import Trace

/// Splits `output` events into printed lines the way a terminal shows them: a line is
/// complete when its newline is written (that event's time is the line's time, as in
/// `run --timestamps`); it belongs to the task that wrote its first character; stdout and
/// stderr keep separate open lines.
struct LineSplitter {
    private var pending: [(text: String, task: TaskID?)] = [("", nil), ("", nil)]

    /// Feeds one `output` event; calls `line` for each line it completes.
    mutating func feed(_ text: String, stream: OutputStream, task: TaskID?,
                       _ line: (_ text: String, _ task: TaskID?) -> Void) {
        let s = Int(stream.rawValue)
        guard text.utf8.contains(0x0A) else {
            if !text.isEmpty {
                if pending[s].text.isEmpty { pending[s].task = task }
                pending[s].text += text
            }
            return
        }
        var parts = text.split(separator: "\n", omittingEmptySubsequences: false)
        let last = parts.removeLast()
        for part in parts {
            let owner = pending[s].text.isEmpty ? task : pending[s].task
            let full = pending[s].text + part
            pending[s] = ("", nil)
            line(full, owner)
        }
        if !last.isEmpty {
            pending[s] = (String(last), task)
        }
    }

    /// The text still waiting for a newline, per stream (stdout first).
    var unfinished: [(stream: OutputStream, text: String, task: TaskID?)] {
        OutputStream.allCases.compactMap { s in
            let p = pending[Int(s.rawValue)]
            return p.text.isEmpty ? nil : (s, p.text, p.task)
        }
    }
}
