import RoadmapCompiler
import RoadmapCore
import RoadmapHistory
import RoadmapHistoryMiner
import RoadmapSources

/// `roadmap check --history`: adds the checks that need git history (stale and slipping PRDs,
/// a shallow clone) to a compilation.
public enum HistoryCheckRun {
    /// The history is read up to the commit being checked (HEAD for the working tree and the
    /// index), and "today" is `day`: the day the compilation measured overdue work from (`--today`,
    /// `--at`, `SOURCE_DATE_EPOCH` or the clock), else that commit's day in UTC. Nothing is
    /// added without commits.
    public static func add(to compilation: inout Compilation, location: RoadmapLocation, source: any RoadmapSource,
                    day: CalendarDate?, noCache: Bool) throws(SourceError) {
        guard let repository = location.repository, let head = repository.headCommitID else { return }
        let revision = (source as? CommitSource)?.commitID ?? head
        let config = compilation.roadmap.config
        let mined = try HistorySession.mine(location, revision: revision, config: config, noCache: noCache)
        let commitTime: Int64
        if let commit = source as? CommitSource { commitTime = commit.commitTime } else { commitTime = try location.commit(revision).commitTime }
        let today = day ?? HistoryTime.day(commitTime)
        var found = mined.diagnostics.compactMap { d -> Diagnostic? in
            guard let severity = config.severity(of: d.code) else { return nil }
            var adjusted = d
            adjusted.severity = severity
            return adjusted
        }
        let findings = HistoryChecks.findings(for: compilation.roadmap, history: mined.history, today: today)
        // Read the flagged files once, in the packs' order, to point each warning at its field.
        var texts = compilation.texts
        let wanted = Set(findings.compactMap(\.diagnostic.location?.path)).filter { texts[$0] == nil }
        for (path, text) in try FileTexts.read(wanted, from: source, config: config, repository: repository) { texts[path] = text }
        found += findings.map { finding in
            guard let path = finding.diagnostic.location?.path, let field = finding.field, let text = texts[path],
                  let place = FieldLocator.locate(field, in: text, path: path) else { return finding.diagnostic }
            var placed = finding.diagnostic
            placed.location = place
            return placed
        }
        compilation.texts = texts
        compilation.diagnostics = (compilation.diagnostics + found).sorted(by: Diagnostic.reportOrder)
    }
}

/// The texts of some roadmap files: from git objects in the order they are stored (fast for
/// many files of a large history), from disk for the working tree.
public enum FileTexts {
    public static func read(_ paths: Set<String>, from source: any RoadmapSource, config: RoadmapConfig,
                     repository: GitRepository) throws(SourceError) -> [String: String] {
        guard !paths.isEmpty else { return [:] }
        var entries: [SourceEntry] = []
        for folder in [config.prdsFolder, config.okrsFolder] {
            entries += try source.entries(under: folder).filter { paths.contains($0.path) }
        }
        var texts: [String: String] = [:]
        let blobs = entries.filter { $0.blobID != nil }
        if !blobs.isEmpty, let reader = try? BlobReader(repository: repository) {
            for index in reader.readingOrder(blobs.compactMap(\.blobID)) {
                let entry = blobs[index]
                if let id = entry.blobID, let bytes = try? reader.blob(id) { texts[entry.path] = String(decoding: bytes, as: UTF8.self) }
            }
        }
        for entry in entries where texts[entry.path] == nil {
            if let bytes = try? source.contents(of: entry) { texts[entry.path] = String(decoding: bytes, as: UTF8.self) }
        }
        return texts
    }
}

/// Finds `field:` at the top level of a file's front matter.
public enum FieldLocator {
    public static func locate(_ field: String, in text: String, path: String) -> SourceLocation? {
        let key = Array((field + ":").utf8)
        var line = 1
        var lineStart = text.utf8.startIndex
        let utf8 = text.utf8
        var index = lineStart
        // Line by line over the bytes, stopping at the end of the front matter.
        while index <= utf8.endIndex {
            if index == utf8.endIndex || utf8[index] == 0x0A {
                let bytes = utf8[lineStart..<index]
                if bytes.starts(with: key) {
                    let afterKey = utf8.index(lineStart, offsetBy: key.count)
                    var valueStart = afterKey
                    while valueStart < index, utf8[valueStart] == 0x20 { valueStart = utf8.index(after: valueStart) }
                    var valueEnd = index
                    while valueEnd > valueStart, utf8[utf8.index(before: valueEnd)] == 0x20 { valueEnd = utf8.index(before: valueEnd) }
                    let column = text[lineStart..<valueStart].unicodeScalars.count + 1
                    let length = text[valueStart..<valueEnd].unicodeScalars.count
                    return SourceLocation(path: path, line: line, column: column, length: max(1, length))
                }
                if line > 1, bytes.elementsEqual("---".utf8) || line > 200 { return nil }
                if index == utf8.endIndex { return nil }
                line += 1
                index = utf8.index(after: index)
                lineStart = index
                continue
            }
            index = utf8.index(after: index)
        }
        return nil
    }
}
