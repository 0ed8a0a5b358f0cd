import Foundation
import RoadmapCore

/// The git side of a portfolio's source: the repository its `repo` names, the commit a ref
/// resolves to, and the roadmap at a pinned commit. Only local repositories for now: a path
/// relative to the portfolio's root or a `file://` URL (remote URLs through libgit2's fetch, kept
/// under `.git/`, are not built yet; the config reader refuses them).
public enum PortfolioRepository {
    /// The absolute path `repo` names, from the portfolio's root `root`.
    public static func path(of repo: String, from root: String) -> String {
        if repo.hasPrefix("file://") {
            let rest = String(repo.dropFirst("file://".count))
            // `file://host/path` is not local; `file:///path` and `file:/path` are.
            let path = rest.hasPrefix("/") ? rest : "/" + rest.drop { $0 != "/" }
            return path.removingPercentEncoding ?? path
        }
        return repo.hasPrefix("/") ? repo : RelativePath.joinAbsolute(root, repo)
    }

    /// Opens the repository of `source` (bare or not), without searching upwards from it: a
    /// wrong path must not quietly read the repository around it.
    public static func open(_ source: PortfolioSource, from root: String) throws(SourceError) -> GitRepository {
        let path = path(of: source.repo, from: root)
        guard FileManager.default.fileExists(atPath: path) else { throw SourceError("no repository at \(path)") }
        return try GitRepository.open(at: path)
    }

    /// The commit `ref` resolves to now, full lower-case hex.
    public static func commit(of ref: String, in repository: GitRepository) throws(SourceError) -> String {
        try CommitSource(repository: repository, revision: ref).commitID
    }

    /// The roadmap of `source` at `commit`; throws when the commit is not in the repository or
    /// the roadmap's folder is not in it.
    public static func roadmap(of source: PortfolioSource, at commit: String, in repository: GitRepository) throws(SourceError) -> CommitSource {
        let read = try CommitSource(repository: repository, revision: commit, rootPrefix: source.path)
        if !source.path.isEmpty, try read.entries(under: "").isEmpty {
            throw SourceError("commit \(read.shortCommitID) of \(repository.displayPath) has no folder \(source.path)")
        }
        return read
    }
}
