// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for Newsdesk's parsers and sanitisers (`make fuzz`; see fuzz/README.md). Built with
/// `-sanitize=fuzzer,address` into a scratch path of their own, so the main package's debug build stays warm.
let core = Target.Dependency.product(name: "NewsdeskCore", package: "Newsdesk")
let importing = Target.Dependency.product(name: "NewsdeskImport", package: "Newsdesk")
let markdown = Target.Dependency.product(name: "NewsdeskMarkdown", package: "Newsdesk")

let fuzzTargets: [(name: String, dependencies: [Target.Dependency])] = [
    ("fuzz-comment-sanitizer", [core]),
    ("fuzz-post-sanitizer", [core]),
    ("fuzz-markdown", [core, markdown]),
    ("fuzz-search-query", [core]),
    ("fuzz-prolog", [importing]),
    ("fuzz-blogger", [importing]),
    ("fuzz-wordpress", [importing]),
    ("fuzz-disqus", [importing]),
]

let package = Package(
    name: "NewsdeskFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Newsdesk", path: "..")],
    targets: [.target(name: "FuzzSupport", dependencies: [core, importing])]
        + fuzzTargets.map { target in
            .executableTarget(name: target.name, dependencies: ["FuzzSupport"] + target.dependencies)
        },
    swiftLanguageModes: [.v6]
)
