import Foundation
import RoadmapCore

/// A working tree's listing kept between the compiles of a long-lived session and brought up to
/// date from a watcher's report of what changed, instead of walked again: the walk (with git's
/// ignore rules) is about 65 ms on 10,000 PRDs, a fifth of what a preview's update may take.
///
/// The kept listing is trusted for one compile only, and only after `changed(_:covers:)`, which
/// the session calls when told of every change since the last compile. Any other compile walks
/// the tree. What a report cannot describe (a folder created, deleted or renamed, a `.gitignore`
/// edited, the watcher's queue overflowing, reported as the empty path) drops what was kept, and
/// so does a kept entry the watcher does not report on (inside a hidden folder, or an editor's
/// temporary file): only what the watcher sees can be kept.
final class RememberedListing: RoadmapSource, @unchecked Sendable {
    let inner: any RoadmapSource
    /// The roadmap's root on disk, to tell folders from files in a report.
    let root: String
    private let lock = NSLock()
    private var folders: [String: [SourceEntry]] = [:]
    /// Folders whose kept entries are all known to be covered by the watcher's reports.
    private var covered: Set<String> = []
    private var trusted = false

    init(_ inner: any RoadmapSource, root: String) {
        self.inner = inner
        self.root = root
    }

    var label: String { inner.label }

    func entries(under folder: String) throws(SourceError) -> [SourceEntry] {
        if let kept = lock.withLock({ trusted ? folders[folder] : nil }) { return kept }
        let listed = try inner.entries(under: folder)
        lock.withLock {
            folders[folder] = listed
            covered.remove(folder)
        }
        return listed
    }

    func entry(at path: String) throws(SourceError) -> SourceEntry? { try inner.entry(at: path) }

    func contents(of entry: SourceEntry) throws(SourceError) -> [UInt8] { try inner.contents(of: entry) }

    /// `paths` (root-relative) are every change to the tree since the last compile, among the
    /// paths `covers` accepts.
    func changed(_ paths: some Sequence<String>, covers: (String) -> Bool) {
        lock.withLock {
            for path in paths where !folders.isEmpty { apply(path, covers: covers) }
            // A whole listing is checked once, after a walk; entries a report adds, as they come.
            for (folder, kept) in folders where !covered.contains(folder) {
                if kept.allSatisfy({ covers($0.path) }) { covered.insert(folder) } else { folders[folder] = nil }
            }
            trusted = true
        }
    }

    /// The next compile walks the tree again.
    func compiled() { lock.withLock { trusted = false } }

    private func apply(_ path: String, covers: (String) -> Bool) {
        if path.isEmpty || path == ".gitignore" || path.hasSuffix("/.gitignore") {
            folders = [:]
            return
        }
        // Keys first, and each listing taken out while it is changed: a listing still shared with
        // the dictionary (or an iteration over it) would be copied whole, 10,000 entries per save.
        for folder in Array(folders.keys) {
            if path == folder || folder.hasPrefix(path + "/") {
                // The folder itself, or one it is in, was created, removed or renamed.
                folders[folder] = nil
            } else if folder.isEmpty || path.hasPrefix(folder + "/") {
                guard var kept = folders.removeValue(forKey: folder), covers(path), update(&kept, at: path) else { continue }
                folders[folder] = kept
            }
        }
    }

    /// Puts `path`'s entry as it is now into `entries`; false when the change is a folder's.
    private func update(_ entries: inout [SourceEntry], at path: String) -> Bool {
        let now: SourceEntry?
        do { now = try inner.entry(at: path) } catch { return false }
        var isFolder: ObjCBool = false
        if now == nil, FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder), isFolder.boolValue {
            return false
        }
        // Entries below `path` would sit together where `path/` sorts: it was a folder.
        let below = path + "/"
        let first = Self.insertionIndex(of: below, in: entries)
        if first < entries.count, entries[first].path.hasPrefix(below) { return false }
        let index = Self.insertionIndex(of: path, in: entries)
        let present = index < entries.count && entries[index].path == path
        switch (now, present) {
        case (let entry?, true): entries[index] = entry
        case (let entry?, false): entries.insert(entry, at: index)
        case (nil, true): entries.remove(at: index)
        case (nil, false): break
        }
        return true
    }

    /// Where `path` is or would go in entries sorted by the bytes of their UTF-8 paths, the order
    /// every source lists in.
    static func insertionIndex(of path: String, in entries: [SourceEntry]) -> Int {
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].path.utf8.lexicographicallyPrecedes(path.utf8) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
