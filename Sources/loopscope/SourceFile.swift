import ArgumentParser
import Foundation
import Runtimes

/// A scenario file read from disk, with the errors a user should see.
struct SourceFile {
    let path: String
    let text: String

    static func load(_ path: String) throws -> SourceFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("cannot read '\(path)': no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError("cannot read '\(path)': not UTF-8 text")
        }
        return SourceFile(path: path, text: text)
    }

    /// `load`, reporting a failure on stderr and exiting with its status.
    static func loadOrExit(_ path: String) throws -> SourceFile {
        do {
            return try load(path)
        } catch let e as CLIError {
            printError("loopscope: \(e)\n")
            throw ExitCode(e.status)
        }
    }

    /// Compiles the scenario into an engine; a compile error is printed and exits with 2.
    func engineOrExit() throws -> Engine {
        do {
            return try Engine(file: path, source: text)
        } catch {
            printError(error.render(file: path, source: text))
            throw ExitCode(2)
        }
    }
}

/// A message for the user and an exit status.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    let status: Int32
    init(_ message: String, status: Int32 = 2) {
        description = message
        self.status = status
    }
}

/// Writes to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(text.data(using: .utf8)!)
}
