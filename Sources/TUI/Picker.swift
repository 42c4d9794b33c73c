/// The gallery picker: the bundled scenarios on the left, the chosen one's description and
/// code on the right.
enum PickerView {
    /// The comment block at the top of a scenario, without `# `.
    static func description(_ text: String) -> [String] {
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let s = line.drop { $0 == " " }
            guard s.hasPrefix("#") else { break }
            out.append(String(s.dropFirst().drop { $0 == " " }))
        }
        return out
    }

    /// The library a scenario uses, for the list.
    static func runtime(_ text: String) -> String { Session.detectRuntime(text) }

    static func draw(_ grid: inout Grid, _ model: Model) {
        let g = model.glyphs
        let entries = model.picker.entries
        let header = Rect(x: 0, y: 0, width: model.width, height: 1)
        grid.fill(header, " ", Style(.header))
        let x = grid.put(" loopscope ", 0, 0, Style(.header, [.bold]))
        grid.put(" scenario gallery: \(entries.count) programs built into loopscope; Enter opens one", x, 0, Style(.header), clip: header)
        FooterView.draw(&grid, Rect(x: 0, y: model.height - 1, width: model.width, height: 1), model, g)

        let body = Rect(x: 0, y: 1, width: model.width, height: model.height - 2)
        let listWidth = min(44, max(34, model.width / 3))
        let list = Rect(x: 0, y: body.y, width: listWidth, height: body.height)
        let preview = Rect(x: listWidth + 1, y: body.y, width: model.width - listWidth - 1, height: body.height)
        View.drawTitle(&grid, list, "SCENARIOS", ctxFree: g)
        for y in body.y..<body.maxY { grid.set(listWidth, y, Cell(g.vertical, Style(.border))) }
        if entries.isEmpty {
            grid.put("(no scenarios)", 2, body.y + 1, Style(.dim))
            return
        }
        let rows = list.height - 1
        let first = max(0, min(model.picker.selection - rows / 2, entries.count - rows))
        for (i, e) in entries.enumerated().dropFirst(first).prefix(rows) {
            let y = list.y + 1 + i - first
            let selected = i == model.picker.selection
            let style = Style(selected ? .title : .normal, selected ? [.reverse, .bold] : [])
            if selected { grid.fill(Rect(x: 0, y: y, width: listWidth, height: 1), " ", style) }
            let number = i < 9 ? "\(i + 1)" : " "
            var cx = grid.put(selected ? "\(g.pointer)\(number) " : " \(number) ", 0, y, style, clip: list)
            let library = runtime(e.text)
            let tag = e.fileName.contains(library) ? "" : library
            let nameRoom = listWidth - cx - tag.count - 2
            cx = grid.put(e.fileName.padded(to: max(1, nameRoom), ellipsis: g.ellipsis), cx, y, style, clip: list)
            grid.put(" " + tag, cx, y, selected ? style : Style(.dim), clip: list)
        }

        // Preview: description, then code.
        let entry = entries[min(model.picker.selection, entries.count - 1)]
        View.drawTitle(&grid, preview, entry.fileName, info: runtime(entry.text), g)
        var y = preview.y + 1
        let desc = description(entry.text)
        let inner = preview.droppingLeft(1)
        for line in wrap(desc.joined(separator: " "), width: inner.width - 1) where y < preview.maxY {
            View.row(&grid, inner, y, line, Style(.accent, [.bold]), g)
            y += 1
        }
        y += 1
        let code = entry.text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(desc.count)
            .drop { $0.trimmingCharactersSpaces().isEmpty }
        var n = desc.count + (entry.text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(desc.count).count - code.count)
        for line in code where y < preview.maxY {
            n += 1
            let lx = grid.put(String(n).leftPadded(to: 3) + "  ", inner.x, y, Style(.dim), clip: inner)
            View.row(&grid, inner, y, String(line).replacingCR().expandingTabs(), .normal, x: lx, g)
            y += 1
        }
    }

    /// Words wrapped to lines of at most `width` columns.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 4 else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let w = String(word)
            if current.isEmpty {
                current = w
            } else if current.columns + 1 + w.columns <= width {
                current += " " + w
            } else {
                lines.append(current)
                current = w
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

extension View {
    static func drawTitle(_ grid: inout Grid, _ rect: Rect, _ title: String, ctxFree g: Glyphs) {
        drawTitle(&grid, rect, title, info: "", right: "", g)
    }
}

extension Substring {
    func trimmingCharactersSpaces() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return s
    }
}
