import Foundation

/// The real swift-evolution proposals shared by the project's test machines, as Markdown bodies
/// with their front matter removed; absent on machines without the shared corpora.
enum EvolutionCorpus {
    /// `…/shared/corpora/swift-evolution/prds`, looked up next to the repository (CI) and next to
    /// the folder holding it (git worktrees one level deeper).
    static let directory: URL? = {
        let repoRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            repoRoot.deletingLastPathComponent(),
            repoRoot.deletingLastPathComponent().deletingLastPathComponent(),
        ].map { $0.appendingPathComponent("shared/corpora/swift-evolution/prds") }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }()

    static var isAvailable: Bool { directory != nil }

    /// Every `.md` file below ``directory`` as (relative path, body), sorted by path.
    static func bodies() throws -> [(path: String, body: String)] {
        guard let directory else { return [] }
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        var files: [(path: String, body: String)] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "md" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            files.append((String(url.path.dropFirst(directory.path.count)), body(of: text)))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The text after the second `---` line, or all of it when there is no front matter.
    static func body(of text: String) -> String {
        var dashes = 0
        var consumed = 0
        for line in lines(of: text) {
            consumed += line.utf8.count
            if line.trimmingCharacters(in: .newlines) == "---" {
                dashes += 1
                if dashes == 2 { return String(decoding: text.utf8.dropFirst(consumed), as: UTF8.self) }
            }
        }
        return text
    }

    /// Lines split the way cmark splits them (`\n`, `\r\n`, `\r`), each with its line break.
    static func lines(of text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if previousWasCR, scalar != "\n" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            }
            current.append(scalar)
            previousWasCR = scalar == "\r"
            if scalar == "\n" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }
}
