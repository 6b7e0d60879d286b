// swift-tools-version:6.0
// Fuzz targets for Briefing's parsers, built with libFuzzer: `make fuzz` from the repository root.
// A separate package, so that a normal build never links a target without a main function.
import PackageDescription

let package = Package(
    name: "BriefingFuzz",
    // run.sh links .deps/briefing to the repository root, whatever the checkout folder is called.
    dependencies: [.package(path: ".deps/briefing")],
    targets: [
        .executableTarget(name: "FuzzFrontMatter", dependencies: [.product(name: "BriefingKit", package: "briefing")]),
        .executableTarget(name: "FuzzExtractor", dependencies: [.product(name: "BriefingKit", package: "briefing")]),
        .executableTarget(name: "FuzzMarkdown", dependencies: [.product(name: "BriefingKit", package: "briefing")]),
    ],
    swiftLanguageModes: [.v6]
)
