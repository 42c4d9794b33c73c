import CNcurses
import TUI

/// How roles look: colour pairs when the terminal has colours (and `NO_COLOR` is unset),
/// otherwise monochrome attributes that keep every role readable.
struct ColorScheme {
    /// ncurses attribute bits (`NCURSES_BITS(1, n)`; the macros are not imported).
    static let underline: attr_t = 1 << 17
    static let reverse: attr_t = 1 << 18
    static let dim: attr_t = 1 << 20
    static let bold: attr_t = 1 << 21

    let useColor: Bool
    /// Per role: colour pair number and attributes.
    private var looks: [(pair: Int16, attrs: attr_t)]

    /// Whether colours should be used: a colour terminal, and no `NO_COLOR`.
    static func wantsColor(environment: [String: String]) -> Bool {
        if let v = environment["NO_COLOR"], !v.isEmpty { return false }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" || term.hasPrefix("vt") { return false }
        return true
    }

    /// Sets up colour pairs (after `start_color`) or the monochrome table.
    init(color: Bool) {
        useColor = color
        looks = Array(repeating: (0, 0), count: Role.allCases.count)
        if color {
            let many = tigetnum("colors") >= 16
            let grey: Int16 = many ? 8 : -1
            let table: [(Role, Int16, Int16, attr_t)] = [
                (.normal, -1, -1, 0),
                (.header, Int16(COLOR_WHITE), Int16(COLOR_BLUE), 0),
                (.title, Int16(COLOR_CYAN), -1, 0),
                (.border, Int16(COLOR_BLUE), -1, 0),
                (.dim, grey, -1, many ? 0 : ColorScheme.dim),
                (.key, Int16(COLOR_YELLOW), -1, 0),
                (.running, Int16(COLOR_GREEN), -1, 0),
                (.ready, Int16(COLOR_YELLOW), -1, 0),
                (.waiting, Int16(COLOR_CYAN), -1, 0),
                (.blocked, Int16(COLOR_RED), -1, 0),
                (.done, grey, -1, many ? 0 : ColorScheme.dim),
                (.failed, Int16(COLOR_RED), -1, ColorScheme.bold),
                (.cursor, Int16(COLOR_MAGENTA), -1, ColorScheme.bold),
                (.highlight, Int16(COLOR_BLACK), Int16(COLOR_CYAN), 0),
                (.marker, Int16(COLOR_MAGENTA), -1, 0),
                (.error, Int16(COLOR_RED), -1, ColorScheme.bold),
                (.warning, Int16(COLOR_YELLOW), -1, ColorScheme.bold),
                (.prompt, -1, -1, ColorScheme.bold),
                (.accent, -1, -1, ColorScheme.bold),
            ]
            for (i, (role, fg, bg, attrs)) in table.enumerated() {
                let pair = Int16(i + 1)
                init_pair(pair, fg, bg)
                looks[Int(role.rawValue)] = (pair, attrs)
            }
        } else {
            let table: [(Role, attr_t)] = [
                (.normal, 0), (.header, ColorScheme.reverse), (.title, ColorScheme.bold), (.border, 0),
                (.dim, ColorScheme.dim), (.key, ColorScheme.bold), (.running, ColorScheme.bold), (.ready, 0),
                (.waiting, 0), (.blocked, ColorScheme.bold), (.done, ColorScheme.dim), (.failed, ColorScheme.bold),
                (.cursor, ColorScheme.bold), (.highlight, ColorScheme.reverse), (.marker, ColorScheme.bold),
                (.error, ColorScheme.bold | ColorScheme.underline), (.warning, ColorScheme.bold),
                (.prompt, ColorScheme.bold), (.accent, ColorScheme.bold),
            ]
            for (role, attrs) in table { looks[Int(role.rawValue)] = (0, attrs) }
        }
    }

    /// The colour pair and attributes of a style.
    func look(_ style: Style) -> (pair: Int16, attrs: attr_t) {
        var (pair, attrs) = looks[Int(style.role.rawValue)]
        if style.attributes.contains(.bold) { attrs |= ColorScheme.bold }
        if style.attributes.contains(.underline) { attrs |= ColorScheme.underline }
        if style.attributes.contains(.reverse) {
            // Reverse of a reversed role (the monochrome header) still reads as reversed.
            attrs = (attrs & ColorScheme.reverse) != 0 && !useColor ? attrs | ColorScheme.underline : attrs | ColorScheme.reverse
        }
        return (pair, attrs)
    }
}
