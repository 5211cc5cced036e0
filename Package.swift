// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Crosscheck",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "crosscheck", targets: ["crosscheck"]),
        .library(name: "Crosscheck", targets: ["Crosscheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The system C library that renders Markdown.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Plain value types that flow from one stage to the next.
        .target(name: "CrosscheckModel"),
        // Shared text tools: sentences, tokens, folding, similarity.
        .target(name: "CrosscheckText"),
        // Stage 1: load files into articles.
        .target(name: "CrosscheckLoad", dependencies: ["CrosscheckModel", "CrosscheckText", "Yams"]),
        // Stage 2: clean articles into documents.
        .target(name: "CrosscheckClean", dependencies: ["CrosscheckModel", "CrosscheckText"]),
        // Stage 3: analyse documents (quotes and people, claims, reliability).
        .target(name: "CrosscheckQuotes", dependencies: ["CrosscheckModel", "CrosscheckText"]),
        .target(name: "CrosscheckClaims", dependencies: ["CrosscheckModel", "CrosscheckText"]),
        .target(name: "CrosscheckReliability", dependencies: ["CrosscheckModel", "CrosscheckText"]),
        // Stage 4: render the report into site files.
        .target(
            name: "CrosscheckRender",
            dependencies: ["CrosscheckModel", "CrosscheckText", "CCmark", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // Stage 5: write site files atomically.
        .target(name: "CrosscheckWrite", dependencies: ["CrosscheckModel"]),
        // The memory allocator. On Linux, linking mimalloc replaces malloc for the whole process: the
        // analysis makes millions of small strings and arrays, and glibc's allocator took a tenth of the
        // build's time. Memory freed between stages is handed back to the system here too.
        .target(name: "CMemory", linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]),
        // The pipeline that joins the stages.
        .target(
            name: "Crosscheck",
            dependencies: [
                "CrosscheckModel", "CrosscheckLoad", "CrosscheckClean", "CrosscheckQuotes",
                "CrosscheckClaims", "CrosscheckReliability", "CrosscheckRender", "CrosscheckWrite", "CMemory",
            ]
        ),
        .executableTarget(
            name: "crosscheck",
            dependencies: ["Crosscheck", "CrosscheckText", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Makes a large synthetic corpus and times each stage of a release build on it.
        .executableTarget(name: "crosscheck-bench", dependencies: ["Crosscheck", "CrosscheckText"]),
        .testTarget(name: "CrosscheckLoadTests", dependencies: ["CrosscheckLoad"]),
        .testTarget(name: "CrosscheckCleanTests", dependencies: ["CrosscheckClean"]),
        .testTarget(name: "CrosscheckQuotesTests", dependencies: ["CrosscheckQuotes", "CrosscheckText"]),
        .testTarget(name: "CrosscheckClaimsTests", dependencies: ["CrosscheckClaims", "CrosscheckText"]),
        .testTarget(name: "CrosscheckReliabilityTests", dependencies: ["CrosscheckReliability", "CrosscheckText"]),
        .testTarget(name: "CrosscheckRenderTests", dependencies: ["CrosscheckRender"]),
        .testTarget(name: "CrosscheckWriteTests", dependencies: ["CrosscheckWrite"]),
        .testTarget(name: "CrosscheckTests", dependencies: ["Crosscheck"]),
        // Invariants of the text stages on generated input.
        .testTarget(
            name: "CrosscheckPropertyTests",
            dependencies: [
                "CrosscheckLoad", "CrosscheckClean", "CrosscheckQuotes", "CrosscheckReliability", "CrosscheckText",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
    ]
)
