import CNcurses
import Glibc
import TUI

/// The only code that talks to ncurses: it sets the terminal up (locale, raw keys,
/// colours or their monochrome fallback), copies a `Grid` to the screen (wide characters
/// included), reads keys and resizes, and puts the terminal back on every way out.
public final class NcursesTerminal: Terminal {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    private var window: UnsafeMutablePointer<WINDOW>?
    private var scheme = ColorScheme(color: false)
    private var started = false
    /// False when the locale cannot encode Unicode: the caller should draw ASCII.
    public private(set) var unicode = true
    public private(set) var colors = false

    public init() {}

    /// Takes over the terminal. Fails when stdin/stdout is not a terminal.
    public func start(environment: [String: String]) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw Failure(description: "the viewer needs a terminal (use `loopscope run FILE` for plain output)")
        }
        setlocale(LC_ALL, "")
        if !NcursesTerminal.localeIsUTF8() {
            // Many containers and ssh sessions have no LANG although the terminal is UTF-8.
            if setlocale(LC_CTYPE, "C.UTF-8") == nil && setlocale(LC_CTYPE, "C.utf8") == nil {
                unicode = false
            }
        }
        if environment["TERM"] == nil || environment["TERM"] == "" { setenv("TERM", "xterm", 0) }
        TerminalGuard.saveTerminal()
        // initscr() exits on an unknown terminal; newterm() reports it.
        guard let probe = newterm(nil, fdopen(dup(STDOUT_FILENO), "w"), fdopen(dup(STDIN_FILENO), "r")) else {
            throw Failure(description: "cannot use this terminal (TERM=\(environment["TERM"] ?? "")): unknown to terminfo")
        }
        endwin()
        delscreen(probe)
        guard let w = initscr() else {
            throw Failure(description: "cannot initialise the terminal")
        }
        window = w
        TerminalGuard.install()
        TerminalGuard.setActive(true)
        started = true
        raw()
        noecho()
        nonl()
        keypad(window, true)
        curs_set(0)
        set_escdelay(25)
        leaveok(window, true)
        colors = ColorScheme.wantsColor(environment: environment) && has_colors()
        if colors {
            start_color()
            use_default_colors()
        }
        scheme = ColorScheme(color: colors)
    }

    /// Gives the terminal back (idempotent).
    public func stop() {
        guard started else { return }
        started = false
        endwin()
        TerminalGuard.setActive(false)
    }

    static func localeIsUTF8() -> Bool {
        guard let cs = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: cs).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    public var interrupted: Bool { TerminalGuard.interrupted }
    /// The signal that interrupted the viewer (0 if none).
    public var signalNumber: Int32 { TerminalGuard.signalNumber }

    public var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    public func draw(_ grid: Grid) {
        let h = min(grid.height, Int(getmaxy(window))), w = min(grid.width, Int(getmaxx(window)))
        var cc = cchar_t()
        var buffer = [wchar_t](repeating: 0, count: 6)
        for y in 0..<h {
            for x in 0..<w {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                var n = 0
                for scalar in cell.character.unicodeScalars where n < 5 {
                    buffer[n] = wchar_t(bitPattern: scalar.value)
                    n += 1
                }
                if !unicode && (n > 1 || buffer[0] > 0x7E) {
                    buffer[0] = wchar_t(UInt8(ascii: "?"))
                    n = 1
                }
                buffer[n] = 0
                let look = scheme.look(cell.style)
                setcchar(&cc, buffer, look.attrs, look.pair, nil)
                // The bottom-right cell scrolls some terminals; ncurses reports ERR there, harmlessly.
                _ = mvwadd_wch(window, Int32(y), Int32(x), &cc)
            }
        }
        wrefresh(window)
    }

    public func nextEvent(timeout: Int) -> TerminalEvent? {
        wtimeout(window, Int32(timeout))
        var ch: wint_t = 0
        let r = wget_wch(window, &ch)
        if r == ERR { return nil }
        if r == KEY_CODE_YES {
            if Int32(ch) == KEY_RESIZE {
                let s = size
                return .resize(width: s.width, height: s.height)
            }
            return NcursesTerminal.functionKey(Int32(ch)).map(TerminalEvent.key)
        }
        if ch == 26 {  // Ctrl-Z: suspend to the shell, then redraw everything
            suspend()
            let s = size
            return .resize(width: s.width, height: s.height)
        }
        return NcursesTerminal.characterKey(UInt32(ch)).map(TerminalEvent.key)
    }

    /// Suspends to the shell (Ctrl-Z) and comes back.
    public func suspend() {
        endwin()
        TerminalGuard.setActive(false)
        raise(SIGTSTP)
        TerminalGuard.setActive(true)
        clearok(window, true)
        wrefresh(window)
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_SLEFT: return .shiftLeft
        case KEY_SRIGHT: return .shiftRight
        case KEY_SR: return .shiftUp
        case KEY_SF: return .shiftDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        default:
            if code > KEY_F0 && code <= KEY_F0 + 12 { return .function(Int(code - KEY_F0)) }
            return nil
        }
    }

    static func characterKey(_ c: UInt32) -> Key? {
        switch c {
        case 27: return .escape
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(c + 96)!))
        case 0, 28...31: return nil
        default:
            guard let s = Unicode.Scalar(c) else { return nil }
            return .char(Character(s))
        }
    }
}
