#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The output folder and its staging twin: the site is built next to the output, in the same
/// parent folder (so a rename can swap it in), and only swapped in when complete.
struct OutputFolder: Sendable {
    let path: String
    let staging: String
    /// The manifest of the current site when this tool made it; nil for a new or foreign folder.
    let previous: Manifest?
    let exists: Bool

    /// Checks the output path and creates the empty staging folder.
    static func prepare(_ requested: String, force: Bool) throws(SiteError) -> OutputFolder {
        let path = try normalise(requested)
        let slash = path.lastIndex(of: "/") ?? path.startIndex
        let parent = slash == path.startIndex ? "/" : String(path[..<slash])
        let name = String(path[path.index(after: slash)...])
        guard FileSystem.kind(parent) == .directory else {
            throw SiteError.invalidOutputFolder(path: path, reason: "its parent folder does not exist")
        }
        removeLeftovers(parent: parent, name: name, restoring: FileSystem.kind(path) == .missing ? path : nil)
        var previous: Manifest?
        var exists = false
        switch FileSystem.kind(path) {
        case .missing: break
        case .directory:
            exists = true
            let marker = path + "/" + Manifest.fileName
            if FileSystem.kind(marker) == .file {
                previous = Manifest(bytes: try FileSystem.read(marker))
            } else if !force, try !FileSystem.list(path).isEmpty {
                throw SiteError.foreignOutputFolder(path: path)
            }
        default:
            throw SiteError.outputNotAFolder(path: path)
        }
        let staging = try makeSibling(parent: parent, name: name, purpose: "tmp")
        return OutputFolder(path: path, staging: staging, previous: previous, exists: exists)
    }

    /// Puts the staging folder in place of the output; the old site is deleted only afterwards.
    func swapIn() throws(SiteError) {
        guard exists else {
            try FileSystem.rename(staging, to: path)
            return
        }
        // One atomic exchange: the staging folder then holds the old site, removed afterwards.
        if PathExchange.exchange(staging, path) {
            try? FileSystem.removeTree(staging)
            return
        }
        let parent = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        let name = String(path[path.index(after: path.lastIndex(of: "/") ?? path.startIndex)...])
        let old = try OutputFolder.makeSibling(parent: parent.isEmpty ? "/" : parent, name: name, purpose: "old")
        try FileSystem.removeTree(old)
        try FileSystem.rename(path, to: old)
        do {
            try FileSystem.rename(staging, to: path)
        } catch {
            try? FileSystem.rename(old, to: path)
            throw error
        }
        // The new site is complete and in place; a leftover old copy is untidy, not harmful.
        try? FileSystem.removeTree(old)
    }

    /// Removes the staging folder after a failure; the output folder is never touched here.
    func discard() {
        try? FileSystem.removeTree(staging)
    }

    /// Removes the working folders (`.<name>.tmp-<pid>-<n>`, `.<name>.old-<pid>-<n>`) of builds
    /// that were killed: their process is gone. A build killed between the two renames of a
    /// swap leaves the old site in its `.old-` folder; when `restoring` (the output path) is
    /// missing, that site is put back instead of removed.
    private static func removeLeftovers(parent: String, name: String, restoring: String?) {
        guard let names = try? FileSystem.list(parent) else { return }
        var restoring = restoring
        for entry in names.sorted() {
            for purpose in ["old", "tmp"] {
                let prefix = "." + name + "." + purpose + "-"
                guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count).prefix { $0 != "-" }),
                      pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
                let leftover = (parent == "/" ? "" : parent) + "/" + entry
                if purpose == "old", let target = restoring, (try? FileSystem.rename(leftover, to: target)) != nil {
                    restoring = nil
                    continue
                }
                try? FileSystem.removeTree(leftover)
            }
        }
    }

    /// An absolute path without `.`/`..` parts or trailing slashes.
    static func normalise(_ requested: String) throws(SiteError) -> String {
        guard requested.hasPrefix("/") else {
            throw SiteError.invalidOutputFolder(path: requested, reason: "the path must be absolute")
        }
        var parts: [Substring] = []
        for part in requested.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        guard !parts.isEmpty else {
            throw SiteError.invalidOutputFolder(path: requested, reason: "it is the root of the file system")
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Creates `.<name>.<purpose>-<pid>-<n>` in the parent: hidden, unique, on the same device.
    private static func makeSibling(parent: String, name: String, purpose: String) throws(SiteError) -> String {
        let base = (parent == "/" ? "" : parent) + "/." + name + "." + purpose + "-" + String(getpid())
        var reason = EEXIST
        for n in 0..<1000 {
            let candidate = base + "-" + String(n)
            if mkdir(candidate, 0o755) == 0 { return candidate }
            reason = errno
            guard reason == EEXIST else { break }
        }
        throw SiteError.io(path: base, message: "cannot create a working folder next to the output: \(String(cString: strerror(reason)))")
    }
}
