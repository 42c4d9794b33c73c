import ArgumentParser
import Export
import Foundation
import Language
import Loop
import Runtimes
import Trace

/// `loopscope run FILE`: prints what `python3 FILE` prints, on the virtual clock.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a scenario headless and print its output, as python3 would.")

    @Argument(help: "The scenario file.")
    var file: String

    @Flag(help: "Prefix each output line with the virtual time: <seconds, 3 decimals><TAB><text>.")
    var timestamps = false

    @OptionGroup var limitOptions: LimitOptions

    @Option(help: "Write the raw trace as JSON Lines to this file.")
    var trace: String?

    @Argument(parsing: .postTerminator, help: "Arguments for the scenario after --: sys.argv[1:].")
    var arguments: [String] = []

    func run() throws {
        try LargeStack.run(runCommand)
    }

    private func runCommand() throws {
        let source = try SourceFile.loadOrExit(file)
        let engine = try source.engineOrExit()
        engine.arguments = arguments
        // Only `--trace` reads the activity; without it the run keeps what defines it.
        engine.trace.recordsActivity = trace != nil
        let printer = OutputPrinter(timestamps: timestamps)
        engine.onOutput = { time, stream, text in printer.write(time: time, stream: stream, text: text) }
        let limits = limitOptions.engineLimits
        let outcome = engine.run(limits: limits)
        printer.finish(time: engine.now)
        if let path = trace {
            try writeTrace(engine.trace, to: path)
        }
        if let failure = printer.failure {
            printError("loopscope: \(failure)\n")
            throw ExitCode(2)
        }
        switch outcome {
        case .finished(let status):
            if status != 0 { throw ExitCode(status) }
        case .exception:
            throw ExitCode(1)
        case .deadlock(let report):
            printError(report)
            throw ExitCode(3)
        case .limitReached(let message):
            printError("loopscope: \(message)\n")
            throw ExitCode(4)
        }
    }

    private func writeTrace(_ trace: Trace, to path: String) throws {
        do {
            try OutputFile.write(to: path) { sink in sink.write(TraceJSONL.encode(trace)) }
        } catch {
            printError("loopscope: cannot write trace: \(error)\n")
            throw ExitCode(2)
        }
    }
}

/// Streams program output to stdout/stderr, optionally stamping each completed stdout line
/// with the virtual time at which it was completed.
final class OutputPrinter {
    let timestamps: Bool
    private var pending = ""
    /// The first failed write to standard output (a full disk, a closed pipe); later
    /// output is dropped and `run` reports it.
    private(set) var failure: Error?

    init(timestamps: Bool) {
        self.timestamps = timestamps
    }

    func write(time: Int64, stream: VM.OutputStream, text: String) {
        if stream == .stderr {
            flush()
            printError(text)
            return
        }
        guard timestamps else {
            emit(text)
            return
        }
        pending += text
        while let nl = pending.firstIndex(of: "\n") {
            let line = pending[..<nl]
            emit("\(VirtualTime.format(time))\t\(line)\n")
            pending = String(pending[pending.index(after: nl)...])
        }
    }

    func finish(time: Int64) {
        if timestamps && !pending.isEmpty {
            emit("\(VirtualTime.format(time))\t\(pending)\n")
            pending = ""
        }
        flush()
    }

    private var buffer = ""

    private func emit(_ s: String) {
        buffer += s
        if buffer.utf8.count > 1 << 15 { flush() }
    }

    private func flush() {
        if !buffer.isEmpty {
            if failure == nil {
                do { try OutputFile.writeAll(1, Array(buffer.utf8), path: "standard output") } catch { failure = error }
            }
            buffer = ""
        }
    }
}

import VM
