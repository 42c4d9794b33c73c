import Trace
import VM

/// How runtimes name and place the tasks they create for the trace.
extension Engine {
    /// A task named after the call it makes: `function(arg, …)` with at most three
    /// arguments, each repr cut to 12 characters (gevent greenlets, tornado coroutines).
    func describeCall(_ fn: Value, _ args: Value) throws -> String {
        var name: Value? = nil
        do { name = try vm.getAttribute(fn, "__name__") } catch let e as PyError where e.exception.type.isSubtype(of: Builtins.attributeError) {}
        var text: String
        if let name, try vm.truthy(name) { text = try vm.str(name) } else { text = fn.type.name }
        let items = try vm.collect(args)
        var shown: [String] = []
        for item in items.prefix(3) {
            let r = try vm.repr(item)
            let scalars = r.unicodeScalars
            if scalars.count > 12 {
                var cut = String.UnicodeScalarView()
                cut.append(contentsOf: scalars.prefix(11))
                shown.append(String(cut) + "…")
            } else {
                shown.append(r)
            }
        }
        if items.count > 3 { shown.append("…") }
        text += "(" + shown.joined(separator: ", ") + ")"
        return text
    }

    /// Where `fn` is defined when the scenario defines it, else the running line.
    func definitionLocation(of fn: Value) -> TraceLocation {
        var f = fn
        if case .object(let o) = f, let m = o as? PyBoundMethod { f = m.function }
        if case .object(let o) = f, let p = o as? PyFunction, p.code.object.filename == file {
            return TraceLocation(line: p.code.object.location.line, column: p.code.object.location.column)
        }
        if let loc = vm.currentFiber?.location(inFile: file) {
            return TraceLocation(line: loc.line, column: loc.column)
        }
        return .unknown
    }
}
