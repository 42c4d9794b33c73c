/// The library modules written in Python: plain `.py` files in `Sources/Runtimes/Python/`,
/// embedded in the binary at build time (SwiftPM's `embedInCode`, which names each file's
/// bytes `PackageResources.<file name with _ for .>`). A file's name is the module's dotted
/// name plus `.py` (`itertools.py` is `import itertools`, `gevent.local.py` would be
/// `import gevent.local`). Adding a module: add the file, then its line in `files`.
enum PythonLibrary {
    private static let files: [String: [UInt8]] = [
        "_refusals": PackageResources._refusals_py,
        "_strptime": PackageResources._strptime_py,
        "argparse": PackageResources.argparse_py,
        "datetime": PackageResources.datetime_py,
        "gevent.local": PackageResources.gevent_local_py,
        "gevent.select": PackageResources.gevent_select_py,
        "gevent.subprocess": PackageResources.gevent_subprocess_py,
        "gevent.util": PackageResources.gevent_util_py,
        "json": PackageResources.json_py,
        "logging": PackageResources.logging_py,
        "os": PackageResources.os_py,
        "posixpath": PackageResources.posixpath_py,
        "string": PackageResources.string_py,
        "__future__": PackageResources.__future___py,
        "traceback": PackageResources.traceback_py,
        "uuid": PackageResources.uuid_py,
        "time": PackageResources.time_py,
        "gevent.socket": PackageResources.gevent_socket_py,
        "gevent.time": PackageResources.gevent_time_py,
        "urllib": PackageResources.urllib_py,
        "concurrent": PackageResources.concurrent_py,
        "concurrent.futures": PackageResources.concurrent_futures_py,
        "html": PackageResources.html_py,
        "html.entities": PackageResources.html_entities_py,
        "html.parser": PackageResources.html_parser_py,
        "_markupbase": PackageResources._markupbase_py,
        "tornado.escape": PackageResources.tornado_escape_py,
        "tornado.httpclient": PackageResources.tornado_httpclient_py,
        "urllib.parse": PackageResources.urllib_parse_py,
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
