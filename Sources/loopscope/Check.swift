import ArgumentParser
import Language

/// `loopscope check FILE`: syntax and compile errors, without running.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Report syntax and compile errors without running the scenario.")

    @Argument(help: "The scenario file.")
    var file: String

    func run() throws {
        let source = try SourceFile.loadOrExit(file)
        let diagnostics = Checker.check(source.text)
        for d in diagnostics { printError(d.render(file: file, source: source.text)) }
        if !diagnostics.isEmpty { throw ExitCode(2) }
        try printOutput("\(file): ok\n")
    }
}

/// Parses, validates and compiles, collecting every error found.
enum Checker {
    static func check(_ source: String) -> [Diagnostic] {
        let module: Module
        do {
            module = try Parser.parse(source)
        } catch {
            return [error]
        }
        let problems = Validator.validate(module)
        if !problems.isEmpty { return problems }
        do {
            _ = try Compiler.compile(module, filename: "")
            return []
        } catch {
            return [error]
        }
    }
}
