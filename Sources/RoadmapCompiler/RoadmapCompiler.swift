import RoadmapCore

/// Compiles a roadmap from a source, in stages:
/// 1. read `roadmap.yml`;
/// 2. list the PRD and objective folders;
/// 3. read each file (the source's job) and analyse it alone, on all cores;
/// 4. link the files into one roadmap;
/// 5. apply the roadmap's severities and sort the diagnostics.
/// Problems in the roadmap's content become diagnostics; only the source's own failures throw.
public struct RoadmapCompiler: Sendable {
    public let source: any RoadmapSource
    /// Analyses of unchanged files from earlier compiles; nil to parse everything. The file cache
    /// gives files back with their outline but without their Markdown, so a build that renders
    /// bodies passes nil or a memory store, which keeps them.
    public let cache: (any AnalysisStore)?
    public let options: CompileOptions
    /// The last link of a long-lived session, reused when only what the linker passes through changed.
    public let linkMemo: LinkMemo?

    public init(source: any RoadmapSource, cache: (any AnalysisStore)? = nil, options: CompileOptions = CompileOptions(),
                linkMemo: LinkMemo? = nil) {
        self.source = source
        self.cache = cache
        self.options = options
        self.linkMemo = linkMemo
    }

    public func compile() throws(SourceError) -> Compilation {
        var clock = StageClock()
        let configEntry = try source.entry(at: ConfigReader.path)
        let configBytes: [UInt8]? = switch configEntry?.kind {
        case .file?: try source.contents(of: configEntry!)
        default: nil
        }
        var (config, diagnostics) = ConfigReader.read(configBytes)
        var texts: [String: String] = [:]
        if let configBytes, case .success(let decoded) = DecodedText.decode(configBytes, path: ConfigReader.path) {
            texts[ConfigReader.path] = decoded.text
        }

        clock.lap("config")
        let inventory = try FileInventory.collect(from: source, config: config)
        clock.lap("list files")
        diagnostics += inventory.diagnostics
        let analyses = analyze(inventory.files, config: config)
        clock.lap("read and analyse files")
        let source = self.source
        let inSource: @Sendable (String) -> Bool = { path in ((try? source.entry(at: path)) ?? nil) != nil }
        // Not concatenated when nothing was skipped: that would copy 10,000 analyses.
        let linked = inventory.skipped.isEmpty ? analyses : analyses + inventory.skipped
        var remains: Linker.Remains?
        var (roadmap, linkDiagnostics) = if let linkMemo {
            linkMemo.link(linked, listedPaths: inventory.listedPaths, config: config, today: options.today, fileExists: inSource)
        } else {
            { () -> (Roadmap, [Diagnostic]) in
                let linker = Linker(config: config, today: options.today, portfolioMember: options.portfolioMember) { [knownPaths = Set(inventory.listedPaths)] in
                    knownPaths.contains($0) || inSource($0)
                }
                let (roadmap, diagnostics, left) = linker.linkWithRemains(linked)
                if linker.leavesQualified { remains = left }
                return (roadmap, diagnostics)
            }()
        }
        clock.lap("link")
        diagnostics += analyses.flatMap(\.diagnostics) + linkDiagnostics + WIPLimitCheck.check(roadmap) + CapacityCheck.check(roadmap)
            + AudienceCheck.check(roadmap)

        diagnostics = diagnostics.compactMap { diagnostic in
            guard let severity = config.severity(of: diagnostic.code) else { return nil }
            var adjusted = diagnostic
            adjusted.severity = severity
            return adjusted
        }.sorted(by: Diagnostic.reportOrder)

        let broken = Set(diagnostics.filter { $0.severity == .error }.compactMap(\.location?.path))
        if !broken.isEmpty {
            var features = roadmap.features, objectives = roadmap.objectives
            for i in features.indices where broken.contains(features[i].path) { features[i].hasErrors = true }
            for i in objectives.indices where broken.contains(objectives[i].path) { objectives[i].hasErrors = true }
            roadmap = Roadmap(config: config, objectives: objectives, features: features)
        }
        // Keep only the texts a renderer will quote.
        let quoted = Set(diagnostics.flatMap { [$0.location?.path] + $0.notes.map(\.location?.path) }.compactMap { $0 })
        // Made only when a quoted file's analysis came without its text (from the file cache).
        var filesByPath: [String: FileInventory.File]?
        for analysis in analyses where quoted.contains(analysis.path) {
            if let text = analysis.text { texts[analysis.path] = text; continue }
            if filesByPath == nil { filesByPath = Dictionary(inventory.files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a }) }
            texts[analysis.path] = filesByPath?[analysis.path].flatMap(reread)
        }
        // Only quoted files' texts were added besides roadmap.yml's (not a new table of them).
        if !quoted.contains(ConfigReader.path) { texts[ConfigReader.path] = nil }
        clock.lap("finish")
        var compilation = Compilation(roadmap: roadmap, diagnostics: diagnostics, texts: texts, fileCount: inventory.files.count)
        compilation.stageTimes = clock.laps
        compilation.statusIndex = StatusIndex(analyses: analyses, lazily: linkMemo != nil)
        if let remains {
            compilation.external = remains.external
            for feature in roadmap.features {
                let edges = remains.graph.edges(of: feature.id)
                if !edges.isEmpty { compilation.dependencyEdges[feature.id] = edges.map { DependencyEdge(target: $0.target, location: $0.location) } }
            }
        }
        return compilation
    }

    /// Each file analysed alone, on all cores; from the cache when its blob id was seen before.
    private func analyze(_ files: [FileInventory.File], config: RoadmapConfig) -> [FileAnalysis] {
        let fingerprint = ConfigFingerprint.make(config, ownerExample: options.gitUserName)
        cache?.begin(fingerprint: fingerprint)
        let analyzer = FileAnalyzer(config: config, ownerExample: options.gitUserName)
        let source = self.source, cache = self.cache
        // Files whose stat data vouch for them first, on this thread: in a session that is nearly
        // every file, and looking them up from all cores at once only contends for the store.
        var known: [FileAnalysis?] = cache == nil ? [] : files.map { cache?.lookup($0.entry, kind: $0.kind)?.analysis }
        let unknown = cache == nil ? Array(files.indices) : files.indices.filter { known[$0] == nil }
        let analysed = ParallelMap.map(unknown) { index -> FileAnalysis in
            let file = files[index]
            switch FileInventory.read(file, from: source) {
            case .success(let bytes):
                if let hit = cache?.lookup(file.entry, kind: file.kind, bytes: bytes) { return hit.analysis }
                let analysis = analyzer.analyze(bytes, path: file.path, kind: file.kind)
                cache?.store(file.entry, kind: file.kind, bytes: bytes, analysis: StoredAnalysis(analysis))
                return analysis
            case .failure(let problem):
                // Not stored: a file that could not be read is tried again next time.
                return FileAnalysis(path: file.path, item: .none, diagnostics: [problem], text: nil,
                                    unreadable: UnreadableItem.recover(kind: file.kind, path: file.path, text: nil, firstError: problem.location))
            }
        }
        cache?.finish(fingerprint: fingerprint)
        if known.isEmpty { return analysed }
        for (position, index) in unknown.enumerated() { known[index] = analysed[position] }
        return known.map { $0! }
    }

    /// The text of a file whose analysis came from the cache, to quote its lines.
    private func reread(_ file: FileInventory.File) -> String? {
        guard case .success(let bytes) = FileInventory.read(file, from: source),
              case .success(let decoded) = DecodedText.decode(bytes, path: file.path) else { return nil }
        return decoded.text
    }
}
