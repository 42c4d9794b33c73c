// swift-tools-version:6.0
import PackageDescription

// Targets follow the layers of docs/ARCHITECTURE.md; imports point downward only,
// and the compiler enforces it because each layer names only what it may import.
// The interpreter's hot paths mutate class-held buffers; dynamic exclusivity checks cost a
// third of its time and the VM never relies on them (one thread, no overlapping access).
let fast: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked", "-Xfrontend", "-assume-single-threaded"])]

let package = Package(
    name: "loopscope",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "loopscope", targets: ["loopscope"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses", providers: [.apt(["libncurses-dev"])]),
        .target(name: "Trace", swiftSettings: fast),
        .target(name: "Language", swiftSettings: fast),
        // Pure algorithms with Python's exact semantics (float repr, format specs, MT19937);
        // no interpreter, so they are testable alone.
        .target(name: "PyBase", dependencies: [.product(name: "BigInt", package: "BigInt")], swiftSettings: fast),
        .target(name: "Loop", dependencies: [
            .product(name: "DequeModule", package: "swift-collections"),
        ], swiftSettings: fast),
        .target(name: "VM", dependencies: [
            "Language", "PyBase",
            .product(name: "BigInt", package: "BigInt"),
            .product(name: "DequeModule", package: "swift-collections"),
            .product(name: "OrderedCollections", package: "swift-collections"),
        ], swiftSettings: fast),
        // The library modules written in Python (Python/*.py) are embedded in the binary.
        .target(name: "Runtimes", dependencies: [
            "VM", "Loop", "Trace", "Language", "PyBase",
            .product(name: "BigInt", package: "BigInt"),
        ], resources: [.embedInCode("Python")], swiftSettings: fast),
        .target(name: "Export", dependencies: ["Trace"]),
        .target(name: "TUI", dependencies: ["Trace", "Export"]),
        .target(name: "TUIBackend", dependencies: ["TUI", "CNcurses"]),
        // The gallery's scenarios: Sources/Gallery/Scenarios links to the top-level Scenarios/,
        // whose .py files are embedded in the binary.
        .target(name: "Gallery", resources: [.embedInCode("Scenarios")]),
        .executableTarget(name: "loopscope", dependencies: [
            "Language", "VM", "Loop", "Runtimes", "Trace", "Export", "TUI", "TUIBackend", "Gallery",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "LanguageTests", dependencies: ["Language"]),
        .testTarget(name: "VMTests", dependencies: ["VM", "Runtimes", "Trace"]),
        .testTarget(name: "LoopTests", dependencies: ["Loop"]),
        .testTarget(name: "TraceTests", dependencies: ["Trace"]),
        .testTarget(name: "PyBaseTests", dependencies: ["PyBase", .product(name: "BigInt", package: "BigInt")]),
        .testTarget(name: "TUITests", dependencies: ["TUI", "Export", "Runtimes", "Trace", "Gallery", "VM"]),
        .testTarget(name: "CorpusTests", dependencies: ["Runtimes", "Loop", "PyBase"]),
        .testTarget(name: "ExportTests", dependencies: ["Export", "Runtimes", "Trace"], exclude: ["Golden"]),
        // Runs the built `loopscope` binary as a subprocess (exit statuses, messages, writes).
        .testTarget(name: "CLITests", dependencies: ["loopscope"]),
    ]
)
