/// The library modules written in Python: plain `.py` files in `Sources/Runtimes/Python/`,
/// embedded in the binary at build time (SwiftPM's `embedInCode`, which names each file's
/// bytes `PackageResources.<file name with _ for .>`). A file's name is the module's dotted
/// name plus `.py` (`itertools.py` is `import itertools`, `gevent.local.py` is
/// `import gevent.local`), except the files of a `LibraryPackage` (asyncio, gevent, tornado),
/// which run together as their package. Adding a module: add the file, then its line in
/// `files`; `LibraryLoader` builds it.
enum PythonLibrary {
    private static let files: [String: [UInt8]] = [
        "__future__": PackageResources.__future___py,
        "_markupbase": PackageResources._markupbase_py,
        "_refusals": PackageResources._refusals_py,
        "_strptime": PackageResources._strptime_py,
        "argparse": PackageResources.argparse_py,
        "asyncio": PackageResources.asyncio_py,
        "asyncio.exceptions": PackageResources.asyncio_exceptions_py,
        "asyncio.futures": PackageResources.asyncio_futures_py,
        "asyncio.locks": PackageResources.asyncio_locks_py,
        "asyncio.queues": PackageResources.asyncio_queues_py,
        "asyncio.runners": PackageResources.asyncio_runners_py,
        "asyncio.taskgroups": PackageResources.asyncio_taskgroups_py,
        "asyncio.tasks": PackageResources.asyncio_tasks_py,
        "asyncio.timeouts": PackageResources.asyncio_timeouts_py,
        "collections": PackageResources.collections_py,
        "concurrent": PackageResources.concurrent_py,
        "concurrent.futures": PackageResources.concurrent_futures_py,
        "contextlib": PackageResources.contextlib_py,
        "dataclasses": PackageResources.dataclasses_py,
        "datetime": PackageResources.datetime_py,
        "enum": PackageResources.enum_py,
        "functools": PackageResources.functools_py,
        "gevent": PackageResources.gevent_py,
        "gevent._abstract_linkable": PackageResources.gevent__abstract_linkable_py,
        "gevent.event": PackageResources.gevent_event_py,
        "gevent.exceptions": PackageResources.gevent_exceptions_py,
        "gevent.greenlet": PackageResources.gevent_greenlet_py,
        "gevent.hub": PackageResources.gevent_hub_py,
        "gevent.local": PackageResources.gevent_local_py,
        "gevent.lock": PackageResources.gevent_lock_py,
        "gevent.monkey": PackageResources.gevent_monkey_py,
        "gevent.pool": PackageResources.gevent_pool_py,
        "gevent.queue": PackageResources.gevent_queue_py,
        "gevent.select": PackageResources.gevent_select_py,
        "gevent.socket": PackageResources.gevent_socket_py,
        "gevent.subprocess": PackageResources.gevent_subprocess_py,
        "gevent.time": PackageResources.gevent_time_py,
        "gevent.timeout": PackageResources.gevent_timeout_py,
        "gevent.util": PackageResources.gevent_util_py,
        "grequests": PackageResources.grequests_py,
        "heapq": PackageResources.heapq_py,
        "html": PackageResources.html_py,
        "html.entities": PackageResources.html_entities_py,
        "html.parser": PackageResources.html_parser_py,
        "itertools": PackageResources.itertools_py,
        "json": PackageResources.json_py,
        "logging": PackageResources.logging_py,
        "operator": PackageResources.operator_py,
        "os": PackageResources.os_py,
        "posixpath": PackageResources.posixpath_py,
        "requests": PackageResources.requests_py,
        "statistics": PackageResources.statistics_py,
        "string": PackageResources.string_py,
        "textwrap": PackageResources.textwrap_py,
        "time": PackageResources.time_py,
        "tornado": PackageResources.tornado_py,
        "tornado.concurrent": PackageResources.tornado_concurrent_py,
        "tornado.escape": PackageResources.tornado_escape_py,
        "tornado.gen": PackageResources.tornado_gen_py,
        "tornado.httpclient": PackageResources.tornado_httpclient_py,
        "tornado.ioloop": PackageResources.tornado_ioloop_py,
        "tornado.locks": PackageResources.tornado_locks_py,
        "tornado.queues": PackageResources.tornado_queues_py,
        "traceback": PackageResources.traceback_py,
        "typing": PackageResources.typing_py,
        "urllib": PackageResources.urllib_py,
        "urllib.parse": PackageResources.urllib_parse_py,
        "uuid": PackageResources.uuid_py,
    ]

    /// The files that are parts of a package rather than modules of their own.
    private static let packageParts = Set(LibraryPackage.all.values.flatMap { $0.parts.dropFirst() })

    /// The names of every module written in Python.
    static var moduleNames: [String] { files.keys.filter(isModule) }

    /// Whether `import name` runs file `name.py` (a module or a package of its own).
    static func isModule(_ name: String) -> Bool {
        files[name] != nil && !packageParts.contains(name)
    }

    /// The text of file `name.py`, or nil when there is no such file.
    static func source(of name: String) -> String? {
        files[name].map { String(decoding: $0, as: UTF8.self) }
    }
}
