// swift-tools-version: 6.1
import PackageDescription

// The pipeline, one target per stage:
//   RoadmapSources (git) -> RoadmapCompiler (parse, check, link) -> RoadmapCore (model, diagnostics)
//   -> RoadmapReport (diagnostics and JSON renderers) / RoadmapSite (HTML) -> roadmap (thin CLI)
// RoadmapTheme holds the default theme (templates/) compiled in by the EmbedTheme build plugin.
let package = Package(
    name: "roadmap",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "roadmap", targets: ["roadmap"]),
        .executable(name: "roadmap-corpus", targets: ["roadmap-corpus"]),
        .library(name: "RoadmapCore", targets: ["RoadmapCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "5.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CGit2", pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]),
        // zlib, for reading git pack files directly (libgit2-dev already depends on zlib1g-dev).
        .systemLibrary(
            name: "CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),

        // The default theme (every file of templates/) compiled into the binary by the EmbedTheme
        // build plugin, so an installed or copied `roadmap` needs no files beside it.
        .target(name: "RoadmapTheme", plugins: ["EmbedTheme"]),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["embed-theme"]),
        .executableTarget(name: "embed-theme"),

        // The compiled roadmap and the diagnostics vocabulary; no dependencies, no I/O.
        .target(name: "RoadmapCore"),
        // Where files come from: the working tree, a commit, or the index (libgit2 lives only here).
        .target(name: "RoadmapSources", dependencies: ["RoadmapCore", "CGit2", "CZlib"]),
        // Markdown through cmark-gfm: outlines for checks, safe HTML for the site.
        .target(name: "RoadmapMarkdown", dependencies: ["CCmarkGFM"]),
        // Front matter, checks, linking: text in, model and diagnostics out.
        .target(
            name: "RoadmapCompiler",
            dependencies: ["RoadmapCore", "RoadmapSources", "RoadmapMarkdown", "Yams"]),
        // The roadmap's memory: item timelines mined from git history, roadmap diffs, history checks.
        .target(
            name: "RoadmapHistory",
            dependencies: ["RoadmapCore", "RoadmapSources", "RoadmapCompiler"]),
        // Diagnostics as text, JSON, GitHub annotations, SARIF; the roadmap as JSON.
        .target(name: "RoadmapReport", dependencies: ["RoadmapCore"]),
        // The roadmap to take along: iCalendar, a Markdown or HTML summary, Mermaid, PDF.
        .target(name: "RoadmapExport", dependencies: ["RoadmapCore", "RoadmapHistory"]),
        // New roadmaps and files: `init` and `new` templates, ids from titles, git hooks.
        .target(name: "RoadmapScaffold", dependencies: ["RoadmapCore", "RoadmapTheme"]),
        // The static HTML site, from overridable Mustache templates.
        .target(
            name: "RoadmapSite",
            dependencies: [
                "RoadmapCore", "RoadmapMarkdown", "RoadmapReport", "RoadmapHistory", "RoadmapTheme",
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        // A deterministic, seeded generator of large roadmaps for benchmarks and tests.
        .target(name: "RoadmapCorpus"),
        .executableTarget(
            name: "roadmap",
            dependencies: [
                "RoadmapCore", "RoadmapSources", "RoadmapCompiler", "RoadmapHistory", "RoadmapReport", "RoadmapSite",
                "RoadmapScaffold", "RoadmapTheme", "RoadmapExport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "roadmap-corpus",
            dependencies: [
                "RoadmapCorpus", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // libFuzzer targets, built with -sanitize=fuzzer,address -D FUZZING only by scripts/fuzz.sh;
        // a plain build makes stubs that say so.
        .target(name: "FuzzDriver", path: "Fuzz/FuzzDriver"),
        .executableTarget(name: "fuzz-file", dependencies: ["FuzzDriver", "RoadmapCompiler", "RoadmapSources"], path: "Fuzz/fuzz-file"),
        .executableTarget(name: "fuzz-markdown", dependencies: ["FuzzDriver", "RoadmapMarkdown"], path: "Fuzz/fuzz-markdown"),
        .executableTarget(name: "fuzz-pack", dependencies: ["FuzzDriver", "RoadmapSources", "CGit2"], path: "Fuzz/fuzz-pack"),
        .executableTarget(name: "fuzz-cache", dependencies: ["FuzzDriver", "RoadmapCompiler", "RoadmapHistory", "RoadmapCore"], path: "Fuzz/fuzz-cache"),

        .testTarget(name: "RoadmapCoreTests", dependencies: ["RoadmapCore"]),
        .testTarget(name: "RoadmapSourcesTests", dependencies: ["RoadmapSources", "RoadmapCore"], exclude: ["FuzzInputs"]),
        .testTarget(name: "RoadmapMarkdownTests", dependencies: ["RoadmapMarkdown"]),
        .testTarget(
            name: "RoadmapCompilerTests",
            dependencies: ["RoadmapCompiler", "RoadmapCore", "RoadmapSources", "RoadmapReport", "RoadmapCorpus"],
            exclude: ["Golden"]),
        .testTarget(
            name: "RoadmapHistoryTests",
            dependencies: ["RoadmapHistory", "RoadmapCompiler", "RoadmapCore", "RoadmapSources", "RoadmapCorpus"]),
        .testTarget(
            name: "RoadmapSiteTests",
            dependencies: ["RoadmapSite", "RoadmapCore", "RoadmapMarkdown", "RoadmapHistory", "RoadmapCompiler", "RoadmapSources", "RoadmapTheme"],
            exclude: ["Golden"]),
        .testTarget(
            name: "SiteBrowserTests",
            dependencies: ["RoadmapCompiler", "RoadmapSources", "RoadmapSite", "RoadmapCore", "RoadmapHistory"],
            exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "RoadmapCorpusTests", dependencies: ["RoadmapCorpus"]),
        .testTarget(name: "RoadmapScaffoldTests", dependencies: ["RoadmapScaffold", "RoadmapCore"]),
        .testTarget(
            name: "RoadmapReportTests",
            dependencies: ["RoadmapReport", "RoadmapCompiler", "RoadmapCore", "RoadmapSources"],
            exclude: ["Resources"]),
        .testTarget(
            name: "RoadmapExportTests",
            dependencies: ["RoadmapExport", "RoadmapCompiler", "RoadmapCore", "RoadmapSources", "RoadmapHistory"]),
        .testTarget(name: "roadmapTests", dependencies: ["RoadmapCore", "Yams"]),
    ],
    swiftLanguageModes: [.v6]
)
