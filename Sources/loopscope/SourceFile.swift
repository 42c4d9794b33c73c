import ArgumentParser
import Export
import Foundation
import Runtimes

/// A scenario file read from disk, with the errors a user should see.
struct SourceFile {
    let path: String
    let text: String

    static func load(_ path: String) throws -> SourceFile {
        var info = stat()
        guard stat(path, &info) == 0 else { throw CLIError("cannot read '\(path)': \(readFailure(errno))") }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw CLIError("cannot read '\(path)': it is a directory") }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw CLIError("cannot read '\(path)': \(readFailure(errno))") }
        close(fd)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("cannot read '\(path)': \(readFailure(errno))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError("cannot read '\(path)': not UTF-8 text")
        }
        return SourceFile(path: path, text: text)
    }

    /// Why a file could not be read, in words.
    private static func readFailure(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES: return "permission denied"
        default: return String(cString: strerror(code))
        }
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

/// Writes to standard error (a failure there has nowhere to be reported).
func printError(_ text: String) {
    try? OutputFile.writeAll(2, Array(text.utf8), path: "standard error")
}

/// Writes to standard output; a failed write (a full disk) is reported with status 2.
func printOutput(_ text: String) throws {
    do {
        try OutputFile.writeAll(1, Array(text.utf8), path: "standard output")
    } catch {
        printError("loopscope: \(error)\n")
        throw ExitCode(2)
    }
}
