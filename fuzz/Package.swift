// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for Newsdesk's parsers and sanitisers: see fuzz/README.md and `make fuzz`. Built with
/// `-sanitize=fuzzer,address` into a scratch path of their own, so the main package's debug build stays warm.
let fuzzTargets: [(name: String, dependencies: [Target.Dependency])] = [
    ("fuzz-comment-sanitizer", [.product(name: "NewsdeskCore", package: "Newsdesk")]),
]

let package = Package(
    name: "NewsdeskFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Newsdesk", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "NewsdeskCore", package: "Newsdesk")])
    ]
        + fuzzTargets.map { target in
            .executableTarget(name: target.name, dependencies: ["FuzzSupport"] + target.dependencies)
        },
    swiftLanguageModes: [.v6]
)
