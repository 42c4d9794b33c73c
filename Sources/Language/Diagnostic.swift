/// An error found before the program runs (syntax, unsupported construct, compile error).
public struct Diagnostic: Error, Hashable, Sendable {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ message: String, at location: SourceLocation, severity: Severity = .error) {
        self.message = message
        self.location = location
        self.severity = severity
    }

    /// `FILE:LINE:COL: error: MESSAGE`, the source line, and a caret under the column.
    public func render(file: String, source: String) -> String {
        var out = "\(file):\(location.line):\(location.column): \(severity.rawValue): \(message)\n"
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let index = Int(location.line) - 1
        if index >= 0 && index < lines.count {
            var text = String(lines[index])
            if text.hasSuffix("\r") { text.removeLast() }
            out += "    \(text)\n"
            // The caret sits under the column, padded by display width so wide glyphs line up.
            out += "    \(caretPrefix(text: text, column: Int(location.column)))^\n"
        }
        return out
    }

    private func caretPrefix(text: String, column: Int) -> String {
        var s = ""
        var col = 1
        for scalar in text.unicodeScalars {
            if col >= column { break }
            if scalar == "\t" { s.append("\t") } else { s.append(String(repeating: " ", count: DisplayWidth.of(scalar))) }
            col += 1
        }
        return s
    }
}

/// Terminal display width of a Unicode scalar (East Asian wide = 2, combining = 0).
public enum DisplayWidth {
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v == 0 { return 0 }
        if v < 0x300 { return 1 }
        // Combining marks and zero-width characters.
        if (0x0300...0x036F).contains(v) || (0x200B...0x200F).contains(v) || (0xFE00...0xFE0F).contains(v)
            || (0x1160...0x11FF).contains(v) || v == 0x200D {
            return 0
        }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }

    public static func of(_ s: some StringProtocol) -> Int {
        var w = 0
        for scalar in s.unicodeScalars { w += of(scalar) }
        return w
    }
}
