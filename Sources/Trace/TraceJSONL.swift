/// The JSON Lines encoding of a trace (`loopscope run --trace FILE`): one JSON object per
/// event, keys in a fixed order, no whitespace, strings resolved, integers for times (ns).
/// Byte-deterministic: the same trace always gives the same bytes. The format is
/// documented in docs/TRACE_FORMAT.md.
public enum TraceJSONL {
    /// Format version written nowhere in the lines but named in the docs; bump on change.
    public static let version = 1

    /// The whole trace, one line (ending in "\n") per event.
    public static func encode(_ trace: Trace) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(trace.count * 100)
        encode(trace, range: 0..<trace.count, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The whole trace in UTF-8 chunks of at most `eventsPerChunk` lines each, handed to
    /// `sink` in order (write them to a file: memory stays at one chunk). The concatenated
    /// chunks equal `encode(trace)`.
    public static func encodeInChunks(_ trace: Trace, eventsPerChunk: Int = 16_384,
                                      _ sink: ([UInt8]) throws -> Void) rethrows {
        precondition(eventsPerChunk > 0, "eventsPerChunk must be positive")
        var start = 0
        var chunk: [UInt8] = []
        while start < trace.count {
            let end = min(trace.count, start + eventsPerChunk)
            chunk.removeAll(keepingCapacity: true)
            encode(trace, range: start..<end, into: &chunk)
            try sink(chunk)
            start = end
        }
    }

    /// The events in `range`, appended to `out`.
    public static func encode(_ trace: Trace, range: Range<Int>, into out: inout String) {
        var bytes: [UInt8] = []
        encode(trace, range: range, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// The events in `range` as UTF-8, appended to `out` (for writing files in chunks).
    /// Each line ends with a newline; `separator` goes before the newline of every line
    /// but the trace's last (`","` makes the lines the items of a JSON array).
    public static func encode(_ trace: Trace, range: Range<Int>, into out: inout [UInt8], separator: String = "") {
        var w = JSONWriter(out: out, trace: trace)
        out = []  // leave the writer the only owner of the buffer
        let last = trace.count - 1
        trace.forEachEvent(in: range) { k, event, time, step, tick in
            w.raw("{\"seq\":")
            w.number(k)
            w.raw(",\"time_ns\":")
            w.number(time)
            w.raw(",\"step\":")
            w.number(step)
            w.raw(",\"tick\":")
            w.number(tick)
            w.raw(",\"kind\":\"")
            w.raw(event.kind.name)
            w.raw("\"")
            w.fields(of: event)
            w.raw(k == last || separator.isEmpty ? "}\n" : "}" + separator + "\n")
        }
        out = w.out
    }
}

/// Appends JSON fragments as UTF-8; strings are escaped minimally and deterministically.
struct JSONWriter {
    var out: [UInt8]
    let trace: Trace

    mutating func raw(_ s: String) { out.append(contentsOf: s.utf8) }

    mutating func number<T: BinaryInteger>(_ v: T) {
        if v < 0 { out.append(UInt8(ascii: "-")) }
        var m = UInt64(v.magnitude)
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 20 digits
        withUnsafeMutableBytes(of: &scratch) { digits in
            var i = digits.count
            repeat {
                i -= 1
                digits[i] = UInt8(ascii: "0") + UInt8(m % 10)
                m /= 10
            } while m > 0
            out.append(contentsOf: digits[i...])
        }
    }

    mutating func key(_ k: String) {
        out.append(UInt8(ascii: ","))
        out.append(UInt8(ascii: "\""))
        raw(k)
        out.append(UInt8(ascii: "\""))
        out.append(UInt8(ascii: ":"))
    }

    mutating func int<T: BinaryInteger>(_ k: String, _ v: T) { key(k); number(v) }

    mutating func optional<T: BinaryInteger>(_ k: String, _ v: T?) {
        key(k)
        if let v { number(v) } else { raw("null") }
    }

    mutating func text(_ k: String, _ id: StringID) { key(k); string(trace.string(id)) }

    mutating func name(_ k: String, _ v: String) { key(k); string(v) }

    mutating func location(_ l: TraceLocation) { int("line", l.line); int("col", l.column) }

    /// A JSON string (see `JSONString.append`).
    mutating func string(_ s: String) { JSONString.append(s, to: &out) }

    mutating func objects(_ list: IDList) {
        key("ids")
        raw("[")
        for (i, o) in trace.objects(in: list).enumerated() {
            if i > 0 { raw(",") }
            switch o {
            case .task(let t): raw("{\"task\":"); number(t.rawValue)
            case .resource(let r): raw("{\"resource\":"); number(r.rawValue)
            }
            raw("}")
        }
        raw("]")
    }

    mutating func reason(_ r: WaitReason) {
        key("reason")
        guard let n = r.name else { raw("null"); return }
        string(n)
        switch r {
        case .none: break
        case .sleep(let until): int("until_ns", until)
        case .task(let t): int("target", t.rawValue)
        case .gather(let l), .wait(let l), .join(let l): objects(l)
        case .io(let until, let label): text("label", label); int("until_ns", until)
        case .label(let s): text("label", s)
        default: int("resource", r.resource!.rawValue)
        }
    }

    mutating func fields(of event: TraceEvent) {
        switch event {
        case .tickBegan:
            break
        case .stepBegan(let h, let t):
            int("handle", h); optional("task", t?.rawValue)
        case .taskCreated(let t, let n, let kind, let parent, let loc):
            int("task", t.rawValue); text("name", n); name("taskKind", kind.name)
            optional("parent", parent?.rawValue); location(loc)
        case .taskRenamed(let t, let n):
            int("task", t.rawValue); text("name", n)
        case .stateChanged(let t, let state, let r):
            int("task", t.rawValue); name("state", state.name); reason(r)
        case .taskLine(let t, let loc):
            int("task", t.rawValue); location(loc)
        case .output(let t, let stream, let s):
            optional("task", t?.rawValue); name("stream", stream.name); text("text", s)
        case .callbackScheduled(let h, let label, let loc):
            int("handle", h); text("label", label); location(loc)
        case .callbackRun(let h), .callbackCancelled(let h):
            int("handle", h)
        case .timerSet(let t, let deadline):
            int("timer", t); int("deadline_ns", deadline)
        case .timerFired(let t), .timerCancelled(let t):
            int("timer", t)
        case .resourceCreated(let r, let kind, let n, let capacity):
            int("resource", r.rawValue); name("resourceKind", kind.name); text("name", n)
            optional("capacity", capacity)
        case .resourceValue(let r, let v):
            int("resource", r.rawValue); int("value", v)
        case .holderAdded(let r, let t), .holderRemoved(let r, let t),
             .waiterAdded(let r, let t), .waiterRemoved(let r, let t):
            int("resource", r.rawValue); int("task", t.rawValue)
        case .warning(let s, let loc), .error(let s, let loc):
            text("text", s); location(loc)
        case .deadlock(let s):
            text("text", s)
        case .libraryInternal(let o):
            switch o {
            case .task(let t): int("task", t.rawValue)
            case .resource(let r): int("resource", r.rawValue)
            }
        }
    }
}

/// JSON string literals, byte for byte the same wherever loopscope writes JSON (trace lines
/// and exports).
public enum JSONString {
    /// Appends `"s"` with `"` `\` and control characters escaped (`\n` `\r` `\t` `\b` `\f`,
    /// others as `\u00XX`); everything else, non-ASCII included, copied as UTF-8.
    private static let hex = Array("0123456789abcdef".utf8)

    public static func append(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0x08: out.append(contentsOf: "\\b".utf8)
            case 0x0C: out.append(contentsOf: "\\f".utf8)
            case 0..<0x20:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 15)])
            default:
                out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
