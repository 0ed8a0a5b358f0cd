// swift-tools-version: 6.1
import PackageDescription

// The pipeline, one target per stage; only the git stage links libgit2 and zlib:
//   RoadmapCore (model, diagnostics, the RoadmapSource protocol and the in-memory source)
//   -> RoadmapCompiler (parse, check, link: text from any RoadmapSource in, model out)
//   -> RoadmapHistory (the history model: timelines, diffs, feeds, history checks)
//   -> RoadmapReport (diagnostics and JSON renderers) / RoadmapSite (HTML; no git, no compiler)
//   RoadmapGraphviz (dependency drawings to DOT and SVG; the only target that links Graphviz)
//   RoadmapSources (git: working tree, commits, index, the pack reader and history walker)
//   -> RoadmapHistoryMiner (mines RoadmapHistory from git, with its cache)
//   -> RoadmapDriver (sessions over one source: caches, history policy, compile/check/history/site)
//   -> RoadmapServe (the live preview) / RoadmapMCP (the MCP server for assistants)
//   -> roadmap (thin CLI: arguments, one driver call, printing)
// The source protocol lives in RoadmapCore rather than a target of its own: it is three small
// value types every stage already depends on Core for, and it keeps the compiler and the site
// free of git. A test (PackageGraphTests) fails when another target imports CGit2 or CZlib.
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
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CGit2", pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev", "libmbedtls-dev"])]),
        // zlib, for reading git pack files directly (libgit2-dev already depends on zlib1g-dev).
        .systemLibrary(
            name: "CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // Graphviz's library (cgraph and gvc) for laying out the dependency graph; only
        // RoadmapGraphviz imports it.
        .systemLibrary(
            name: "CGraphviz", pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]),
        // mimalloc replaces the C library's malloc in the `roadmap` executable only (linked before
        // libc, it serves every allocation: Swift's, libgit2's, cmark's). Measured on 10,000 PRDs,
        // a cold check takes 13% less wall time and a rebuild 18% less; glibc's tunables did
        // nothing. Debian's package has no pkg-config file, so the module map names the library.
        .systemLibrary(
            name: "CMimalloc",
            providers: [.apt(["libmimalloc-dev"])]),

        // The default theme (every file of templates/) compiled into the binary by the EmbedTheme
        // build plugin, so an installed or copied `roadmap` needs no files beside it.
        .target(name: "RoadmapTheme", plugins: ["EmbedTheme"]),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["embed-theme"]),
        .executableTarget(name: "embed-theme"),

        // The compiled roadmap, the diagnostics vocabulary and the source protocol; no
        // dependencies, no I/O.
        .target(name: "RoadmapCore"),
        // Git sources: the working tree, a commit, or the index; the pack reader and the history
        // walker (libgit2 and zlib live only here).
        .target(name: "RoadmapSources", dependencies: ["RoadmapCore", "CGit2", "CZlib"]),
        // Markdown through cmark-gfm: outlines for checks, safe HTML for the site.
        .target(name: "RoadmapMarkdown", dependencies: ["CCmarkGFM"]),
        // Front matter, checks, linking: text in, model and diagnostics out.
        .target(
            name: "RoadmapCompiler",
            dependencies: ["RoadmapCore", "RoadmapMarkdown", "Yams"]),
        // The roadmap's memory as values: item timelines, roadmap diffs, history checks, JSON.
        .target(name: "RoadmapHistory", dependencies: ["RoadmapCore"]),
        // Mines RoadmapHistory (and roadmap diffs) from git, with the history cache.
        .target(
            name: "RoadmapHistoryMiner",
            dependencies: ["RoadmapCore", "RoadmapSources", "RoadmapCompiler", "RoadmapHistory"]),
        // Diagnostics as text, JSON, GitHub annotations, SARIF; the roadmap as JSON.
        .target(name: "RoadmapReport", dependencies: ["RoadmapCore"]),
        // The roadmap to take along: iCalendar, a Markdown or HTML summary, Mermaid, PDF.
        .target(name: "RoadmapExport", dependencies: ["RoadmapCore", "RoadmapHistory"]),
        // New roadmaps and files: `init` and `new` templates, ids from titles, git hooks.
        .target(name: "RoadmapScaffold", dependencies: ["RoadmapCore", "RoadmapTheme"]),
        // Dependency drawings as DOT, laid out to SVG in memory by Graphviz.
        .target(name: "RoadmapGraphviz", dependencies: ["RoadmapCore", "CGraphviz"]),
        // The static HTML site, from overridable Mustache templates.
        .target(
            name: "RoadmapSite",
            dependencies: [
                "RoadmapCore", "RoadmapMarkdown", "RoadmapHistory", "RoadmapTheme", "RoadmapGraphviz",
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        // The driver: sessions over one source that own caches and history policy and answer
        // compile, site, list, history, diff and edit questions as values, for every front end.
        .target(
            name: "RoadmapDriver",
            dependencies: ["RoadmapCore", "RoadmapSources", "RoadmapCompiler", "RoadmapHistory", "RoadmapHistoryMiner", "RoadmapSite", "RoadmapExport", "RoadmapTheme"]),
        // `roadmap serve`: the live preview over HTTP (SwiftNIO), its event streams and the file watcher.
        .target(
            name: "RoadmapServe",
            dependencies: [
                "RoadmapDriver", "RoadmapCore", "RoadmapSite",
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]),
        // The Language Server Protocol's framing, JSON-RPC messages and positions (no LSP library
        // is in the package mirror).
        .target(name: "RoadmapLSPProtocol", dependencies: ["RoadmapCore"]),
        // `roadmap lsp`: diagnostics, completion, hover, navigation, symbols and fixes for editors,
        // over the driver's incremental session with the editor's open documents.
        .target(
            name: "RoadmapLanguageServer",
            dependencies: ["RoadmapLSPProtocol", "RoadmapDriver", "RoadmapCompiler", "RoadmapCore", "RoadmapReport", "RoadmapSources"]),
        // `roadmap mcp`: a Model Context Protocol server over stdio (the official Swift SDK) whose tools
        // answer an assistant's questions through the driver, and edit only when started to.
        .target(
            name: "RoadmapMCP",
            dependencies: [
                "RoadmapDriver", "RoadmapCore", "RoadmapCompiler", "RoadmapHistory", "RoadmapReport", "RoadmapSite",
                "RoadmapSources",
                .product(name: "MCP", package: "swift-sdk"), .product(name: "Logging", package: "swift-log"),
            ]),
        // A deterministic, seeded generator of large roadmaps for benchmarks and tests.
        .target(name: "RoadmapCorpus"),
        .executableTarget(
            name: "roadmap",
            dependencies: [
                "RoadmapCore", "RoadmapSources", "RoadmapCompiler", "RoadmapHistory", "RoadmapHistoryMiner", "RoadmapReport", "RoadmapSite",
                "RoadmapScaffold", "RoadmapExport", "RoadmapDriver", "RoadmapServe", "RoadmapLanguageServer", "RoadmapLSPProtocol",
                "RoadmapMCP", "RoadmapGraphviz", "CMimalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Benchmarks of the library API (scripts/bench-session.sh runs it on a generated roadmap).
        .executableTarget(name: "session-bench", dependencies: ["RoadmapDriver", "RoadmapCore"], path: "Benchmarks/session-bench"),
        .executableTarget(name: "checkins-bench", dependencies: ["RoadmapDriver", "RoadmapCore", "RoadmapCompiler", "RoadmapHistory", "RoadmapSources"],
                          path: "Benchmarks/checkins-bench"),
        .executableTarget(
            name: "roadmap-corpus",
            dependencies: [
                "RoadmapCorpus", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // What the test targets share: the golden-file check with its one re-record switch.
        .target(name: "RoadmapTestSupport", path: "Tests/RoadmapTestSupport"),

        // libFuzzer targets, built with -sanitize=fuzzer,address -D FUZZING only by scripts/fuzz.sh;
        // a plain build makes stubs that say so.
        .target(name: "FuzzDriver", path: "Fuzz/FuzzDriver"),
        .executableTarget(name: "fuzz-file", dependencies: ["FuzzDriver", "RoadmapCompiler", "RoadmapSources"], path: "Fuzz/fuzz-file"),
        .executableTarget(name: "fuzz-markdown", dependencies: ["FuzzDriver", "RoadmapMarkdown"], path: "Fuzz/fuzz-markdown"),
        .executableTarget(name: "fuzz-pack", dependencies: ["FuzzDriver", "RoadmapSources", "CGit2"], path: "Fuzz/fuzz-pack"),
        .executableTarget(name: "fuzz-lsp", dependencies: ["FuzzDriver", "RoadmapLSPProtocol", "RoadmapCore"], path: "Fuzz/fuzz-lsp"),
        .executableTarget(name: "fuzz-cache", dependencies: ["FuzzDriver", "RoadmapCompiler", "RoadmapHistoryMiner", "RoadmapCore"], path: "Fuzz/fuzz-cache"),

        .testTarget(name: "RoadmapCoreTests", dependencies: ["RoadmapCore"]),
        .testTarget(name: "RoadmapSourcesTests", dependencies: ["RoadmapSources", "RoadmapCore"], exclude: ["FuzzInputs"]),
        .testTarget(name: "RoadmapMarkdownTests", dependencies: ["RoadmapMarkdown"]),
        .testTarget(name: "RoadmapGraphvizTests", dependencies: ["RoadmapGraphviz", "RoadmapCore"]),
        .testTarget(
            name: "RoadmapCompilerTests",
            dependencies: ["RoadmapCompiler", "RoadmapCore", "RoadmapSources", "RoadmapReport", "RoadmapCorpus", "RoadmapTestSupport", "RoadmapDriver"],
            exclude: ["Golden"]),
        .testTarget(
            name: "RoadmapHistoryTests",
            dependencies: ["RoadmapHistory", "RoadmapHistoryMiner", "RoadmapCompiler", "RoadmapCore", "RoadmapSources", "RoadmapCorpus"]),
        .testTarget(
            name: "RoadmapSiteTests",
            dependencies: ["RoadmapSite", "RoadmapCore", "RoadmapMarkdown", "RoadmapHistory", "RoadmapHistoryMiner", "RoadmapCompiler", "RoadmapSources", "RoadmapTheme",
                           "RoadmapTestSupport", "RoadmapCorpus"],
            exclude: ["Golden"]),
        .testTarget(
            name: "SiteBrowserTests",
            dependencies: ["RoadmapCompiler", "RoadmapSources", "RoadmapSite", "RoadmapCore", "RoadmapHistory", "RoadmapHistoryMiner", "RoadmapTestSupport"],
            exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "RoadmapCorpusTests", dependencies: ["RoadmapCorpus"]),
        .testTarget(
            name: "RoadmapDriverTests",
            dependencies: ["RoadmapDriver", "RoadmapCompiler", "RoadmapCore", "RoadmapCorpus", "RoadmapSite", "RoadmapSources", "RoadmapTestSupport"]),
        .testTarget(
            name: "RoadmapServeTests",
            dependencies: ["RoadmapServe", "RoadmapDriver", "RoadmapCore", "RoadmapSources", "RoadmapTestSupport"]),
        .testTarget(name: "RoadmapScaffoldTests", dependencies: ["RoadmapScaffold", "RoadmapCore"]),
        .testTarget(
            name: "RoadmapReportTests",
            dependencies: ["RoadmapReport", "RoadmapCompiler", "RoadmapCore", "RoadmapSources"],
            exclude: ["Resources"]),
        .testTarget(
            name: "RoadmapExportTests",
            dependencies: ["RoadmapExport", "RoadmapCompiler", "RoadmapCore", "RoadmapSources", "RoadmapHistory"]),
        .testTarget(
            name: "RoadmapLanguageServerTests",
            dependencies: ["RoadmapLanguageServer", "RoadmapLSPProtocol", "RoadmapCore", "RoadmapReport"], exclude: ["FuzzInputs"]),
        .testTarget(
            name: "roadmapTests",
            dependencies: ["RoadmapCore", "RoadmapTestSupport", "Yams", .product(name: "MCP", package: "swift-sdk")]),
    ],
    swiftLanguageModes: [.v6]
)
