import PyBase

/// The result of a throwing call as text: the value, or "!Kind: message" for a PyBaseError
/// (the same notation the expectation tables use for CPython's exceptions).
func outcome<T>(_ body: () throws -> T, _ show: (T) -> String) -> String {
    do {
        return show(try body())
    } catch let e as PyBaseError {
        return "!\(e.kind.rawValue): \(e.message)"
    } catch {
        return "!unexpected \(error)"
    }
}

func outcome(_ body: () throws -> String) -> String { outcome(body, { $0 }) }
