import Foundation
@testable import RoadmapCorpus

/// A generated corpus read back from its text, the way a checker would see it.
struct ParsedCorpus {
    struct Document {
        var path: String
        var fields: [String: String]
        var body: String
        var frontMatter: String

        func list(_ key: String) -> [String] {
            guard let raw = fields[key], raw.hasPrefix("["), raw.hasSuffix("]") else { return [] }
            let inner = raw.dropFirst().dropLast()
            return inner.isEmpty ? [] : inner.components(separatedBy: ", ")
        }
    }

    var files: [String: String] = [:]
    var objectives: [Document] = []
    var prds: [Document] = []

    init(_ generated: [(path: String, contents: String)]) {
        for file in generated {
            files[file.path] = file.contents
            guard let document = ParsedCorpus.document(file.path, file.contents) else { continue }
            if file.path.hasPrefix("okrs/") { objectives.append(document) }
            if file.path.hasPrefix("prds/") { prds.append(document) }
        }
    }

    /// Key-result ids per objective id, from the `  - id: krN` lines.
    var keyResults: [String: [String]] {
        var out: [String: [String]] = [:]
        for objective in objectives {
            out[objective.fields["id"] ?? ""] = objective.frontMatter.split(separator: "\n")
                .filter { $0.hasPrefix("  - id: ") }.map { String($0.dropFirst(8)) }
        }
        return out
    }

    static func document(_ path: String, _ text: String) -> Document? {
        guard text.hasPrefix("---\n"), let end = text.range(of: "\n---\n") else { return nil }
        let frontMatter = String(text[text.index(text.startIndex, offsetBy: 4)..<end.lowerBound])
        var fields: [String: String] = [:]
        for line in frontMatter.split(separator: "\n") where !line.hasPrefix(" ") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Document(path: path, fields: fields, body: String(text[end.upperBound...]), frontMatter: frontMatter)
    }
}
