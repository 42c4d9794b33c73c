extension VM {
    /// The main script's path as CPython's `co_filename` and `__file__` show it (absolute).
    public var scriptPath: String { ScriptPath.absolute(filename) }
}
