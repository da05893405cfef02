// swift-tools-version:6.0
import PackageDescription

// Data flows one way: FamdashModel (load + validate) -> FamdashFigures (pure tables)
// -> FamdashDisclosure (suppression) -> FamdashSite (pages + atomic writer).
// FamdashCLI holds every command so tests can drive it; `famdash` is a thin executable.
let package = Package(
    name: "famdash",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "famdash", targets: ["famdash"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // TOMLKit 0.6.0 with one fix for undefined behaviour found by UBSan (Vendor/TOMLKit/PATCHES.md).
        .package(path: "Vendor/TOMLKit"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .target(name: "FamdashModel", dependencies: ["TOMLKit"]),
        .target(name: "FamdashFigures", dependencies: ["FamdashModel"]),
        .target(name: "FamdashDisclosure", dependencies: ["FamdashFigures", "FamdashSolver"]),
        .target(name: "FamdashCharts", dependencies: ["FamdashDisclosure", "FamdashFigures", "FamdashModel"]),
        .systemLibrary(name: "CGD", pkgConfig: "gdlib", providers: [.apt(["libgd-dev"])]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "FamdashRaster", dependencies: ["CGD", "CZlib", "FamdashCharts"]),
        .target(name: "CFileSwap"),
        .target(
            name: "FamdashSite",
            dependencies: ["FamdashModel", "FamdashFigures", "FamdashDisclosure", "FamdashCharts", "CFileSwap", "CZlib",
                           .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(name: "FamdashSample", dependencies: ["FamdashModel"]),
        // LP (COIN-OR CLP) and integer programmes (CBC) for the disclosure audit; EPL-2.0 libraries from Debian.
        .systemLibrary(name: "CClp", pkgConfig: "clp", providers: [.apt(["coinor-libclp-dev"])]),
        .systemLibrary(name: "CCbc", pkgConfig: "cbc", providers: [.apt(["coinor-libcbc-dev"])]),
        .target(name: "FamdashSolver", dependencies: ["CClp", "CCbc"]),
        .target(
            name: "FamdashCLI",
            dependencies: [
                "FamdashModel", "FamdashFigures", "FamdashDisclosure", "FamdashCharts", "FamdashRaster", "FamdashSite", "FamdashSample",
                .product(name: "ArgumentParser", package: "swift-argument-parser"), "TOMLKit",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(name: "famdash", dependencies: ["FamdashCLI"]),
        // Hand-worked fixtures shared by several test targets.
        .target(name: "FamdashTestSupport", dependencies: ["FamdashModel", "FamdashFigures"]),
        .testTarget(name: "FamdashModelTests", dependencies: ["FamdashModel"]),
        .testTarget(name: "FamdashFiguresTests", dependencies: ["FamdashFigures", "FamdashModel", "FamdashTestSupport"]),
        .testTarget(name: "FamdashDisclosureTests", dependencies: ["FamdashDisclosure", "FamdashFigures", "FamdashModel", "FamdashTestSupport"]),
        .testTarget(
            name: "FamdashChartsTests",
            dependencies: ["FamdashCharts", "FamdashRaster", "FamdashDisclosure", "FamdashFigures", "FamdashModel", "FamdashTestSupport"],
            exclude: ["References"]
        ),
        .testTarget(name: "FamdashSiteTests", dependencies: ["FamdashSite", "FamdashDisclosure", "FamdashFigures", "FamdashModel", "FamdashTestSupport"]),
        .testTarget(name: "FamdashSolverTests", dependencies: ["FamdashSolver"]),
        // Corpus/ holds the bad-input programme folders the tests read by path.
        .testTarget(name: "FamdashCLITests", dependencies: ["FamdashCLI", "FamdashSample", "FamdashModel", "famdash"], exclude: ["Corpus", "Snapshots"]),
    ]
)
