// swift-tools-version:5.9
// TOMLKit 0.6.0 (https://github.com/LebJe/TOMLKit, MIT licence, see LICENSE), vendored with one
// fix: see PATCHES.md. Its tests and documentation are left out.
import PackageDescription

let package = Package(
    name: "TOMLKit",
    products: [
        .library(name: "TOMLKit", targets: ["TOMLKit"]),
    ],
    targets: [
        .target(
            name: "CTOML",
            cxxSettings: [
                .define("TOML_EXCEPTIONS", to: "1"),
                .define("_CRT_NONSTDC_NO_WARNINGS", .when(platforms: [.windows])),
                // toml++ predates this Clang warning; upstream code is not ours to restyle.
                .unsafeFlags(["-Wno-deprecated-literal-operator"]),
            ]
        ),
        // Upstream's Swift is not ours to restyle: its warnings are silenced, not fixed.
        .target(name: "TOMLKit", dependencies: ["CTOML"], swiftSettings: [.unsafeFlags(["-suppress-warnings"])]),
    ],
    cLanguageStandard: .c99,
    cxxLanguageStandard: .cxx17
)
