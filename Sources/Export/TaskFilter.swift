/// `--tasks PATTERN`: comma-separated glob patterns (`*` any run, `?` one character)
/// matched against a task's label and its trace name; a pattern without wildcards matches
/// anywhere as a substring. Case-sensitive, like the names.
struct TaskFilter {
    private let patterns: [[Character]]

    init?(_ text: String?) {
        guard let text, !text.isEmpty else { return nil }
        patterns = text.split(separator: ",").map { part -> [Character] in
            let p = Array(part)
            return p.contains("*") || p.contains("?") ? p : ["*"] + p + ["*"]
        }
    }

    func matches(label: String, name: String) -> Bool {
        patterns.contains { TaskFilter.glob($0, Array(label)) || (name != label && TaskFilter.glob($0, Array(name))) }
    }

    /// Iterative glob match with backtracking to the last `*` (linear in practice).
    static func glob(_ p: [Character], _ s: [Character]) -> Bool {
        var i = 0, j = 0
        var star = -1, mark = 0
        while j < s.count {
            if i < p.count && (p[i] == "?" || p[i] == s[j]) {
                i += 1
                j += 1
            } else if i < p.count && p[i] == "*" {
                star = i
                mark = j
                i += 1
            } else if star >= 0 {
                i = star + 1
                mark += 1
                j = mark
            } else {
                return false
            }
        }
        while i < p.count && p[i] == "*" { i += 1 }
        return i == p.count
    }
}
