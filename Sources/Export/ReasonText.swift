import Trace

/// Wait reasons in the reader's words, for the event log, the summary, Chrome slice
/// arguments and the CSV `detail` column.
struct ReasonText {
    let trace: Trace
    let names: TraceNames
    /// How many objects of a gather/wait/join list are named before "+N more".
    var listLimit = 3

    /// What the task waits for: `sleep until 5.000`, `gather(coroutine_1, coroutine_2)`,
    /// `acquire Semaphore`.
    func waiting(_ reason: WaitReason) -> String {
        switch reason {
        case .none: return ""
        case .sleep(let until): return "sleep until \(TimeText.seconds(until))"
        case .future(let r): return "await \(names[r])"
        case .task(let t): return "await \(names[t])"
        case .gather(let list): return "gather(\(objects(list)))"
        case .wait(let list): return "wait(\(objects(list)))"
        case .join(let list): return "join(\(objects(list)))"
        case .semaphore(let r), .lock(let r): return "acquire \(names[r])"
        case .event(let r): return "\(names[r]) to be set"
        case .condition(let r): return "notify on \(names[r])"
        case .queueGet(let r): return "get from \(names[r])"
        case .queuePut(let r): return "put into full \(names[r])"
        case .poolSlot(let r): return "a free slot in \(names[r])"
        case .executor(let r): return "work in \(names[r])"
        case .io(let until, let label):
            let what = trace.string(label)
            return "I/O \(what.isEmpty ? "" : what + " ")until \(TimeText.seconds(until))"
        case .label(let s): return trace.string(s)
        }
    }

    /// Why the wait ended, as the log says it when the task resumes at `time`: `sleep
    /// done`, `coroutine_2 done`, `acquired Semaphore`; a sleep or I/O left before its end
    /// (cancelled, timed out) was `interrupted`.
    func ended(_ reason: WaitReason, at time: Int64) -> String {
        switch reason {
        case .none: return ""
        case .sleep(let until): return time < until ? "sleep interrupted" : "sleep done"
        case .io(let until, let label) where time < until:
            let what = trace.string(label)
            return what.isEmpty ? "I/O interrupted" : "I/O \(what) interrupted"
        case .future(let r): return "\(names[r]) done"
        case .task(let t): return "\(names[t]) done"
        case .gather: return "gather done"
        case .wait: return "wait done"
        case .join: return "join done"
        case .semaphore(let r), .lock(let r): return "acquired \(names[r])"
        case .event(let r): return "\(names[r]) set"
        case .condition(let r): return "\(names[r]) notified"
        case .queueGet(let r): return "got an item from \(names[r])"
        case .queuePut(let r): return "room in \(names[r])"
        case .poolSlot(let r): return "slot free in \(names[r])"
        case .executor(let r): return "\(names[r]) work done"
        case .io(_, let label):
            let what = trace.string(label)
            return what.isEmpty ? "I/O done" : "I/O \(what) done"
        case .label(let s): return "\(trace.string(s)) done"
        }
    }

    /// The objects of a list, the first `listLimit` by name.
    func objects(_ list: IDList) -> String {
        let all = trace.objects(in: list)
        var parts = all.prefix(listLimit).map { object -> String in
            switch object {
            case .task(let t): return t.index < names.tasks.count ? names[t] : "task\(t.rawValue)"
            case .resource(let r): return r.index < names.resources.count ? names[r] : "resource\(r.rawValue)"
            }
        }
        if all.count > listLimit { parts.append("+\(all.count - listLimit) more") }
        return parts.joined(separator: ", ")
    }
}
