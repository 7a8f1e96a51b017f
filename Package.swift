// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Newsdesk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "newsdesk", targets: ["newsdesk"]),
        .library(name: "NewsdeskCore", targets: ["NewsdeskCore"]),
        // For the fuzz targets in fuzz/, a package of their own that builds these with libFuzzer.
        .library(name: "NewsdeskImport", targets: ["NewsdeskImport"]),
        .library(name: "NewsdeskMarkdown", targets: ["NewsdeskMarkdown"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/vapor/sqlite-nio.git", from: "1.13.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.7.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.25.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        .target(name: "NewsdeskCore"),
        .systemLibrary(
            name: "CCmarkGFM",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "NewsdeskMarkdown", dependencies: ["NewsdeskCore", "CCmarkGFM"]),
        .target(
            name: "NewsdeskStore",
            dependencies: [
                "NewsdeskCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "NewsdeskImport", dependencies: ["NewsdeskCore"]),
        .target(name: "NewsdeskFeeds", dependencies: ["NewsdeskCore"]),
        .target(
            name: "NewsdeskWeb",
            dependencies: [
                "NewsdeskClipper",
                "NewsdeskCore",
                "NewsdeskFeeds",
                "NewsdeskMarkdown",
                "NewsdeskStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ],
            resources: [.copy("Resources/theme"), .copy("Resources/admin"), .copy("Resources/api")]
        ),
        .target(
            name: "NewsdeskClipper",
            dependencies: [
                "NewsdeskCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "newsdesk",
            dependencies: [
                "NewsdeskClipper",
                "NewsdeskCore",
                "NewsdeskImport",
                "NewsdeskMarkdown",
                "NewsdeskStore",
                "NewsdeskWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "NewsdeskTestSupport",
            dependencies: [
                "NewsdeskCore", "NewsdeskStore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/NewsdeskTestSupport"
        ),
        .testTarget(
            name: "NewsdeskCoreTests",
            dependencies: [
                "NewsdeskCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "NewsdeskMarkdownTests",
            dependencies: ["NewsdeskCore", "NewsdeskMarkdown"]
        ),
        .testTarget(
            name: "NewsdeskFeedsTests",
            dependencies: ["NewsdeskCore", "NewsdeskFeeds", "NewsdeskMarkdown"]
        ),
        .testTarget(
            name: "NewsdeskImportTests",
            dependencies: ["NewsdeskCore", "NewsdeskImport", "NewsdeskStore", "NewsdeskTestSupport"]
        ),
        .testTarget(
            name: "NewsdeskStoreTests",
            dependencies: ["NewsdeskCore", "NewsdeskStore", "NewsdeskTestSupport"]
        ),
        .testTarget(
            name: "NewsdeskWebTests",
            dependencies: [
                "NewsdeskClipper", "NewsdeskCore", "NewsdeskImport", "NewsdeskMarkdown", "NewsdeskStore",
                "NewsdeskWeb", "NewsdeskTestSupport",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "NewsdeskClipperTests",
            dependencies: [
                "NewsdeskClipper", "NewsdeskCore", "NewsdeskTestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "NewsdeskCore", "NewsdeskStore", "NewsdeskTestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
