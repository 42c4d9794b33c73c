import Foundation
@testable import Runtimes
import XCTest

/// The library's .py files (Sources/Runtimes/Python) are all embedded, every package lists
/// only files that exist, and every `pkg.sub` module holds each name its table promises.
final class LibraryFilesTests: XCTestCase {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/Runtimes/Python")

    func testEveryFileIsEmbeddedAndEveryPackagePartExists() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".py") }
        XCTAssertGreaterThan(files.count, 60)
        for file in files {
            let name = String(file.dropLast(3))
            let onDisk = try String(contentsOf: Self.directory.appendingPathComponent(file), encoding: .utf8)
            XCTAssertEqual(PythonLibrary.source(of: name), onDisk, "\(file) is not in PythonLibrary.files")
        }
        for package in LibraryPackage.all.values {
            XCTAssertEqual(package.parts.first, package.name)
            for part in package.parts {
                XCTAssertNotNil(PythonLibrary.source(of: part), "\(part).py is missing")
                XCTAssertEqual(PythonLibrary.isModule(part), part == package.name, part)
            }
        }
    }

    func testEverySubmoduleHoldsTheNamesItExports() throws {
        for package in LibraryPackage.all.values {
            for (sub, names) in package.submodules.sorted(by: { $0.key < $1.key }) {
                let engine = try Engine(file: "t.py", source: """
                import \(sub)
                print([n for n in \(names) if not hasattr(\(sub), n)], \(sub).__name__)
                print(\(package.name).\(sub.dropFirst(package.name.count + 1)) is \(sub))
                """)
                var out = "", err = ""
                engine.onOutput = { _, stream, text in
                    if stream == .stdout { out += text } else { err += text }
                }
                _ = engine.run()
                XCTAssertEqual(out, "[] \(sub)\nTrue\n", err)
            }
        }
    }

    /// A traceback through the library names the file of the submodule, as CPython's names
    /// asyncio/runners.py and asyncio/tasks.py.
    func testLibraryFramesNameTheirSubmodule() throws {
        let engine = try Engine(file: "t.py", source: """
        import asyncio
        async def main():
            await asyncio.wait_for(asyncio.sleep(1), 0.1)
        asyncio.run(main())
        """)
        var err = ""
        engine.onOutput = { _, stream, text in if stream == .stderr { err += text } }
        _ = engine.run()
        let frames = err.split(separator: "\n").filter { $0.hasPrefix("  File \"<") }.map { $0.split(separator: ",").first! }
        XCTAssertEqual(frames, ["  File \"<asyncio.tasks>\"", "  File \"<asyncio.runners>\"", "  File \"<asyncio.runners>\"",
                                "  File \"<asyncio.tasks>\""], err)
    }
}
