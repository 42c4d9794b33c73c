/// Formats an exception the way CPython 3.11 prints an uncaught one: the chain of causes
/// and contexts first, each with its stack, then the exception's summary and notes.
/// Exception groups print as a tree of boxed sub-exceptions (`+-+---- 1 ----`), indented
/// two columns per level with a `|` margin, at most 15 members and 10 levels shown.
struct TracebackPrinter {
    static let maxGroupWidth = 15
    static let maxGroupDepth = 10

    let vm: VM
    let file: String
    let lines: [Substring]
    private var depth = 0
    private var needClose = false
    private var seen: Set<ObjectIdentifier> = []
    private(set) var out = ""

    init(vm: VM, file: String, source: String) {
        self.vm = vm
        self.file = file
        lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    private var indent: String { String(repeating: " ", count: 2 * depth) }

    /// Writes `text` (whole lines) with the current group indentation and margin.
    private mutating func emit(_ text: String, margin: Character = "|") {
        var prefix = indent
        if depth > 0 { prefix += "\(margin) " }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            out += prefix + line + "\n"
        }
    }

    private func stack(_ e: PyBaseException) -> String {
        var text = ""
        // Like CPython, a line repeated more than three times in a row (recursion) is shown
        // three times and then counted.
        let cutoff = 3
        var repeats = 0
        func flushRepeats() {
            if repeats > cutoff {
                let n = repeats - cutoff
                text += "  [Previous line repeated \(n) more time\(n > 1 ? "s" : "")]\n"
            }
        }
        for (k, entry) in e.traceback.enumerated() {
            let last = k > 0 ? e.traceback[k - 1] : nil
            if let last, last.file == entry.file && last.line == entry.line && last.function == entry.function {
                repeats += 1
            } else {
                flushRepeats()
                repeats = 1
            }
            if repeats > cutoff { continue }
            text += "  File \"\(entry.file)\", line \(entry.line), in \(entry.function)\n"
            let i = Int(entry.line) - 1
            if entry.file == file && i >= 0 && i < lines.count {
                let source = lines[i].trimmingCharacters(in: " \t\r")
                if !source.isEmpty { text += "    \(source)\n" }
            }
        }
        flushRepeats()
        return text
    }

    private func summary(_ e: PyBaseException) -> String {
        var text = vm.exceptionSummary(e) + "\n"
        if let notes = e.dict["__notes__"]?.asObject as? PyList {
            for note in notes.items { text += ((try? vm.str(note)) ?? "<note str() failed>") + "\n" }
        }
        return text
    }

    mutating func format(_ e: PyBaseException) {
        var chain: [(message: String?, exception: PyBaseException)] = []
        var current: PyBaseException? = e
        while let x = current {
            seen.insert(ObjectIdentifier(x))
            if let cause = x.cause, !seen.contains(ObjectIdentifier(cause)) {
                chain.append(("\nThe above exception was the direct cause of the following exception:\n\n", x))
                current = cause
            } else if let context = x.context, !x.suppressContext, !seen.contains(ObjectIdentifier(context)) {
                chain.append(("\nDuring handling of the above exception, another exception occurred:\n\n", x))
                current = context
            } else {
                chain.append((nil, x))
                current = nil
            }
        }
        for (message, x) in chain.reversed() {
            if let message { emit(message) }
            formatOne(x)
        }
    }

    private mutating func formatOne(_ x: PyBaseException) {
        guard let members = VM.members(of: x) else {
            if !x.traceback.isEmpty {
                emit("Traceback (most recent call last):\n")
                emit(stack(x))
            }
            emit(summary(x))
            return
        }
        if depth > Self.maxGroupDepth {
            emit("... (max_group_depth is \(Self.maxGroupDepth))\n")
            return
        }
        let isTopLevel = depth == 0
        if isTopLevel { depth += 1 }
        if !x.traceback.isEmpty {
            emit("Exception Group Traceback (most recent call last):\n", margin: isTopLevel ? "+" : "|")
            emit(stack(x))
        }
        emit(summary(x))
        let shown = members.count <= Self.maxGroupWidth ? members.count : Self.maxGroupWidth + 1
        needClose = false
        for i in 0..<shown {
            let isLast = i == shown - 1
            if isLast { needClose = true }
            let truncated = i >= Self.maxGroupWidth
            let title = truncated ? "..." : "\(i + 1)"
            out += indent + (i == 0 ? "+-" : "  ") + "+---------------- \(title) ----------------\n"
            depth += 1
            if truncated {
                let remaining = members.count - Self.maxGroupWidth
                emit("and \(remaining) more exception\(remaining > 1 ? "s" : "")\n")
            } else {
                format(members[i])
            }
            if isLast && needClose {
                out += indent + "+------------------------------------\n"
                needClose = false
            }
            depth -= 1
        }
        if isTopLevel { depth = 0 }
    }
}
