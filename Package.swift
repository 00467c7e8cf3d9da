// swift-tools-version:6.2
import PackageDescription

// Our own targets treat warnings as errors; dependencies are not affected.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "midocs",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "midocs", targets: ["midocs"]),
        .library(name: "MidocsCompiler", targets: ["MidocsCompiler"]),
        .library(name: "MiAccount", targets: ["MiAccount"]),
        .library(name: "MiAccountRuntime", targets: ["MiAccountRuntime"]),
        .plugin(name: "BuildDocs", targets: ["BuildDocs"]),
        .plugin(name: "GenerateMiAccountTypes", targets: ["GenerateMiAccountTypes"]),
    ],
    // Off by default, so that a package using the plugins needs only cmark-gfm installed.
    traits: [
        .trait(name: "Mimalloc", description: "Link the midocs executable with mimalloc on Linux (Debian libmimalloc-dev).")
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // Without its default ExternalLoading trait, which only slows the build.
        .package(url: "https://github.com/mattpolzin/OpenAPIKit", from: "6.4.0", traits: []),
        // The preview server: small, with no SwiftNIO to build.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // `midocs mcp`: the official MCP Swift SDK (only its MCP library is built).
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
        // The logger the MCP SDK's transports take.
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
    ],
    targets: [
        // GitHub's GFM build of cmark: the only parser here that reads pipe tables.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // The service's own rules (redirect-URI matching, MAC signatures), shared by the
        // compiler's checks of the docs' examples and by the client runtime.
        .target(
            name: "MiAccountRules",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        // The hand-written runtime the generated types build on; a package that generates
        // its own types with the build-tool plugin depends on this alone.
        .target(
            name: "MiAccountRuntime",
            dependencies: ["MiAccountRules"],
            swiftSettings: strict
        ),
        // The Mi Account client: Generated/ comes from the docs (`midocs swift`).
        .target(
            name: "MiAccount",
            dependencies: ["MiAccountRuntime"],
            swiftSettings: strict
        ),
        .target(
            name: "MidocsCompiler",
            dependencies: [
                "CCmarkGFM",
                // Only Profiles/MiAccount uses it: its checks run the service's own rules.
                "MiAccountRules",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
            ],
            // The JSON Schema of `midocs diff --format json`, for tool authors; make test checks it.
            exclude: ["Diff/diff.schema.json"],
            swiftSettings: strict
        ),
        // `midocs serve`: the site over loopback HTTP, with live reload and an error overlay.
        .target(
            name: "MidocsPreview",
            dependencies: [.product(name: "FlyingFox", package: "FlyingFox")],
            swiftSettings: strict
        ),
        // `midocs sandbox`: every documented operation served on loopback, from the model.
        .target(
            name: "MidocsSandbox",
            dependencies: ["MidocsCompiler", "MiAccountRules", .product(name: "FlyingFox", package: "FlyingFox")],
            swiftSettings: strict
        ),
        // `midocs mcp`: the checked model, the pages' Markdown twins and the service's rules as
        // MCP tools and resources, over standard input and output.
        .target(
            name: "MidocsMCP",
            dependencies: [
                "MidocsCompiler", "MiAccountRules", .product(name: "MCP", package: "swift-sdk"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "midocs",
            dependencies: [
                "MidocsCompiler",
                // `midocs sign` signs with the service's own rule.
                "MiAccountRules",
                "MidocsPreview",
                "MidocsSandbox",
                "MidocsMCP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict,
            // mimalloc replaces glibc's malloc, which took a sixth of a 10,000-page build's
            // CPU; only with the Mimalloc trait (make bench and make profile turn it on).
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux], traits: ["Mimalloc"]))]
        ),
        .plugin(
            name: "BuildDocs",
            capability: .command(
                intent: .custom(verb: "build-docs", description: "Check the docs, write the site and regenerate the Swift types"),
                permissions: [.writeToPackageDirectory(reason: "writes the site and the generated Swift sources")]
            ),
            dependencies: ["midocs"]
        ),
        .plugin(
            name: "GenerateMiAccountTypes",
            capability: .buildTool(),
            dependencies: ["midocs"]
        ),
        .testTarget(
            name: "MidocsCompilerTests",
            dependencies: ["MidocsCompiler", .product(name: "OpenAPIKit", package: "OpenAPIKit")],
            exclude: ["Fixtures", "Golden"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "MidocsSandboxTests",
            dependencies: ["MidocsSandbox", "MidocsCompiler", "MiAccount", .product(name: "FlyingFox", package: "FlyingFox")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "MidocsPreviewTests",
            dependencies: ["MidocsPreview"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "MiAccountTests",
            dependencies: ["MiAccount"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "MiAccountRulesTests",
            dependencies: ["MiAccountRules"],
            swiftSettings: strict
        ),
    ]
)
