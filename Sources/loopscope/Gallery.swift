import Gallery
import TUI

/// The bundled scenarios (Scenarios/*.py, embedded in the binary by the Gallery target so
/// the gallery works from any directory), in the order the picker shows them.
enum Gallery {
    /// The seed article's programs come first, in teaching order (blocking code, then the
    /// event loops); the others follow grouped by library, by name.
    static let seeds = [
        "sync_subroutines.py", "sequential_tasks.py", "asyncio_gather.py",
        "gevent_pool_5.py", "gevent_pool_30.py", "tornado_coroutines.py",
    ]
    static let libraries = ["sync", "asyncio", "gevent", "tornado"]

    static var scenarios: [Scenario] {
        let all = BundledScenarios.all.map { Scenario(path: $0.name, text: $0.text, isFile: false) }
        func rank(_ s: Scenario) -> (Int, Int, String) {
            if let i = seeds.firstIndex(of: s.path) { return (0, i, s.path) }
            return (1, libraries.firstIndex(of: s.runtime) ?? libraries.count, s.path)
        }
        return all.sorted { rank($0) < rank($1) }
    }
}
