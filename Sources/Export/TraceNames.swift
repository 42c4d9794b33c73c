import Trace

/// The names exports show for tasks and resources, and the runtime a trace comes from.
///
/// A task keeps the name the program gave it (`create_task(..., name=)`, `set_name`), but
/// a generated name (`Task-1`, `Greenlet-3`) is replaced by the function the task runs,
/// read from the source line it was created at (`async def coroutine_1():` gives
/// `coroutine_1`), because that is the name the reader knows. When several tasks run the
/// same function (or a function is called like another task), the generated number is
/// kept: `work#1`, `work#2`. Resources get their creation name (`Semaphore`, `Future`);
/// repeated names are numbered in creation order (`Future#1`, `Future#2`).
public struct TraceNames: Sendable {
    /// Display label of each task, by `TaskID.index`.
    public let tasks: [String]
    /// Each task's name in the trace (after renames), by `TaskID.index`.
    public let traceNames: [String]
    /// Display label of each resource, by `ResourceID.index`.
    public let resources: [String]
    /// `asyncio`, `gevent`, `tornado` or `sync`: from the task kinds, or when only the main
    /// program ran as a task, from the runtime modules the source imports.
    public let runtime: String

    public init(trace: Trace, source: ScenarioSource) {
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        // The current name of each task: its creation name, then its last rename.
        var names: [StringID] = []
        names.reserveCapacity(trace.taskCount)
        var kinds: [TaskKind] = []
        var locations: [TraceLocation] = []
        for k in 0..<trace.count {
            switch trace.kind(at: k) {
            case .taskCreated:
                if case let .taskCreated(_, name, kind, _, location) = trace.event(at: k) {
                    names.append(name)
                    kinds.append(kind)
                    locations.append(location)
                }
            case .taskRenamed:
                if case let .taskRenamed(t, name) = trace.event(at: k) { names[t.index] = name }
            default:
                break
            }
        }
        let traceNames = names.map { trace.string($0) }
        self.traceNames = traceNames
        var functionOfLine: [Int32: String?] = [:]
        var labels: [String] = []
        var derived: [Bool] = []
        labels.reserveCapacity(names.count)
        for i in names.indices {
            let name = traceNames[i]
            var label = name
            var fromSource = false
            if kinds[i] != .main, TraceNames.isGenerated(name) {
                let line = locations[i].line
                let function: String?
                if let cached = functionOfLine[line] {
                    function = cached
                } else {
                    function = line >= 1 && Int(line) <= lines.count
                        ? TraceNames.definedFunction(in: lines[Int(line) - 1]) : nil
                    functionOfLine[line] = function
                }
                if let function {
                    label = function
                    fromSource = true
                }
            }
            labels.append(label.isEmpty ? "task\(i)" : label)
            derived.append(fromSource)
        }
        // Names from functions must stay unique: number repeated ones and any that hides
        // a name the program chose.
        var uses: [String: Int] = [:]
        for label in labels { uses[label, default: 0] += 1 }
        for i in labels.indices where derived[i] && uses[labels[i]]! > 1 {
            let generated = traceNames[i]
            let number = generated.split(separator: "-").last.map(String.init) ?? String(i)
            labels[i] += "#" + number
        }
        tasks = labels
        let byKinds = TraceNames.runtime(of: kinds)
        runtime = byKinds == "sync" ? TraceNames.runtime(imports: lines) ?? byKinds : byKinds

        var resourceNames: [String] = []
        resourceNames.reserveCapacity(trace.resourceCount)
        for r in 0..<trace.resourceCount {
            let info = trace.resourceInfo(ResourceID(UInt32(r)))
            let name = trace.string(info.name)
            resourceNames.append(name.isEmpty ? info.kind.name : name)
        }
        var counts: [String: Int] = [:]
        for name in resourceNames { counts[name, default: 0] += 1 }
        var seen: [String: Int] = [:]
        resources = resourceNames.map { name in
            guard counts[name]! > 1 else { return name }
            let n = seen[name, default: 0] + 1
            seen[name] = n
            return "\(name)#\(n)"
        }
    }

    /// The label of `task`.
    public subscript(task: TaskID) -> String { tasks[task.index] }
    /// The label of `resource`.
    public subscript(resource: ResourceID) -> String { resources[resource.index] }

    /// The runtime named by the task kinds: tornado coroutines run on asyncio, so they win;
    /// then greenlets, asyncio tasks (and executor threads); a trace with only the main
    /// program is `sync`.
    static func runtime(of kinds: [TaskKind]) -> String {
        var seen = Set<UInt8>()
        for k in kinds { seen.insert(k.rawValue) }
        if seen.contains(TaskKind.tornadoCoroutine.rawValue) { return "tornado" }
        if seen.contains(TaskKind.greenlet.rawValue) { return "gevent" }
        if seen.contains(TaskKind.asyncioTask.rawValue) || seen.contains(TaskKind.thread.rawValue) { return "asyncio" }
        return "sync"
    }

    /// The runtime a program imports (`import tornado...`, `from gevent import ...`), for
    /// traces whose tasks do not tell (a runtime that ran everything as callbacks): tornado
    /// first, then gevent, then asyncio; nil when it imports none of them.
    static func runtime<S: StringProtocol>(imports lines: [S]) -> String? {
        var found = Set<String>()
        for line in lines {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "." })
            guard let first = words.first, first == "import" || first == "from" else { continue }
            let modules = first == "from" ? Array(words.dropFirst().prefix(1)) : Array(words.dropFirst())
            for m in modules where ["tornado", "gevent", "asyncio"].contains(String(m)) { found.insert(String(m)) }
        }
        return ["tornado", "gevent", "asyncio"].first { found.contains($0) }
    }

    /// A name a runtime generated: letters, a dash and digits (`Task-1`, `Greenlet-12`).
    static func isGenerated(_ name: String) -> Bool {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
        return parts[0].allSatisfy { $0.isLetter || $0 == "_" } && parts[1].allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The function a `def` / `async def` line defines.
    static func definedFunction(in line: Substring) -> String? {
        var rest = line.drop { $0 == " " || $0 == "\t" }
        if rest.hasPrefix("async") {
            rest = rest.dropFirst(5)
            guard rest.first == " " || rest.first == "\t" else { return nil }
            rest = rest.drop { $0 == " " || $0 == "\t" }
        }
        guard rest.hasPrefix("def") else { return nil }
        rest = rest.dropFirst(3)
        guard rest.first == " " || rest.first == "\t" else { return nil }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        guard let first = name.first, !first.isNumber else { return nil }
        return String(name)
    }
}
