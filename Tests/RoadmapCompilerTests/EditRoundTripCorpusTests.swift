import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapCorpus
import Testing

/// `set` to a new value and back leaves each file byte-identical, on generated roadmaps and on
/// the shared Swift Evolution proposals.
@Suite struct EditRoundTripCorpusTests {
    /// `…/shared/corpora/swift-evolution`, next to the repository.
    static let evolution: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpora/swift-evolution")
    static var hasEvolution: Bool { FileManager.default.fileExists(atPath: evolution.appendingPathComponent("roadmap.yml").path) }

    static let fields: [[FrontMatterEditor.Step]] = [
        [.key("status")], [.key("owner")], [.key("title")], [.key("team")], [.key("due")], [.key("quarter")],
        [.key("rice"), .key("reach")], [.key("period")],
    ]

    /// Sets every present field to a new value and back; returns how many round trips were made.
    static func roundTrip(_ bytes: [UInt8], path: String) throws -> Int {
        let editor = try FrontMatterEditor(bytes: bytes, path: path)
        var trips = 0
        var steps = fields
        if let krs = try? keyResultIDs(bytes, path: path) {
            steps += krs.map { [.key("key_results"), .entry(id: $0), .key("current")] }
        }
        for field in steps {
            guard let original = editor.value(at: field) else { continue }
            let numeric = FieldValue.isNumber(original)
            // A value that needs no quotes, as a slipped date or a new owner: the scalar keeps its style.
            let changed: FrontMatterEditor.Value = numeric ? .number("12345") : .text("Round trip value")
            let there = try #require(editor.setting(field, to: changed).applied(to: bytes))
            #expect(there != bytes)
            let back = try FrontMatterEditor(bytes: there, path: path)
                .setting(field, to: numeric ? .number(original) : .text(original))
            let result = try #require(back.applied(to: there))
            if result != bytes {
                Issue.record("\(path) \(field): round trip changed the file:\n\(String(decoding: result, as: UTF8.self))")
            }
            trips += 1
        }
        return trips
    }

    static func keyResultIDs(_ bytes: [UInt8], path: String) throws -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.split(separator: "\n").compactMap { line in
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("- id: ") else { return nil }
            return String(trimmed.dropFirst(6)).trimmingCharacters(in: .whitespaces)
        }
    }

    @Test func generatedRoadmaps() throws {
        var trips = 0
        for seed in [1, 2] as [UInt64] {
            for (path, contents) in CorpusGenerator(spec: CorpusSpec(prds: 150, objectives: 12, seed: seed)).files()
            where path.hasSuffix(".md") {
                trips += try Self.roundTrip(Array(contents.utf8), path: path)
            }
        }
        #expect(trips > 600)
    }

    @Test(.enabled(if: hasEvolution, "the shared swift-evolution corpus is not next to the repository"))
    func swiftEvolutionProposals() throws {
        let root = Self.evolution.path
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".md") && ($0.hasPrefix("prds/") || $0.hasPrefix("okrs/")) }.sorted() ?? []
        #expect(files.count > 500)
        var trips = 0
        for path in files {
            let bytes = try #require(FileManager.default.contents(atPath: root + "/" + path)).map { $0 }
            trips += try Self.roundTrip(Array(bytes), path: path)
        }
        #expect(trips > 1500)
    }
}

enum FieldValue {
    static func isNumber(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { "0123456789.-".contains($0) } && Double(text) != nil
    }
}
