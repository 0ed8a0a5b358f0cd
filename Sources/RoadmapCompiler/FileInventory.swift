import RoadmapCore

/// The files a roadmap is made of, as the source lists them, with problems of the files as such
/// (symbolic links, sizes) already reported. Contents are read later, only where needed.
struct FileInventory {
    struct File: Sendable {
        var entry: SourceEntry
        var kind: ItemKind
        var path: String { entry.path }
    }

    var files: [File] = []
    var diagnostics: [Diagnostic] = []
    /// Markdown files that are not read (too large): references to their ids say so.
    var skipped: [FileAnalysis] = []
    /// Every path listed under the PRD and objective folders, Markdown or not, in the order
    /// listed: an array, compared element by element (the same strings compile after compile) by
    /// a session that reuses its link, instead of a set of 10,000 paths hashed on every keystroke.
    var listedPaths: [String] = []

    static func collect(from source: any RoadmapSource, config: RoadmapConfig) throws(SourceError) -> FileInventory {
        var inventory = FileInventory()
        for (folder, kind) in [(config.prdsFolder, ItemKind.feature), (config.okrsFolder, .objective)] {
            let entries = try source.entries(under: folder)
            if entries.isEmpty {
                inventory.diagnostics.append(Diagnostic(
                    .missingFolder, "there are no files under \(folder)/", at: nil,
                    help: kind == .feature ? "add PRDs with `roadmap new prd \"Title\"`, or set `prds:` in roadmap.yml"
                        : "add objectives with `roadmap new objective \"Title\"`, or set `okrs:` in roadmap.yml"))
            }
            for entry in entries {
                inventory.listedPaths.append(entry.path)
                guard isMarkdown(entry.path) else { continue }
                if case .symlink(let target) = entry.kind {
                    inventory.diagnostics.append(symlink(entry.path, target: target))
                    continue
                }
                if case .special(let what) = entry.kind {
                    inventory.diagnostics.append(Diagnostic(
                        .notARegularFile, "\(entry.path) is \(what), not a regular file; it is not read",
                        at: SourceLocation(path: entry.path, line: 1), help: "replace it with a regular file, or remove it"))
                    continue
                }
                let at = SourceLocation(path: entry.path, line: 1)
                if entry.size > config.maxFileSize {
                    inventory.diagnostics.append(Diagnostic(
                        .fileTooLarge, "\(entry.path) is \(entry.size) bytes, more than the \(config.maxFileSize) a PRD or objective may have",
                        at: at, help: "split the document, or raise `max_file_size` in roadmap.yml"))
                    inventory.skipped.append(FileAnalysis(
                        path: entry.path, item: .none, diagnostics: [], text: nil,
                        unreadable: UnreadableItem.recover(kind: kind, path: entry.path, text: nil, firstError: at)))
                    continue
                }
                inventory.files.append(File(entry: entry, kind: kind))
            }
        }
        return inventory
    }

    /// Whether `path` ends in `.md`, in any case, without making a lowercased copy of every path.
    static func isMarkdown(_ path: String) -> Bool {
        let utf8 = path.utf8
        guard utf8.count >= 3 else { return false }
        let dot = utf8.index(utf8.endIndex, offsetBy: -3), m = utf8.index(after: dot), d = utf8.index(after: m)
        return utf8[dot] == 0x2E && utf8[m] | 0x20 == 0x6D && utf8[d] | 0x20 == 0x64
    }

    /// The bytes of a file, or RM008 when the source cannot read them.
    static func read(_ file: File, from source: any RoadmapSource) -> Result<[UInt8], Diagnostic> {
        do {
            return .success(try source.contents(of: file.entry))
        } catch {
            return .failure(Diagnostic(.unreadableFile, "\(file.path) could not be read: \(error.message)",
                                       at: SourceLocation(path: file.path, line: 1), help: "check the file's permissions"))
        }
    }

    /// A link is never followed: one that leaves the repository could read any file on the machine.
    private static func symlink(_ path: String, target: String) -> Diagnostic {
        let at = SourceLocation(path: path, line: 1)
        let resolved = target.hasPrefix("/") ? nil : FileName.resolve(target, from: FileName.folder(path))
        guard resolved != nil else {
            return Diagnostic(.symlinkOutsideRepository, "\(path) is a symbolic link to \(target), outside the roadmap; it is not read",
                              at: at, help: "replace the link with the file itself")
        }
        return Diagnostic(.symlinkNotFollowed, "\(path) is a symbolic link to \(target); links are not followed", at: at,
                          help: "move the file here instead of linking to it, or delete the link")
    }
}
