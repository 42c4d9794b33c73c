import Runtimes
import XCTest

/// The standard library modules written in Python (Sources/Runtimes/Python) import on their
/// own, each in a fresh engine, and refuse what they do not support by name.
final class PythonLibraryModuleTests: XCTestCase {
    private func run(_ source: String) throws -> (Engine.Outcome, String, String) {
        let engine = try Engine(file: "t.py", source: source)
        var out = "", err = ""
        engine.onOutput = { _, stream, text in
            if stream == .stdout { out += text } else { err += text }
        }
        return (engine.run(), out, err)
    }

    func testEveryPythonLibraryModuleImportsAlone() throws {
        let modules = ["itertools", "operator", "functools", "contextlib", "collections", "typing",
                       "dataclasses", "enum", "textwrap", "statistics", "string", "json", "os", "argparse",
                       "logging", "uuid", "datetime", "time", "traceback", "urllib.parse", "concurrent.futures",
                       "html.parser", "html", "__future__"]
        for name in modules {
            let (_, out, err) = try run("import \(name)\nprint(\(name).__name__)\n")
            XCTAssertEqual(out, "\(name)\n", "import \(name) failed: \(err)")
        }
    }

    func testDataclassSlotsIsRefusedByName() throws {
        let (_, out, err) = try run("""
        from dataclasses import dataclass
        try:
            @dataclass(slots=True)
            class P:
                x: int
        except TypeError as e:
            print(e)
        """)
        XCTAssertEqual(out, "dataclass(slots=True) is not supported by loopscope\n", err)
    }

    func testAUserMetaclassSeesTheClassKeywordsAndPreparedNamespace() throws {
        let (_, out, err) = try run("""
        class Meta(type):
            @classmethod
            def __prepare__(mcs, name, bases, **kw):
                return {'seen': sorted(kw)}
            def __new__(mcs, name, bases, ns, **kw):
                return super().__new__(mcs, name, bases, ns)
        class C(metaclass=Meta, a=1, b=2):
            pass
        print(C.seen, type(C).__name__)
        """)
        XCTAssertEqual(out, "['a', 'b'] Meta\n", err)
    }
}
