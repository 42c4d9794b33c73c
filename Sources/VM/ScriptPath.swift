#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `__file__` of the main script: CPython (3.9+) makes the path given on the command line
/// absolute by prefixing the working directory, without normalising `.` or `..`.
enum ScriptPath {
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") || path.isEmpty || path.hasPrefix("<") { return path }
        guard let cwd = getcwd(nil, 0) else { return path }
        defer { free(cwd) }
        let dir = String(cString: cwd)
        return dir.hasSuffix("/") ? dir + path : dir + "/" + path
    }
}
