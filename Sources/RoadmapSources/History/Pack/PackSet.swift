import Foundation

/// The pack files of a repository, mapped once and shared by every reader of one operation:
/// mapping them per thread would count each touched page once per mapping.
package final class PackSet: @unchecked Sendable {
    let packs: [PackFile]
    /// Packs that do not match their index (see `PackFile.Refused`).
    let refused: [PackFile.Refused]
    /// Index files that are not well-formed version-2 indexes (what git has written since 2007).
    let unparsedIndexes: [String]
    /// Every index file listed, whatever became of it.
    let indexPaths: Set<String>
    /// The object folders read: the repository's and those it borrows from.
    let objectFolders: [String]
    /// The commits `.git/shallow` records as the cut of a shallow clone: the only commits whose
    /// parents may be missing.
    let shallow: Set<ObjectKey>

    /// The packs in `repository`'s object database and in those it borrows from
    /// (`objects/info/alternates`, as `git clone --shared` writes); none when there are only
    /// loose objects.
    init(repository: GitRepository) {
        var packs: [PackFile] = []
        var refused: [PackFile.Refused] = []
        var unparsed: [String] = []
        var listed = Set<String>()
        objectFolders = Self.objectFolders(repository.commonDirectory + "/objects")
        for objects in objectFolders {
            let folder = objects + "/pack"
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() where name.hasSuffix(".idx") {
                listed.insert(folder + "/" + name)
                switch PackFile.open(indexPath: folder + "/" + name) {
                case .sound(let pack): packs.append(pack)
                case .refused(let pack): refused.append(pack)
                case .unparsable: unparsed.append(folder + "/" + name)
                case nil: continue
                }
            }
        }
        self.packs = packs
        self.refused = refused
        unparsedIndexes = unparsed
        indexPaths = listed
        let recorded = (try? String(contentsOfFile: repository.commonDirectory + "/shallow", encoding: .utf8)) ?? ""
        shallow = Set(recorded.split(whereSeparator: \.isNewline).compactMap { GitObjectID.parse(String($0)).map(ObjectKey.init) })
    }

    /// Whether the object folders still hold exactly the index files this set listed (a `git gc`
    /// or `git repack` since then writes new ones).
    func isCurrent() -> Bool {
        var listed = Set<String>()
        for objects in objectFolders {
            let folder = objects + "/pack"
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".idx") {
                listed.insert(folder + "/" + name)
            }
        }
        return listed == indexPaths
    }

    /// `objects` and, depth first, the object folders its alternates name (relative ones are
    /// relative to the folder naming them); each once, at most five levels deep as in git.
    static func objectFolders(_ objects: String) -> [String] {
        var found: [String] = []
        var seen = Set<String>()
        func visit(_ folder: String, depth: Int) {
            let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().standardizedFileURL.path
            guard depth <= 5, seen.insert(real).inserted else { return }
            found.append(folder)
            let list = (try? String(contentsOfFile: folder + "/info/alternates", encoding: .utf8)) ?? ""
            for line in list.split(whereSeparator: \.isNewline) {
                let entry = line.trimmingCharacters(in: .whitespaces)
                guard !entry.isEmpty, !entry.hasPrefix("#") else { continue }
                visit(entry.hasPrefix("/") ? entry : folder + "/" + entry, depth: depth + 1)
            }
        }
        visit(objects, depth: 0)
        return found
    }
}
