// swift-tools-version:6.2
import PackageDescription

// A package that keeps its own copy of the Mi Account docs in docs/ and generates its
// Swift client types from them at build time, with midocs' build-tool plugin.
let package = Package(
    name: "MiAccountConsumer",
    dependencies: [
        .package(name: "midocs", path: "../..")
    ],
    targets: [
        .target(
            name: "ProfileClient",
            dependencies: [.product(name: "MiAccountRuntime", package: "midocs")],
            exclude: ["midocs.yml"],
            plugins: [.plugin(name: "GenerateMiAccountTypes", package: "midocs")]
        ),
        .testTarget(
            name: "ProfileClientTests",
            dependencies: ["ProfileClient"]
        ),
    ]
)
