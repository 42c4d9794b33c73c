// The screen as data: a grid of cells, each a character with a style. The view draws into
// a Grid; tests read it as text; the ncurses backend copies it to the terminal.

/// What a cell means, not how it looks: the backend maps roles to colours, or to
/// monochrome attributes when colours are off.
public enum Role: UInt8, CaseIterable, Sendable {
    case normal
    case header      // the top bar
    case title       // pane titles
    case border      // separators and rules
    case dim         // secondary text (line numbers, times, hints)
    case key         // key names in the footer and help
    case running
    case ready
    case waiting
    case blocked
    case done
    case failed
    case cursor      // the timeline's time cursor
    case highlight   // the focus line in the source pane
    case marker      // callbacks and timers in the timeline
    case error
    case warning
    case prompt      // the input line
    case accent      // emphasised values (times, counts)
}

/// Attributes added to a role.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Attributes(rawValue: 1)
    public static let reverse = Attributes(rawValue: 2)
    public static let underline = Attributes(rawValue: 4)
}

public struct Style: Hashable, Sendable {
    public var role: Role
    public var attributes: Attributes

    public init(_ role: Role = .normal, _ attributes: Attributes = []) {
        self.role = role
        self.attributes = attributes
    }

    public static let normal = Style()

    public func with(_ a: Attributes) -> Style { Style(role, attributes.union(a)) }
}

/// One terminal cell. A wide character occupies its cell and the next, which is marked
/// `isContinuation` and holds no character of its own.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style
    public var isContinuation: Bool

    public init(_ character: Character = " ", _ style: Style = .normal, continuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = continuation
    }

    public static let blank = Cell()
    /// Columns the character occupies (0 for a continuation cell).
    public var width: Int { isContinuation ? 0 : WideChar.width(character) }
}

/// A rectangle of cells, `x ..< x + width` by `y ..< y + height`.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int, y: Int, width: Int, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width <= 0 || height <= 0 }
    public var description: String { "(\(x),\(y) \(width)x\(height))" }

    /// The rectangle without `n` rows at the top.
    public func droppingTop(_ n: Int) -> Rect { Rect(x: x, y: y + n, width: width, height: height - n) }
    /// The first `n` rows.
    public func top(_ n: Int) -> Rect { Rect(x: x, y: y, width: width, height: min(n, height)) }
    /// The rectangle cut on the left by `n` columns.
    public func droppingLeft(_ n: Int) -> Rect { Rect(x: x + n, y: y, width: width - n, height: height) }
    /// Shrunk by `dx` columns and `dy` rows on every side.
    public func inset(_ dx: Int, _ dy: Int) -> Rect {
        Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }
    public func intersection(_ o: Rect) -> Rect {
        let x0 = max(x, o.x), y0 = max(y, o.y)
        return Rect(x: x0, y: y0, width: min(maxX, o.maxX) - x0, height: min(maxY, o.maxY) - y0)
    }
}

/// The screen: `width` × `height` cells.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
    }

    /// Sets one cell, keeping wide characters whole: a wide character half-overwritten
    /// becomes a space.
    public mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let i = y * width + x
        if cells[i].isContinuation, x > 0 { cells[i - 1] = Cell(" ", cells[i - 1].style) }
        if !cells[i].isContinuation, cells[i].width == 2, x + 1 < width {
            cells[i + 1] = Cell(" ", cells[i].style)
        }
        cells[i] = cell
    }

    /// Changes the style of the cells in `rect` (characters stay).
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { cells[y * width + x].style = transform(cells[y * width + x].style) }
        }
    }

    /// Fills `rect` with a character.
    public mutating func fill(_ rect: Rect, _ character: Character = " ", _ style: Style = .normal) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { set(x, y, Cell(character, style)) }
        }
    }

    /// Writes `text` from (x, y), clipped to `clip` (the whole grid by default); returns the
    /// column after the last character written. Wide characters that would cross the clip
    /// edge are replaced by a space; control characters by `?`; tabs should be expanded.
    @discardableResult
    public mutating func put(_ text: String, _ x: Int, _ y: Int, _ style: Style = .normal,
                             clip: Rect? = nil) -> Int {
        let c = (clip ?? bounds).intersection(bounds)
        guard y >= c.y, y < c.maxY else { return x }
        var col = x
        for ch in text {
            if col >= c.maxX { break }
            var char = ch
            var w = WideChar.width(ch)
            if let a = ch.asciiValue, a < 0x20 || a == 0x7F {
                char = "?"
            } else if w == 0 {
                continue  // a lone combining mark: nothing to draw it on
            }
            if col < c.x {  // starts left of the clip: skip (a wide char cut there becomes a space)
                if w == 2 && col + 1 == c.x { set(c.x, y, Cell(" ", style)) }
                col += w
                continue
            }
            if w == 2 && col + 1 >= c.maxX {
                char = " "
                w = 1
            }
            set(col, y, Cell(char, style))
            if w == 2 {
                set(col + 1, y, Cell(" ", style, continuation: true))
            }
            col += w
        }
        return col
    }

    /// Text of row `y` (wide characters once; trailing spaces kept).
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width where !self[x, y].isContinuation {
            s.append(self[x, y].character)
        }
        return s
    }

    /// The grid as text, one line per row, trailing spaces removed (what a snapshot shows).
    public var text: String {
        (0..<height).map { line($0).trimmingTrailingSpaces() }.joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
