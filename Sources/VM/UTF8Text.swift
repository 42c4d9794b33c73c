/// `str` algorithms on UTF-8 bytes. In valid UTF-8 a match of one string inside another
/// always begins and ends on code-point boundaries, so byte-level search, split and replace
/// give exactly Python's code-point results, without materialising code-point arrays.
enum UTF8Text {
    /// Byte offset of the first occurrence of `sub` (non-empty) in `s` at or after `from`.
    static func find(_ s: UnsafeBufferPointer<UInt8>, _ sub: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let n = s.count, m = sub.count
        if m == 0 || m > n - from { return m == 0 ? from : nil }
        let first = sub[0]
        var i = from
        let last = n - m
        while i <= last {
            if s[i] == first {
                var k = 1
                while k < m && s[i + k] == sub[k] { k += 1 }
                if k == m { return i }
            }
            i += 1
        }
        return nil
    }

    /// `s.replace(old, new, max)` for a non-empty `old`.
    static func replace(_ s: String, _ old: String, _ new: String, max: Int) -> String {
        withBytes(s) { sb in
            withBytes(old) { ob in
                var out: [UInt8] = []
                var i = 0, done = 0
                while done < max, let j = find(sb, ob, from: i) {
                    if out.isEmpty { out.reserveCapacity(sb.count) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: sb[i..<j]))
                    out.append(contentsOf: new.utf8)
                    i = j + ob.count
                    done += 1
                }
                if done == 0 { return s }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: sb[i...]))
                return String(decoding: out, as: UTF8.self)
            }
        }
    }

    /// `s.split(sep, max)` for a non-empty separator.
    static func split(_ s: String, _ sep: String, max: Int) -> [String] {
        withBytes(s) { sb in
            withBytes(sep) { pb in
                var out: [String] = []
                var i = 0, remaining = max
                while remaining > 0, let j = find(sb, pb, from: i) {
                    out.append(String(decoding: UnsafeBufferPointer(rebasing: sb[i..<j]), as: UTF8.self))
                    i = j + pb.count
                    remaining -= 1
                }
                out.append(String(decoding: UnsafeBufferPointer(rebasing: sb[i...]), as: UTF8.self))
                return out
            }
        }
    }

    /// Number of non-overlapping occurrences of a non-empty `sub`.
    static func count(_ s: String, _ sub: String) -> Int {
        withBytes(s) { sb in
            withBytes(sub) { pb in
                var n = 0, i = 0
                while let j = find(sb, pb, from: i) {
                    n += 1
                    i = j + pb.count
                }
                return n
            }
        }
    }

    /// ASCII-only text with each byte mapped, or nil when `s` has a non-ASCII byte.
    static func mapASCII(_ s: String, _ f: (UInt8) -> UInt8) -> String? {
        withBytes(s) { sb in
            var out = [UInt8](repeating: 0, count: sb.count)
            for i in 0..<sb.count {
                let b = sb[i]
                if b >= 0x80 { return nil }
                out[i] = f(b)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = s
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable(body)!
    }
}
