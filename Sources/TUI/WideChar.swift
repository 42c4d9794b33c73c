import Export

// Terminal column widths of characters, as a UTF-8 terminal (and glibc's wcwidth) draws
// them: East Asian wide and fullwidth characters (Hangul, CJK, fullwidth forms, most emoji)
// take two columns, combining marks none, everything else one.

public enum WideChar {
    /// Columns a character occupies: 0, 1 or 2. Control characters count 1 (the grid
    /// replaces them by a visible substitute).
    public static func width(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F { return 1 }
        if scalars.count > 1, scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }  // emoji presentation
        return width(first)
    }

    /// Columns of one scalar (combining marks and format characters: 0).
    public static func width(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 1 }
        if v < 0x300 { return 1 }
        if DisplayWidth.isZeroWidth(s) { return 0 }
        return DisplayWidth.isWide(v) ? 2 : 1
    }

    /// Columns a string occupies.
    public static func width(_ s: Substring) -> Int {
        var n = 0
        for c in s { n += width(c) }
        return n
    }

    public static func width(_ s: String) -> Int { width(s[...]) }
}

extension Substring {
    /// Columns this substring occupies on a terminal.
    public var columns: Int { WideChar.width(self) }
}

extension String {
    /// Columns this string occupies on a terminal.
    public var columns: Int { WideChar.width(self) }

    /// The longest prefix that fits in `width` columns; when cut, ends with `ellipsis`
    /// (which counts in the width).
    public func truncated(to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if columns <= width { return self }
        let room = width - ellipsis.columns
        guard room >= 0 else { return "" }
        var out = ""
        var used = 0
        for c in self {
            let w = WideChar.width(c)
            if used + w > room { break }
            out.append(c)
            used += w
        }
        return out + ellipsis
    }

    /// Padded with spaces (or cut) to exactly `width` columns.
    public func padded(to width: Int, ellipsis: String = "…") -> String {
        let t = truncated(to: width, ellipsis: ellipsis)
        let n = t.columns
        return n < width ? t + String(repeating: " ", count: width - n) : t
    }

    /// Right-aligned in `width` columns.
    public func leftPadded(to width: Int) -> String {
        let n = columns
        return n < width ? String(repeating: " ", count: width - n) + self : self
    }

    /// Tabs expanded to the next multiple of `tabSize` columns.
    public func expandingTabs(_ tabSize: Int = 8) -> String {
        guard contains("\t") else { return self }
        var out = ""
        var col = 0
        for c in self {
            if c == "\t" {
                let n = tabSize - col % tabSize
                out += String(repeating: " ", count: n)
                col += n
            } else {
                out.append(c)
                col += WideChar.width(c)
            }
        }
        return out
    }
}
