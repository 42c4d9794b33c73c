import Trace

/// A tiny deterministic JSON writer: appends UTF-8 to a byte buffer, keys in the order
/// written, no whitespace, integers in decimal, strings with only `"`, `\` and control
/// characters escaped (`\n \r \t \b \f`, others `\u00XX`) — the conventions of the trace's
/// JSON Lines encoding.
struct JSONBuilder {
    var out: [UInt8] = []
    /// Whether the next key or element needs a comma first.
    private var needsComma = false

    init(capacity: Int = 4096) { out.reserveCapacity(capacity) }

    mutating func raw(_ s: String) { out.append(contentsOf: s.utf8) }

    mutating func beginObject() { separate(); out.append(UInt8(ascii: "{")); needsComma = false }
    mutating func endObject() { out.append(UInt8(ascii: "}")); needsComma = true }
    mutating func beginArray() { separate(); out.append(UInt8(ascii: "[")); needsComma = false }
    mutating func endArray() { out.append(UInt8(ascii: "]")); needsComma = true }

    /// `"key":` (with a comma before it when needed).
    mutating func key(_ k: String) {
        separate()
        out.append(UInt8(ascii: "\""))
        raw(k)
        out.append(UInt8(ascii: "\""))
        out.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// A newline (for line-per-record layouts); keeps the comma state.
    mutating func newline() { out.append(0x0A) }

    /// Starts the next element of an array on a new line: the comma, if needed, ends the
    /// previous line.
    mutating func nextLine() {
        separate()
        out.append(0x0A)
        needsComma = false
    }

    mutating func value<T: BinaryInteger>(_ v: T) { separate(); number(v); needsComma = true }
    mutating func value(_ s: String) { separate(); string(s); needsComma = true }
    mutating func value(_ b: Bool) { separate(); raw(b ? "true" : "false"); needsComma = true }
    mutating func null() { separate(); raw("null"); needsComma = true }
    /// A value already in JSON form (a number formatted elsewhere).
    mutating func literal(_ s: String) { separate(); raw(s); needsComma = true }

    mutating func field<T: BinaryInteger>(_ k: String, _ v: T) { key(k); value(v) }
    mutating func field<T: BinaryInteger>(_ k: String, _ v: T?) {
        key(k)
        if let v { value(v) } else { null() }
    }
    mutating func field(_ k: String, _ s: String) { key(k); value(s) }
    mutating func field(_ k: String, _ s: String?) {
        key(k)
        if let s { value(s) } else { null() }
    }
    mutating func field(_ k: String, _ b: Bool) { key(k); value(b) }
    mutating func literalField(_ k: String, _ s: String) { key(k); literal(s) }

    /// Takes the buffer, leaving it empty (the comma state is kept).
    mutating func take() -> [UInt8] {
        let bytes = out
        out.removeAll(keepingCapacity: true)
        return bytes
    }

    private mutating func separate() {
        if needsComma { out.append(UInt8(ascii: ",")) }
    }

    private mutating func number<T: BinaryInteger>(_ v: T) {
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

    private mutating func string(_ s: String) { JSONString.append(s, to: &out) }

    /// A wait reason's keys, as the trace's JSON Lines write them: `reason` (a name or
    /// null), then `until_ns` (sleep), `target` (task), `ids` (gather/wait/join),
    /// `label` + `until_ns` (io), `label` (label) or `resource` (the others).
    mutating func reason(_ r: WaitReason, trace: Trace) {
        field("reason", r.name)
        switch r {
        case .none: break
        case .sleep(let until): field("until_ns", until)
        case .task(let t): field("target", t.rawValue)
        case .gather(let l), .wait(let l), .join(let l):
            key("ids")
            beginArray()
            for o in trace.objects(in: l) {
                beginObject()
                switch o {
                case .task(let t): field("task", t.rawValue)
                case .resource(let res): field("resource", res.rawValue)
                }
                endObject()
            }
            endArray()
        case .io(let until, let label): field("label", trace.string(label)); field("until_ns", until)
        case .label(let s): field("label", trace.string(s))
        default: field("resource", r.resource!.rawValue)
        }
    }
}
