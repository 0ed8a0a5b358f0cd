/// Generates a roadmap corpus: `roadmap.yml`, objectives under `okrs/` and PRDs under
/// `prds/<team>/`, byte-identical for the same spec on any machine.
public struct CorpusGenerator: Sendable {
    /// The parameters this generator was made with.
    public let spec: CorpusSpec

    /// Cheap: nothing is drawn until files or history are asked for.
    public init(spec: CorpusSpec) { self.spec = spec }

    /// Every file of the corpus, sorted by path. With history (`commits` > 1) these are the files
    /// of the last commit, so they equal the tree at `HEAD` of the generated repository.
    public func files() -> [(path: String, contents: String)] {
        var history = History(spec: spec)
        if spec.commits > 1 {
            while history.step() != nil {}
        }
        return CorpusGenerator.snapshot(history.world)
    }

    /// Writes the whole history as a `git fast-import` stream on branch `branch`, in chunks of
    /// about a megabyte, ending with `done` (for `git fast-import --done`). With `commits` of 0
    /// or 1 the stream holds a single commit of `files()`.
    public func writeFastImport(branch: String = "main", to sink: ([UInt8]) throws -> Void) rethrows {
        var history = History(spec: spec)
        var stream = FastImportStream(branch: branch)
        while let commit = history.step() {
            stream.append(commit, world: history.world)
            if stream.buffer.count >= 1 << 20 {
                try sink(stream.buffer)
                stream.buffer.removeAll(keepingCapacity: true)
            }
        }
        stream.buffer += Array("done\n".utf8)
        try sink(stream.buffer)
    }

    static func snapshot(_ world: World) -> [(path: String, contents: String)] {
        var files: [(path: String, contents: String)] = [(Documents.configPath, FrontMatter.config)]
        files += world.objectives.map { ($0.path, Documents.objective($0)) }
        files += world.prds.map { ($0.path, Documents.prd($0, world)) }
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }
}
