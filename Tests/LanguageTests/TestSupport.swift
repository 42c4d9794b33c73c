import XCTest
import Language

/// The module dumped with `ASTDump`, or `error L:C: message`.
func dump(_ source: String, locations: Bool = false) -> String {
    do {
        return ASTDump.module(try Parser.parse(source), locations: locations)
    } catch {
        return "error \(error.location): \(error.message)"
    }
}

/// The dump of a source holding one expression statement, without the trailing newline.
func dumpExpression(_ source: String, locations: Bool = false) -> String {
    var text = dump(source, locations: locations)
    if text.hasSuffix("\n") { text.removeLast() }
    if locations, let at = text.range(of: "@1:1", options: .backwards), at.upperBound == text.endIndex {
        text.removeSubrange(at)
    }
    return text
}

/// The first diagnostic (parse, then validation) as `L:C: message`, or `ok`.
func firstError(_ source: String) -> String {
    do {
        let module = try Parser.parse(source)
        guard let first = Validator.validate(module).first else { return "ok" }
        return "\(first.location): \(first.message)"
    } catch {
        return "\(error.location): \(error.message)"
    }
}

/// All validation messages, in order.
func validationErrors(_ source: String) -> [String] {
    do {
        return Validator.validate(try Parser.parse(source)).map { "\($0.location): \($0.message)" }
    } catch {
        return ["parse error \(error.location): \(error.message)"]
    }
}
