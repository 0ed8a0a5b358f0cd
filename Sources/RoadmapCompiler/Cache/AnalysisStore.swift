import RoadmapCore

/// Where the compiler keeps per-file analyses between compiles: chosen by whoever runs the
/// compiler (the driver), not by the compiler. `AnalysisCache` keeps them in a file between
/// processes, keyed by git blob id; `MemoryAnalysisStore` keeps them in a long-lived session,
/// keyed by the file's stat data and content.
public protocol AnalysisStore: AnyObject, Sendable {
    /// Called once before the files are looked up, with the fingerprint of everything besides a
    /// file's bytes that its analysis depends on (tool version, roadmap.yml, the owner example).
    func begin(fingerprint: String)
    /// The analysis of `entry` when it can be trusted without reading the file.
    func lookup(_ entry: SourceEntry, kind: ItemKind) -> StoredAnalysis?
    /// The analysis of `entry` now that its bytes were read, when they are the ones analysed.
    func lookup(_ entry: SourceEntry, kind: ItemKind, bytes: [UInt8]) -> StoredAnalysis?
    /// Remembers what `bytes` of `entry` gave.
    func store(_ entry: SourceEntry, kind: ItemKind, bytes: [UInt8], analysis: StoredAnalysis)
    /// Called once after every file was analysed; entries not looked up or stored fall out.
    func finish(fingerprint: String)
}

/// One file's analysis as a store holds it; only the compiler looks inside.
public struct StoredAnalysis: Sendable {
    let analysis: FileAnalysis
    init(_ analysis: FileAnalysis) { self.analysis = analysis }
}
