/// How many terminal columns text occupies, so that columns line up when names or printed
/// lines contain wide characters (Korean, Chinese, Japanese, most emoji take two columns;
/// combining marks take none). Deterministic: explicit tables, no locale, no `wcwidth`.
public enum DisplayWidth {
    /// Columns taken by one scalar: 0, 1 or 2.
    static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }
        if isWide(v) { return 2 }
        return isZeroWidth(s) ? 0 : 1
    }

    /// Combining marks, format characters and conjoining Hangul jamo take no column.
    public static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default:
            let v = s.value
            return (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v)
        }
    }

    /// Columns taken by a string.
    static func of(_ text: String) -> Int {
        var n = 0
        for s in text.unicodeScalars { n += of(s) }
        return n
    }

    /// Columns taken by a character (a grapheme cluster).
    static func of(_ c: Character) -> Int {
        var n = 0
        for s in c.unicodeScalars { n += of(s) }
        return n
    }

    /// `text` cut to at most `width` columns; when cut, it ends with `ellipsis`.
    static func truncate(_ text: String, to width: Int, ellipsis: String) -> String {
        if width <= 0 { return "" }
        if text.utf8.count <= width, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        let total = of(text)
        if total <= width { return text }
        let room = width - of(ellipsis)
        if room < 0 { return String(ellipsis.prefix(width)) }
        var out = ""
        var used = 0
        for c in text {
            let w = of(c)
            if used + w > room { break }
            out.append(c)
            used += w
        }
        return out + ellipsis
    }

    /// `text` padded with spaces on the right to `width` columns (never cut).
    static func padRight(_ text: String, to width: Int) -> String {
        let w = of(text)
        return w >= width ? text : text + String(repeating: " ", count: width - w)
    }

    /// `text` padded with spaces on the left to `width` columns (never cut).
    static func padLeft(_ text: String, to width: Int) -> String {
        let w = of(text)
        return w >= width ? text : String(repeating: " ", count: width - w) + text
    }

    /// Control characters made visible (`\t`, `\r`, `\x1b`...), so a printed line stays one
    /// line and its width is what the terminal shows.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        var out = ""
        for s in text.unicodeScalars {
            switch s.value {
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0..<0x20, 0x7F:
                let hex = Array("0123456789abcdef")
                out += "\\x" + String(hex[Int(s.value >> 4)]) + String(hex[Int(s.value & 15)])
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15), plus the emoji presentation blocks.
    public static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        if v >= 0xAC00 && v <= 0xD7A3 { return true }  // Hangul syllables, the common case
        if v >= 0x4E00 && v <= 0x9FFF { return true }  // CJK unified ideographs
        var lo = 0, hi = wideRanges.count  // first range starting above v
        while lo < hi {
            let mid = (lo + hi) / 2
            if wideRanges[mid].lowerBound > v { hi = mid } else { lo = mid + 1 }
        }
        return lo > 0 && v <= wideRanges[lo - 1].upperBound
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F004...0x1F004,
        0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F260...0x1F265,
        0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393,
        0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4,
        0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D,
        0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A, 0x1F595...0x1F596,
        0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC,
        0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF, 0x1F6EB...0x1F6EC,
        0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0, 0x1F90C...0x1F93A,
        0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD,
        0x30000...0x3FFFD,
    ]
}
