import Trace

/// Something the terminal reports.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
}

/// What the runner needs from a terminal: its size, drawing a grid, and events. The
/// ncurses backend implements it; tests use a fake.
public protocol Terminal: AnyObject {
    var size: (width: Int, height: Int) { get }
    /// Shows the grid.
    func draw(_ grid: Grid)
    /// Waits up to `timeout` milliseconds for a key or a resize; nil on timeout.
    func nextEvent(timeout: Int) -> TerminalEvent?
    /// True once a signal (SIGTERM, SIGHUP, SIGINT) asked the program to stop.
    var interrupted: Bool { get }
}

/// An error to show the user.
public struct LoadFailure: Error, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// The effects the runner may perform, provided by the executable (which knows the engine
/// and the file system).
public struct Environment {
    /// The bundled scenarios.
    public var gallery: [Scenario]
    /// Starts a run of a scenario (compile errors fail here).
    public var load: (Scenario) -> Result<TraceSource, LoadFailure>
    /// Reads a file scenario again from disk (for `r`).
    public var reread: (Scenario) -> Result<Scenario, LoadFailure>
    /// The timeline as text (for `e`).
    public var exportText: (Session) -> String
    /// Writes an export; returns the path written.
    public var writeExport: (Scenario, String) -> Result<String, LoadFailure>
    /// A monotonic clock in nanoseconds.
    public var now: () -> UInt64

    public init(gallery: [Scenario],
                load: @escaping (Scenario) -> Result<TraceSource, LoadFailure>,
                reread: @escaping (Scenario) -> Result<Scenario, LoadFailure>,
                exportText: @escaping (Session) -> String,
                writeExport: @escaping (Scenario, String) -> Result<String, LoadFailure>,
                now: @escaping () -> UInt64) {
        self.gallery = gallery
        self.load = load
        self.reread = reread
        self.exportText = exportText
        self.writeExport = writeExport
        self.now = now
    }
}

/// The main loop: feeds keys, resizes and the passing of real time to `update`, performs
/// its commands, and draws `View.render(model)` when it changed.
public final class Runner {
    public private(set) var model: Model
    let terminal: Terminal
    let environment: Environment
    private var lastGrid: Grid?
    /// True while the engine has more to run in the background.
    private var engineBusy = false

    public init(model: Model, terminal: Terminal, environment: Environment) {
        self.model = model
        self.terminal = terminal
        self.environment = environment
    }

    /// Runs until the user quits or a signal arrives.
    public func run() {
        let size = terminal.size
        send(.resize(width: size.width, height: size.height))
        if let v = model.viewer { perform(v.runAhead()) }
        var last = environment.now()
        while !model.quitting && !terminal.interrupted {
            draw()
            let playing = model.viewer?.playing == true || model.viewer?.pendingTime != nil
            let timeout = engineBusy ? 5 : playing ? 30 : model.message?.remaining != nil ? 100 : 250
            let event = terminal.nextEvent(timeout: timeout)
            if terminal.interrupted { break }
            switch event {
            case .key(let k)?: send(.key(k))
            case .resize(let w, let h)?: send(.resize(width: w, height: h))
            case nil: break
            }
            let now = environment.now()
            let dt = Int64(clamping: now &- last)
            last = now
            engineBusy = false
            send(.tick(max(0, min(dt, 1_000_000_000))))
        }
    }

    /// Sends a message through `update` and performs the resulting commands.
    public func send(_ message: Message) {
        perform(model.update(message))
    }

    /// Draws the model if the screen changed.
    public func draw() {
        let grid = View.render(model)
        if grid != lastGrid {
            terminal.draw(grid)
            lastGrid = grid
        }
    }

    func perform(_ commands: [Command]) {
        var queue = commands
        var guardCount = 0
        var advanced = false
        while !queue.isEmpty && guardCount < 64 {
            guardCount += 1
            let command = queue.removeFirst()
            var reply: Message?
            switch command {
            case .quit:
                model.quitting = true
            case .advance(let events):
                guard let v = model.viewer, !v.session.isComplete else { break }
                if advanced {  // one chunk per frame: the rest on the next frames
                    engineBusy = true
                    break
                }
                advanced = true
                v.session.source.advance(events: events)
                v.session.update()
                engineBusy = !v.session.isComplete
                reply = .advanced
            case .open(let i):
                guard i >= 0, i < environment.gallery.count else { break }
                let scenario = environment.gallery[i]
                switch environment.load(scenario) {
                case .success(let source): reply = .opened(Session(scenario: scenario, source: source), fromGallery: true)
                case .failure(let f): reply = .failed(f.message)
                }
            case .reload:
                guard let old = model.viewer?.session.scenario else { break }
                switch environment.reread(old).flatMap({ s in environment.load(s).map { (s, $0) } }) {
                case .success(let (scenario, source)): reply = .reloaded(Session(scenario: scenario, source: source))
                case .failure(let f): reply = .failed("reload failed: " + f.message)
                }
            case .export:
                guard let session = model.viewer?.session else { break }
                let text = environment.exportText(session)
                switch environment.writeExport(session.scenario, text) {
                case .success(let path): reply = .exported(path)
                case .failure(let f): reply = .failed("export failed: " + f.message)
                }
            }
            if let reply { queue += model.update(reply) }
        }
    }
}
