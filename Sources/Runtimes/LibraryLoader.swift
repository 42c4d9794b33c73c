import Language
import VM

/// The one way library modules written in Python are built: a file of `PythonLibrary`
/// compiled as `<module name>`, or a `LibraryPackage`'s files run in order in one namespace,
/// and the `pkg.sub` modules that re-export a package's names.
extension Engine {
    /// Compiles and runs library module `name` (a package runs all its files).
    func loadLibrary(_ name: String) throws -> PyModule {
        let codes = try (LibraryPackage.all[name]?.parts ?? [name]).map(compileLibraryFile)
        let module = try vm.execModule(name: name, code: codes[0])
        for code in codes.dropFirst() { try vm.exec(code, in: module) }
        return module
    }

    private func compileLibraryFile(_ file: String) throws -> CodeObject {
        guard let source = PythonLibrary.source(of: file) else {
            throw vm.runtimeError("internal error: the library file \(file).py is missing")
        }
        do {
            return try Compiler.compile(source: source, filename: "<\(file)>")
        } catch {
            throw vm.runtimeError("internal error: the \(file) library does not compile: \(error.render(file: "<\(file)>", source: source))")
        }
    }

    /// `pkg.sub` of a `LibraryPackage`: a module holding the names it re-exports from the
    /// package, which it replaces as the package's attribute `sub`; nil for any other name.
    func librarySubmodule(_ name: String) throws -> PyModule? {
        guard let package = LibraryPackage.exporting(name) else { return nil }
        let parent = try vm.importModuleValue(package.name)
        let sub = PyModule(name: name)
        for n in package.submodules[name] ?? [] { if let v = parent.globals.get(n) { sub[n] = v } }
        parent[String(name.dropFirst(package.name.count + 1))] = .object(sub)
        return sub
    }
}
