#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One pass over the files on disk under a roadmap root, with one set of ignore rules.
///
/// Directories are opened relative to their parent's descriptor with `O_NOFOLLOW`, so a link can
/// never lead the walk outside the root. Skipped: `.git`, sub-folders holding a `.git` (nested
/// repositories and submodules: not this roadmap's content), what git ignores, and anything that
/// is neither a file, a folder nor a link.
struct WorkingTreeWalker {
    let root: String
    let rules: IgnoreRules

    /// Every entry under the root-relative `folder`, unsorted; empty when it is not a folder.
    func entries(under folder: [Substring]) throws(SourceError) -> [SourceEntry] {
        guard let fd = try openFolder(folder) else { return [] }
        defer { close(fd) }
        var found: [SourceEntry] = []
        try walk(fd, path: folder.joined(separator: "/"), into: &found)
        return found
    }

    /// The file or link at the root-relative `path`; nil for folders, skipped paths and nothing.
    func entry(at path: [Substring]) throws(SourceError) -> SourceEntry? {
        guard let name = path.last, name != ".git", let fd = try openFolder(path.dropLast()) else { return nil }
        defer { close(fd) }
        let last = String(name)
        return try entry(named: last, kind: POSIX.kind(of: last, in: fd), in: fd, path: path.joined(separator: "/"))
    }

    /// Opens the root-relative folder, refusing links, `.git`, nested repositories and ignored
    /// folders on the way. The caller closes the result.
    private func openFolder(_ components: some Collection<Substring>) throws(SourceError) -> Int32? {
        var fd = POSIX.openDirectory(root)
        guard fd >= 0 else { throw SourceError("cannot read folder \(root): \(POSIX.describe(errno))") }
        var path = ""
        for component in components {
            path = RelativePath.join(path, String(component))
            let next = component == ".git" ? -1 : POSIX.openDirectory(String(component), in: fd)
            let failure = errno
            close(fd)
            if next < 0 {
                if component == ".git" || [ENOENT, ENOTDIR, ELOOP].contains(failure) { return nil }
                throw SourceError("cannot read folder \(path) in \(root): \(POSIX.describe(failure))")
            }
            fd = next
            let skipped = POSIX.holdsGitEntry(fd) ? true : try rules.excludes(path, isDirectory: true)
            if skipped {
                close(fd)
                return nil
            }
        }
        return fd
    }

    private func walk(_ fd: Int32, path: String, into found: inout [SourceEntry]) throws(SourceError) {
        guard let names = POSIX.names(in: fd) else {
            throw SourceError("cannot read folder \(path.isEmpty ? "." : path) in \(root): \(POSIX.describe(errno))")
        }
        for name in names where name != ".git" {
            let child = RelativePath.join(path, name)
            guard let kind = POSIX.kind(of: name, in: fd) else { continue }
            guard case .directory = kind else {
                if let made = try entry(named: name, kind: kind, in: fd, path: child) { found.append(made) }
                continue
            }
            if try rules.excludes(child, isDirectory: true) { continue }
            let sub = POSIX.openDirectory(name, in: fd)
            let failure = errno
            // Gone or turned into a link since it was listed: nothing to read there now.
            if sub < 0, [ENOENT, ENOTDIR, ELOOP].contains(failure) { continue }
            guard sub >= 0 else {
                throw SourceError("cannot read folder \(child) in \(root): \(POSIX.describe(failure))")
            }
            defer { close(sub) }
            if POSIX.holdsGitEntry(sub) { continue }
            try walk(sub, path: child, into: &found)
        }
    }

    private func entry(named name: String, kind: POSIX.Kind?, in fd: Int32, path: String) throws(SourceError) -> SourceEntry? {
        switch kind {
        case .file(let size, let stamp):
            return try rules.excludes(path, isDirectory: false) ? nil : SourceEntry(path: path, size: size, stamp: stamp)
        case .symlink:
            guard !(try rules.excludes(path, isDirectory: false)), let target = POSIX.readLink(name, in: fd) else {
                return nil
            }
            return SourceEntry(path: path, kind: .symlink(target: String(decoding: target, as: UTF8.self)), size: target.count)
        case .other(let what):
            return try rules.excludes(path, isDirectory: false) ? nil : SourceEntry(path: path, kind: .special(what), size: 0)
        case .directory, nil:
            return nil
        }
    }
}
