/// `import` and `from ... import`: modules come from the runtime's provider.
extension VM {
    /// Imports `name` (dotted). Returns the top package unless `leaf` asks for the module itself.
    func importModule(_ name: String, leaf: Bool) throws -> PyObject {
        let parts = name.split(separator: ".").map(String.init)
        var path = ""
        var top: PyModule?
        var last: PyModule?
        for part in parts {
            path = path.isEmpty ? part : path + "." + part
            let module = try loadModule(path)
            if let parent = last, parent.globals.get(part) == nil { parent[part] = .object(module) }
            if top == nil { top = module }
            last = module
        }
        return (leaf ? last : top)!
    }

    /// Imports a module by its full dotted name (for runtimes assembling packages).
    public func importModuleValue(_ name: String) throws -> PyModule {
        try loadModule(name)
    }

    private func loadModule(_ name: String) throws -> PyModule {
        if let m = modules[name] { return m }
        if let m = try moduleProvider?(self, name) {
            modules[name] = m
            return m
        }
        throw exception(Builtins.moduleNotFoundError, "No module named '\(name)' (loopscope supports: \(supportedModules.joined(separator: ", ")))")
    }

    /// Names listed in the error for an unknown module.
    public var supportedModules: [String] { supportedModuleNames.sorted() }

    func importFrom(_ module: Value, _ name: String) throws -> Value {
        guard case .object(let o) = module, let m = o as? PyModule else { return try getAttribute(module, name) }
        if let v = m.globals.get(name) { return v }
        if let sub = try? loadModule(m.name + "." + name) { return .object(sub) }
        throw exception(Builtins.importError, "cannot import name '\(name)' from '\(m.name)'")
    }
}
