/// The library modules written in Python: plain `.py` files in `Sources/Runtimes/Python/`,
/// embedded in the binary at build time (SwiftPM's `embedInCode`, which names each file's
/// bytes `PackageResources.<file name with _ for .>`). A file's name is the module's dotted
/// name plus `.py` (`itertools.py` is `import itertools`, `gevent.local.py` would be
/// `import gevent.local`). Adding a module: add the file, then its line in `files`.
enum PythonLibrary {
    private static let files: [String: [UInt8]] = [
        "string": PackageResources.string_py,
        "itertools": PackageResources.itertools_py,
        "operator": PackageResources.operator_py,
        "functools": PackageResources.functools_py,
        "contextlib": PackageResources.contextlib_py,
        "collections": PackageResources.collections_py,
        "typing": PackageResources.typing_py,
        "dataclasses": PackageResources.dataclasses_py,
        "enum": PackageResources.enum_py,
        "textwrap": PackageResources.textwrap_py,
        "statistics": PackageResources.statistics_py,
    ]

    /// The names of every module written in Python.
    static var moduleNames: [String] { Array(files.keys) }

    /// The source of module `name`, or nil when it is not a Python library module.
    static func source(of name: String) -> String? {
        files[name].map { String(decoding: $0, as: UTF8.self) }
    }
}
