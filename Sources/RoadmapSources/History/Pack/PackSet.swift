import Foundation

/// The pack files of a repository, mapped once and shared by every reader of one operation:
/// mapping them per thread would count each touched page once per mapping.
final class PackSet: @unchecked Sendable {
    let packs: [PackFile]

    /// The packs in `repository`'s object database (none when there are only loose objects).
    init(repository: GitRepository) {
        let folder = repository.commonDirectory + "/objects/pack"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        packs = names.filter { $0.hasSuffix(".idx") }.sorted().compactMap { PackFile(indexPath: folder + "/" + $0) }
    }
}
