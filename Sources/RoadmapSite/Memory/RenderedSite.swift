/// One file of a site held in memory.
public struct SiteFile: Sendable, Equatable {
    /// The fingerprint of the file's inputs (templates, generator and the content it shows).
    let fingerprint: Digest
    public let bytes: [UInt8]

    /// A validator for HTTP caching: the same bytes always give the same tag.
    public var entityTag: String { "\"" + Digest.of(bytes: bytes).description + "\"" }
}

/// A whole site rendered into memory, byte for byte what `SiteBuilder.build()` writes (minus the
/// manifest, which only a folder needs).
public struct RenderedSite: Sendable {
    /// Every file's path relative to the site's root, in plan order.
    public let paths: [String]
    public let files: [String: SiteFile]
    /// How many files were rendered to make this site; the rest were taken from the previous one.
    public let rendered: Int

    /// The file at `path` (relative, no leading slash), if the site has one.
    public subscript(path: String) -> SiteFile? { files[path] }

    /// Paths whose bytes differ from `older`'s, or that `older` lacks or that only `older` has.
    public func changedPaths(since older: RenderedSite) -> Set<String> {
        var changed = Set<String>()
        for (path, file) in files where older.files[path]?.bytes != file.bytes { changed.insert(path) }
        for path in older.files.keys where files[path] == nil { changed.insert(path) }
        return changed
    }

    /// Total bytes held.
    public var byteCount: Int { files.values.reduce(0) { $0 + $1.bytes.count } }
}
