import Foundation

/// A source that remembers the bytes it handed out, so a command that edits files knows
/// exactly what it read and can leave alone a file that changed since.
public final class RecordingSource: RoadmapSource, @unchecked Sendable {
    public let base: any RoadmapSource
    private let lock = NSLock()
    private var read: [String: [UInt8]] = [:]

    public init(_ base: any RoadmapSource) { self.base = base }

    public var label: String { base.label }

    public func entries(under folder: String) throws(SourceError) -> [SourceEntry] { try base.entries(under: folder) }

    public func entry(at path: String) throws(SourceError) -> SourceEntry? { try base.entry(at: path) }

    public func contents(of entry: SourceEntry) throws(SourceError) -> [UInt8] {
        let bytes = try base.contents(of: entry)
        lock.lock()
        read[entry.path] = bytes
        lock.unlock()
        return bytes
    }

    /// The bytes of `path` as they were read, nil when it was not read.
    public func bytes(of path: String) -> [UInt8]? {
        lock.lock()
        defer { lock.unlock() }
        return read[path]
    }
}

/// A source with some files replaced or added: an edit checked before it is written, an editor's
/// unsaved buffers (a file created in the editor and not yet saved is listed too).
public struct OverlaySource: RoadmapSource {
    public let base: any RoadmapSource
    private let replaced: [String: [UInt8]]

    public init(_ base: any RoadmapSource, replacing files: [String: [UInt8]]) {
        self.base = base
        self.replaced = files
    }

    public var label: String { base.label }

    public func entries(under folder: String) throws(SourceError) -> [SourceEntry] {
        var entries = try base.entries(under: folder)
        let prefix = folder.isEmpty ? "" : folder + "/"
        // Found by binary search in the listing (sorted as every source sorts): a few buffers, not a pass
        // over 10,000 entries, on every keystroke.
        var added: [SourceEntry] = []
        for (path, bytes) in replaced where path.hasPrefix(prefix) {
            var low = 0, high = entries.count
            while low < high {
                let middle = (low + high) / 2
                if RelativePath.precedes(entries[middle].path, path) { low = middle + 1 } else { high = middle }
            }
            if low < entries.count, entries[low].path == path {
                // A link or a special file stays what it is, as `check` sees it.
                if case .file = entries[low].kind { entries[low] = SourceEntry(path: path, size: bytes.count) }
            } else if (try? base.entry(at: path)) ?? nil == nil {
                // Only a file that is not there yet (unsaved); one the listing leaves out on
                // purpose (ignored by git) stays out.
                added.append(SourceEntry(path: path, size: bytes.count))
            }
        }
        guard !added.isEmpty else { return entries }
        entries += added
        RelativePath.sortByPath(&entries)
        return entries
    }

    public func entry(at path: String) throws(SourceError) -> SourceEntry? {
        let listed = try base.entry(at: path)
        guard let bytes = replaced[path] else { return listed }
        if let listed, listed.kind != .file { return listed }
        return SourceEntry(path: path, size: bytes.count)
    }

    public func contents(of entry: SourceEntry) throws(SourceError) -> [UInt8] {
        if case .file = entry.kind, let bytes = replaced[entry.path] { return bytes }
        return try base.contents(of: entry)
    }
}
