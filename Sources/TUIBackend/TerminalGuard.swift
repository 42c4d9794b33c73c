import Glibc

// Restoring the terminal whatever happens: normal quit, Ctrl-C, SIGTERM/SIGHUP/SIGINT
// (a flag the main loop polls, then the normal path), exit() from anywhere (atexit), and
// crashes (SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE: the handler restores the
// saved termios and leaves the alternate screen with async-signal-safe calls only, then
// hands the signal back to whoever handled it before: Swift's backtracer or the default).

nonisolated(unsafe) private var savedTermios = termios()
nonisolated(unsafe) private var termiosSaved = false
/// Set while the screen is in curses mode.
nonisolated(unsafe) private var cursesActive = false
/// The signal that asked to stop (0: none).
nonisolated(unsafe) private var stopSignal: Int32 = 0
nonisolated(unsafe) private var previousActions: [sigaction] = Array(repeating: sigaction(), count: 65)
private let crashSignals: [Int32] = [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE]
private let stopSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]

private func handleStop(_ sig: Int32) {
    stopSignal = sig
}

private func handleCrash(_ sig: Int32) {
    TerminalGuard.emergencyRestore()
    // Give the signal back to its previous handler (Swift's backtracer or the default): a
    // fault re-executes the faulting instruction; abort() re-raises by itself.
    sigaction(sig, &previousActions[Int(sig)], nil)
}

enum TerminalGuard {
    /// Remembers the terminal's settings before curses changes them.
    static func saveTerminal() {
        if tcgetattr(STDIN_FILENO, &savedTermios) == 0 { termiosSaved = true }
    }

    static var interrupted: Bool { stopSignal != 0 }
    static var signalNumber: Int32 { stopSignal }

    static func setActive(_ active: Bool) { cursesActive = active }

    static func install() {
        for sig in stopSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handleStop
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0  // no SA_RESTART: a blocking read returns
            sigaction(sig, &action, nil)
        }
        for sig in crashSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handleCrash
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, &previousActions[Int(sig)])
        }
        atexit(restoreAtExit)
    }

    /// Puts the terminal back (async-signal-safe: tcsetattr and write only).
    static func emergencyRestore() {
        guard cursesActive else { return }
        cursesActive = false
        // Leave the alternate screen, show the cursor, reset attributes, no mouse reporting.
        let reset = "\u{1B}[0m\u{1B}[?1049l\u{1B}[?25h\r\n"
        _ = reset.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
        if termiosSaved { tcsetattr(STDIN_FILENO, TCSANOW, &savedTermios) }
    }
}

private func restoreAtExit() {
    TerminalGuard.emergencyRestore()
}
