import RoadmapCore

/// `--dir` as `roadmap new` understands it, relative to the roadmap root.
public enum DirectoryOption: Sendable, Hashable {
    case notGiven
    /// A folder inside the roadmap root, root-relative ("" for the root itself).
    case inRoot(String)
    /// A folder outside the roadmap root, as the user wrote it.
    case outsideRoot(String)
}

/// Where `roadmap new` puts a file: `--dir` when given (it must lie in the kind's folder, or
/// the file would not be part of the roadmap), else the team's sub-folder when the roadmap
/// already has one (`prds/payments/` for `--team payments`), else the kind's folder.
public enum NewItemFolder {
    /// `--dir` as written: an absolute path, or a path relative to the kind's folder (`payments`
    /// for `prds/payments`); one that leaves that folder (`..`) is `.outsideRoot`, as written,
    /// for `choose` to refuse.
    public static func directory(_ written: String, kind: ItemKind, config: RoadmapConfig, root: String,
                                 currentDirectory: String) -> DirectoryOption {
        let home = kind.folder(in: config)
        let absolute = written.hasPrefix("/") ? written : root + "/" + home + "/" + written
        guard let folder = PathInRoot.relative(absolute, currentDirectory: currentDirectory, root: root),
              folder == home || folder.hasPrefix(home + "/") else { return .outsideRoot(written) }
        return .inRoot(folder)
    }

    /// The root-relative folder; `isDirectory` takes a root-relative path.
    public static func choose(kind: ItemKind, config: RoadmapConfig, team: String?, directory: DirectoryOption,
                              isDirectory: (String) -> Bool) throws(ScaffoldError) -> String {
        let home = kind.folder(in: config)
        switch directory {
        case .inRoot(let folder) where folder == home || folder.hasPrefix(home + "/"):
            return folder
        case .inRoot(let folder), .outsideRoot(let folder):
            throw ScaffoldError("--dir \(folder) is not inside the roadmap's \(home)/ folder: \(kind.noun)s anywhere else are not part of the roadmap")
        case .notGiven:
            if let team, let slug = ItemID(Slug.make(team)), isDirectory(home + "/" + slug.rawValue) {
                return home + "/" + slug.rawValue
            }
            return home
        }
    }
}
