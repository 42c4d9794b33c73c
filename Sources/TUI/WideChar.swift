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
        if isZeroWidth(s) { return 0 }
        return isWide(v) ? 2 : 1
    }

    /// Columns a string occupies.
    public static func width(_ s: Substring) -> Int {
        var n = 0
        for c in s { n += width(c) }
        return n
    }

    public static func width(_ s: String) -> Int { width(s[...]) }

    static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return s.value == 0x200B || (s.value >= 0x1160 && s.value <= 0x11FF)  // Hangul medial vowels, final consonants
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges (Unicode 15, EastAsianWidth.txt),
    /// merged into blocks.
    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        for (lo, hi) in wideRanges {
            if v < lo { return false }
            if v <= hi { return true }
        }
        return false
    }

    private static let wideRanges: [(UInt32, UInt32)] = [
        (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0),
        (0x23F3, 0x23F3), (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F),
        (0x2693, 0x2693), (0x26A1, 0x26A1), (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5),
        (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA), (0x26F2, 0x26F3), (0x26F5, 0x26F5),
        (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B), (0x2728, 0x2728),
        (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
        (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
        (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF),
        (0xA960, 0xA97F), (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F),
        (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x16FE0, 0x16FE4), (0x17000, 0x18CFF), (0x1B000, 0x1B2FF),
        (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A),
        (0x1F200, 0x1F251), (0x1F260, 0x1F265), (0x1F300, 0x1F320), (0x1F32D, 0x1F335),
        (0x1F337, 0x1F37C), (0x1F37E, 0x1F393), (0x1F3A0, 0x1F3CA), (0x1F3CF, 0x1F3D3),
        (0x1F3E0, 0x1F3F0), (0x1F3F4, 0x1F3F4), (0x1F3F8, 0x1F43E), (0x1F440, 0x1F440),
        (0x1F442, 0x1F4FC), (0x1F4FF, 0x1F53D), (0x1F54B, 0x1F54E), (0x1F550, 0x1F567),
        (0x1F57A, 0x1F57A), (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F),
        (0x1F680, 0x1F6C5), (0x1F6CC, 0x1F6CC), (0x1F6D0, 0x1F6D2), (0x1F6D5, 0x1F6D7),
        (0x1F6DC, 0x1F6DF), (0x1F6EB, 0x1F6EC), (0x1F6F4, 0x1F6FC), (0x1F7E0, 0x1F7EB),
        (0x1F7F0, 0x1F7F0), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF),
        (0x1FA70, 0x1FAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
    ]
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
