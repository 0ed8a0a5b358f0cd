import RoadmapCompiler
import RoadmapCore
import RoadmapHistory
import RoadmapSources

/// `roadmap check --history`: adds the checks that need git history (stale and slipping PRDs,
/// a shallow clone) to a compilation.
enum HistoryCheckRun {
    /// The history is read up to the commit being checked (HEAD for the working tree and the
    /// index), and "today" is `day` when given (`--at`), else that commit's day in UTC; never the
    /// machine's clock. Nothing is added without commits.
    static func add(to compilation: inout Compilation, location: RoadmapLocation, source: any RoadmapSource,
                    day: CalendarDate?, noCache: Bool) throws(SourceError) {
        guard let repository = location.repository, let head = repository.headCommitID else { return }
        let revision = (source as? CommitSource)?.commitID ?? head
        let mined = try HistorySession.mine(location, revision: revision, config: compilation.roadmap.config, noCache: noCache)
        let commitTime: Int64
        if let commit = source as? CommitSource { commitTime = commit.commitTime } else { commitTime = try location.commit(revision).commitTime }
        let today = day ?? HistoryTime.day(commitTime)
        var found = mined.diagnostics.compactMap { d -> Diagnostic? in
            guard let severity = compilation.roadmap.config.severity(of: d.code) else { return nil }
            var adjusted = d
            adjusted.severity = severity
            return adjusted
        }
        var texts = compilation.texts
        found += HistoryChecks.diagnostics(for: compilation.roadmap, history: mined.history, today: today) { path, field in
            FieldLocator.locate(field, in: path, source: source, texts: &texts)
        }
        compilation.texts = texts
        compilation.diagnostics = (compilation.diagnostics + found).sorted(by: Diagnostic.reportOrder)
    }
}

/// Finds `field:` at the top of a file's front matter, keeping the file's text for quoting.
enum FieldLocator {
    static func locate(_ field: String, in path: String, source: any RoadmapSource, texts: inout [String: String]) -> SourceLocation? {
        if texts[path] == nil, let entry = try? source.entry(at: path), let bytes = try? source.contents(of: entry) {
            texts[path] = String(decoding: bytes, as: UTF8.self)
        }
        guard let text = texts[path] else { return nil }
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(200) {
            number += 1
            guard line.hasPrefix(field + ":") else { continue }
            let value = line.dropFirst(field.count + 1).drop { $0 == " " }
            let column = line.count - value.count + 1
            return SourceLocation(path: path, line: number, column: column, length: max(1, value.trimmingCharacters(in: .whitespaces).count))
        }
        return nil
    }
}
