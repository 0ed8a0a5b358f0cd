/// A roadmap held in memory, for tests and for callers that already have the text.
public struct InMemorySource: RoadmapSource {
    public var label: String
    private let files: [String: [UInt8]]
    private let links: [String: String]

    /// `files` maps a root-relative path to its contents; `symlinks` maps a path to its target.
    public init(label: String = "memory", files: [String: String], symlinks: [String: String] = [:]) {
        self.init(label: label, bytes: files.mapValues { Array($0.utf8) }, symlinks: symlinks)
    }

    public init(label: String = "memory", bytes: [String: [UInt8]], symlinks: [String: String] = [:]) {
        self.label = label
        self.files = bytes
        self.links = symlinks
    }

    public func entries(under folder: String) throws(SourceError) -> [SourceEntry] {
        let prefix = folder.isEmpty ? "" : (folder.hasSuffix("/") ? folder : folder + "/")
        let paths = Set(files.keys).union(links.keys).filter { $0.hasPrefix(prefix) }
        return paths.sorted().compactMap { try? entry(at: $0) }
    }

    public func entry(at path: String) throws(SourceError) -> SourceEntry? {
        if let target = links[path] { return SourceEntry(path: path, kind: .symlink(target: target), size: target.utf8.count) }
        if let data = files[path] { return SourceEntry(path: path, size: data.count) }
        return nil
    }

    public func contents(of entry: SourceEntry) throws(SourceError) -> [UInt8] {
        guard let data = files[entry.path] else { throw SourceError("no file \(entry.path) in \(label)") }
        return data
    }
}
