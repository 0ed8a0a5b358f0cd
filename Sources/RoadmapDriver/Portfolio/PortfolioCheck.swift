import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapSources

/// What checking a portfolio did besides compiling: the pins it read at, whether it wrote
/// `roadmap.lock`, and the sources it could not read.
public struct PortfolioOutcome: Sendable {
    public var lock: PortfolioLock
    /// True when `roadmap.lock` was created or changed (pins for new or renamed sources).
    public var lockWritten: Bool
    public var unavailable: [String]
}

/// Sequences a portfolio's check: the lock, each source at its pin (all at once, on all cores),
/// the portfolio's linker, and one compilation of everything with sources' paths qualified.
struct PortfolioCheck {
    let location: RoadmapLocation
    let source: any RoadmapSource
    let options: CompileOptions
    /// Whether `roadmap.lock` may be written (only when reading the working tree).
    let writesLock: Bool
    /// Whether each source's file analyses are cached in the portfolio's `.git/roadmap/`.
    let caching: Bool

    func check(own: Compilation, allowMissing: Bool, moving: Set<String>? = nil) throws(SourceError) -> (Compilation, PortfolioOutcome) {
        let config = own.roadmap.config
        let sources = config.portfolio
        let lockEntry = try source.entry(at: PortfolioLock.path)
        let lockBytes: [UInt8]? = if let lockEntry, case .file = lockEntry.kind { try source.contents(of: lockEntry) } else { nil }
        let (oldLock, lockDiagnostics) = lockBytes.map(PortfolioLockReader.read) ?? (PortfolioLock(), [])
        var choices = PortfolioPins.choose(for: sources, lock: oldLock)
        if let moving { for i in sources.indices where moving.isEmpty || moving.contains(sources[i].name) { choices[i] = .fromRef } }
        let chosen = choices
        let root = location.root, memberOptions = CompileOptions(today: options.today, gitUserName: options.gitUserName, portfolioMember: true)
        let cacheFolder = caching ? location.repository.map { $0.commonDirectory + "/roadmap" } : nil
        let read = ParallelMap.map(count: sources.count) { index -> Result<(Compilation, String), SourceError> in
            let member = sources[index]
            do throws(SourceError) {
                let repository = try PortfolioRepository.open(member, from: root)
                let commit: String = if case .locked(let pin) = chosen[index] { pin.commit } else { try PortfolioRepository.commit(of: member.ref, in: repository) }
                let roadmap = try PortfolioRepository.roadmap(of: member, at: commit, in: repository)
                let cache = cacheFolder.flatMap { folder in
                    FileManager.default.isWritableFile(atPath: folder) || FileManager.default.isWritableFile(atPath: folder + "/..")
                        ? AnalysisCache(file: folder + "/portfolio-cache-\(StableHash.hex(member.repo + "\n" + member.path)).bin") : nil
                }
                return .success((try RoadmapCompiler(source: roadmap, cache: cache, options: memberOptions).compile(), roadmap.commitID))
            } catch {
                return .failure(error)
            }
        }
        var members: [String: Compilation?] = [:]
        var portfolioDiagnostics: [Diagnostic] = lockDiagnostics
        var merged = own
        var unavailable: [String] = []
        for (index, member) in sources.enumerated() {
            switch read[index] {
            case .success(let (compilation, _)):
                members[member.name] = .some(compilation)
                merged.diagnostics += compilation.diagnostics.map { Self.qualified($0, in: member.name) }
                for (path, text) in compilation.texts { merged.texts[QualifiedName.path(path, in: member.name)] = text }
                merged.fileCount += compilation.fileCount
            case .failure(let error):
                members[member.name] = .some(nil)
                unavailable.append(member.name)
                let pinned = if case .locked(let pin) = choices[index] { "its pinned commit \(pin.commit.prefix(7))" } else { "ref `\(member.ref)`" }
                portfolioDiagnostics.append(Diagnostic(
                    .unavailableSource, "source `\(member.name)` cannot be read at \(pinned): \(error.message)", at: member.location,
                    help: "fix `repo`, `ref` or `path` of `\(member.name)`, or run `roadmap portfolio update \(member.name)`; "
                        + "`roadmap check --allow-missing` checks the other sources and warns"))
            }
        }
        portfolioDiagnostics += PortfolioLinker(own: own, sources: members).link()
        portfolioDiagnostics = portfolioDiagnostics.compactMap { diagnostic in
            guard let severity = config.severity(of: diagnostic.code) else { return nil }
            var adjusted = diagnostic
            adjusted.severity = allowMissing && diagnostic.code == .unavailableSource ? .warning : severity
            return adjusted
        }
        merged.diagnostics = (merged.diagnostics + portfolioDiagnostics).sorted(by: Diagnostic.reportOrder)
        // The compile kept roadmap.yml's text only if its own diagnostics quoted it.
        if merged.texts["roadmap.yml"] == nil, portfolioDiagnostics.contains(where: { $0.location?.path == "roadmap.yml" }),
           let entry = try source.entry(at: "roadmap.yml"), case .file = entry.kind {
            merged.texts["roadmap.yml"] = String(decoding: try source.contents(of: entry), as: UTF8.self)
        }
        if let lockBytes, !lockDiagnostics.isEmpty { merged.texts[PortfolioLock.path] = String(decoding: lockBytes, as: UTF8.self) }
        let commits = read.map { try? $0.get().1 }
        let lock = PortfolioPins.lock(for: sources, read: commits, choices: choices, old: oldLock)
        var written = false
        if writesLock, lockBytes == nil || lock != oldLock || !lockDiagnostics.isEmpty {
            try write(lock, replacing: lockBytes)
            written = true
        }
        return (merged, PortfolioOutcome(lock: lock, lockWritten: written, unavailable: unavailable))
    }

    private func write(_ lock: PortfolioLock, replacing old: [UInt8]?) throws(SourceError) {
        let path = location.root + "/" + PortfolioLock.path
        let bytes = Array(lock.text.utf8)
        if let old {
            if bytes == old { return }
            guard try AtomicFile.replace(path, with: bytes, ifStill: old) == .written else {
                throw SourceError("\(PortfolioLock.path) changed while it was read; run the command again")
            }
            return
        }
        do { try Data(bytes).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting) }
        catch { throw SourceError("cannot write \(path): \(error.localizedDescription)") }
    }

    /// A source's diagnostic as the portfolio reports it: its places as `source:path`.
    static func qualified(_ diagnostic: Diagnostic, in source: String) -> Diagnostic {
        var moved = diagnostic
        // Without a place, only the message can say which roadmap it is about.
        if diagnostic.location == nil { moved.message = "source `\(source)`: " + diagnostic.message }
        moved.location = diagnostic.location.map { PortfolioLinker.qualified($0, in: source) }
        moved.notes = diagnostic.notes.map { note in
            var n = note
            n.location = note.location.map { PortfolioLinker.qualified($0, in: source) }
            return n
        }
        // Fixes name files of the source's repository, which this command does not edit.
        moved.fixes = []
        return moved
    }
}
