import RoadmapCore
import Yams

/// Reads `roadmap.lock`: `name: { repo: "...", ref: "...", path: "...", commit: "<40 hex>" }`
/// per source, as `PortfolioLock.text` writes it. Every mistake is RM824 at its line, and an
/// entry with a mistake is dropped, so its source is pinned again from its ref.
public enum PortfolioLockReader {
    static let keys = ["repo", "ref", "path", "commit"]

    public static func read(_ bytes: [UInt8]) -> (PortfolioLock, [Diagnostic]) {
        let path = PortfolioLock.path
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D }) { return (PortfolioLock(), []) }
        let text: String
        switch DecodedText.decode(bytes, path: path) {
        case .success(let decoded): text = decoded.text
        case .failure(let problem): return (PortfolioLock(), [relabel(problem)])
        }
        // A merge conflict would otherwise read as a YAML error far from the cause.
        if let conflict = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(where: { $0.hasPrefix("<<<<<<<") }) {
            return (PortfolioLock(), [Diagnostic(.invalidLock, "roadmap.lock has a merge conflict", at: SourceLocation(path: path, line: conflict + 1),
                                                 help: "keep one commit per source, or delete the file and let `roadmap check` write it again")])
        }
        let mapping: Node.Mapping
        switch YAMLComposer.compose(text[...], firstLine: 1, path: path) {
        case .success(let m): mapping = m
        case .failure(let problem): return (PortfolioLock(), [relabel(problem)])
        }
        var r = FieldReader(mapping, known: mapping.compactMap { $0.key.scalar?.string }, subject: "roadmap.lock", path: path, lineOffset: 0,
                            anchor: SourceLocation(path: path, line: 1))
        var problems: [Diagnostic] = []
        var lock = PortfolioLock()
        for (nameNode, value) in UniqueEntries.of(mapping, subject: "roadmap.lock", reader: &r) {
            let name = nameNode.scalar?.string ?? ""
            let at = r.valueLocation(nameNode)
            func invalid(_ message: String, _ place: SourceLocation) {
                problems.append(Diagnostic(.invalidLock, message, at: place,
                                           help: "delete the entry and run `roadmap check` to pin `\(name)` again from its ref"))
            }
            guard ItemID.isValid(name) else { invalid("`\(name)` is not a source name", at); continue }
            guard let fields = value.mapping else { invalid("the pin of `\(name)` must be a mapping of repo, ref, path and commit", r.valueLocation(value)); continue }
            var values: [String: String] = [:]
            var broken = false
            for (keyNode, field) in fields {
                let key = keyNode.scalar?.string ?? ""
                guard keys.contains(key) else { invalid("`\(key)` is not a field of a pin", r.valueLocation(keyNode)); broken = true; continue }
                guard let scalar = field.scalar else { invalid("`\(key)` of the pin of `\(name)` must be text", r.valueLocation(field)); broken = true; continue }
                values[key] = scalar.string
                if key == "commit", !isCommitID(scalar.string) {
                    invalid("`\(scalar.string)` is not a full commit id", r.valueLocation(field))
                    broken = true
                }
            }
            for key in ["repo", "commit"] where values[key] == nil && !broken {
                invalid("the pin of `\(name)` has no `\(key)`", at)
                broken = true
            }
            guard !broken, let repo = values["repo"], let commit = values["commit"] else { continue }
            let folder = (values["path"] ?? "").split(separator: "/").filter { $0 != "." }.joined(separator: "/")
            lock.pins.append(PortfolioLock.Pin(name: name, repo: repo, ref: values["ref"] ?? "HEAD", path: folder, commit: commit.lowercased()))
        }
        return (lock, r.diagnostics.map(relabel) + problems)
    }

    /// 40 (SHA-1) or 64 (SHA-256) hexadecimal digits.
    static func isCommitID(_ text: String) -> Bool {
        (text.utf8.count == 40 || text.utf8.count == 64) && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }
    }

    /// YAML and encoding problems of the lock are lock problems: one code to configure and explain.
    private static func relabel(_ diagnostic: Diagnostic) -> Diagnostic {
        var relabelled = diagnostic
        relabelled.code = .invalidLock
        relabelled.severity = DiagnosticCode.invalidLock.defaultSeverity
        return relabelled
    }
}
