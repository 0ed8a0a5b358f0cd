import RoadmapCompiler
import RoadmapCore
import Foundation
import RoadmapSources
import Testing

/// Errors stay where they are: a file that cannot be read is reported once, and what refers to it
/// says so (RM508) instead of that nothing has the id; one missing comma is one diagnostic.
@Suite struct UnreadableFileTests {
    func prd(_ id: String, _ extra: String) -> String {
        "---\nid: \(id)\ntitle: \(id)\nstatus: planned\nowner: Sam\n\(extra)\nrice: { reach: 1, impact: 1, confidence: 1, effort: 1 }\n---\n## Problem\nP.\n## Success metrics\nM.\n"
    }

    @Test func referencesToAnUnparsablePRDPointAtItsFirstError() throws {
        let broken = "---\nid: card-vault\ntitle: \"Card\" vault\nstatus: planned\n---\n"
        let result = try Fixture.compile([
            "prds/platform/vault.md": broken,
            "prds/a.md": prd("a", "okrs: [grow-checkout/kr1]\ndepends_on: [card-vault]"),
        ])
        #expect(placed(result) == ["RM508 prds/a.md:7:14", "RM105 prds/platform/vault.md:3:8"])
        let d = try #require(result.diagnostics.first)
        #expect(d.severity == .warning)
        #expect(d.message == "`card-vault` is the PRD of prds/platform/vault.md, which could not be read, so this reference is not checked")
        #expect(d.notes.first?.location == SourceLocation(path: "prds/platform/vault.md", line: 3, column: 8, length: 12))
    }

    @Test func theIDComesFromTheFileNameWhenNoIDLineIsReadable() throws {
        let result = try Fixture.compile([
            "okrs/retention.md": "# Retention\n\nNo front matter.\n",
            "prds/a.md": prd("a", "okrs: [grow-checkout/kr1, retention/kr1]"),
        ])
        #expect(placed(result) == ["RM101 okrs/retention.md:1:1", "RM508 prds/a.md:6:27"])
        #expect(result.diagnostics[1].message.hasPrefix("`retention` is the objective of okrs/retention.md"))
    }

    @Test func anUnreadablePRDCausesNoCoverageWarnings() throws {
        // The only PRD that moves grow-checkout/kr1 is broken: whether it moves the key result is
        // unknown, so RM901 stays quiet, and the objective it names is not reported (RM902) either.
        let lonely = "---\nid: lonely\ntitle: Lonely\nkey_results:\n  - id: kr1\n    title: x\n    baseline: 0\n    target: 1\n---\n"
        let broken = Fixture.prd.replacingOccurrences(of: "title: Saved cards", with: "title: \"Saved\" cards")
            .replacingOccurrences(of: "okrs: [grow-checkout/kr1]", with: "okrs: [grow-checkout/kr1, lonely]")
        let result = try Fixture.compile(["prds/payments/saved-cards.md": broken, "okrs/lonely.md": lonely])
        #expect(placed(result) == ["RM105 prds/payments/saved-cards.md:3:8"])
    }

    @Test func oneMissingCommaInOKRsIsOneDiagnostic() throws {
        let objective = Fixture.objective.replacingOccurrences(of: "    unit: \"%\"\n", with: "    unit: \"%\"\n  - id: kr2\n    title: Fewer refunds\n    baseline: 10\n    target: 5\n")
        let file = Marked(Fixture.prd.replacingOccurrences(of: "okrs: [grow-checkout/kr1]", with: "okrs: [grow-checkout/kr1« grow-checkout/kr2]"))
        let result = try Fixture.compile(["okrs/grow-checkout.md": objective, "prds/payments/saved-cards.md": file.text])
        #expect(placed(result) == ["RM501 prds/payments/saved-cards.md:\(file.line):\(file.column)"])
        #expect(result.diagnostics.first?.help == "separate the entries with commas: `okrs: [grow-checkout/kr1, grow-checkout/kr2]`")
        let kr2 = result.roadmap.objectives.first?.keyResults.first { $0.id == "kr2" }
        #expect(kr2?.movedBy.map(\.rawValue) == ["saved-cards"])
    }

    @Test func oneMissingCommaInDependsOnIsOneDiagnostic() throws {
        let file = Marked(prd("a", "okrs: [grow-checkout/kr1]\ndepends_on: [saved-cards« b]"))
        let result = try Fixture.compile(["prds/a.md": file.text, "prds/b.md": prd("b", "okrs: [grow-checkout]")])
        #expect(placed(result) == ["RM503 prds/a.md:\(file.line):\(file.column)"])
        #expect(result.roadmap.feature(ItemID("a")!)?.dependsOn.map(\.rawValue) == ["saved-cards", "b"])
    }

    @Test func aMalformedOKREntryCausesNoOrphanOrCoverageWarning() throws {
        let file = Marked(Fixture.prd.replacingOccurrences(of: "okrs: [grow-checkout/kr1]", with: "okrs: [«grow-checkout/kr1!]"))
        let result = try Fixture.compile(["prds/payments/saved-cards.md": file.text])
        #expect(placed(result) == ["RM501 prds/payments/saved-cards.md:\(file.line):\(file.column)"])
    }

    @Test func theUnreadableItemSurvivesTheCache() throws {
        let broken = "---\nid: card-vault\ntitle: \"Card\" vault\n---\n"
        let files = Fixture.files.merging(["prds/platform/vault.md": broken, "prds/a.md": prd("a", "okrs: [grow-checkout/kr1]\ndepends_on: [card-vault]")]) { $1 }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rm-cache-\(UInt64.random(in: 0...UInt64.max))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = BlobbedSource(files: files)
        let first = try RoadmapCompiler(source: source, cache: AnalysisCache(file: folder.appendingPathComponent("c").path)).compile()
        let second = try RoadmapCompiler(source: source, cache: AnalysisCache(file: folder.appendingPathComponent("c").path)).compile()
        #expect(placed(first) == ["RM508 prds/a.md:7:14", "RM105 prds/platform/vault.md:3:8"])
        #expect(placed(second) == placed(first))
        #expect(second.diagnostics.first?.notes == first.diagnostics.first?.notes)
    }
}

/// An in-memory roadmap whose entries carry blob ids (their text), so the analysis cache is used.
struct BlobbedSource: RoadmapSource {
    let inner: InMemorySource
    let files: [String: String]
    var label: String { "blobbed" }

    init(files: [String: String]) {
        self.files = files
        inner = InMemorySource(files: files)
    }

    func entries(under folder: String) throws(SourceError) -> [SourceEntry] {
        try inner.entries(under: folder).map { var e = $0; e.blobID = String(StableHash.fnv1a(Array((files[$0.path] ?? "").utf8)), radix: 16); return e }
    }

    func entry(at path: String) throws(SourceError) -> SourceEntry? { try inner.entry(at: path) }

    func contents(of entry: SourceEntry) throws(SourceError) -> [UInt8] { try inner.contents(of: entry) }
}

extension UnreadableFileTests {
    @Test func aFileTooLargeToReadIsUnreadableToo() throws {
        let config = Fixture.config + "max_file_size: 1024\n"
        let huge = Fixture.prd.replacingOccurrences(of: "id: saved-cards", with: "id: huge") + String(repeating: "x", count: 2000) + "\n"
        let result = try Fixture.compile([
            "roadmap.yml": config, "prds/huge.md": huge,
            "prds/a.md": prd("a", "okrs: [grow-checkout/kr1]\ndepends_on: [huge]"),
        ])
        #expect(placed(result) == ["RM508 prds/a.md:7:14", "RM004 prds/huge.md:1:1"])
    }
}

extension UnreadableFileTests {
    @Test func aMissingCommaBeforeAnUnknownIDIsTwoMistakes() throws {
        let file = Marked(prd("a", "okrs: [grow-checkout/kr1]\ndepends_on: [saved-cards« nope]"))
        let result = try Fixture.compile(["prds/a.md": file.text])
        #expect(placed(result) == ["RM503 prds/a.md:\(file.line):\(file.column)", "RM503 prds/a.md:\(file.line):\(file.column + 1)"])
        #expect(result.diagnostics.map(\.message) == ["`saved-cards nope` is 2 PRDs without a comma between them", "no PRD has the id `nope`"])
        #expect(result.roadmap.feature(ItemID("a")!)?.dependsOn.map(\.rawValue) == ["saved-cards"])
    }
}

extension UnreadableFileTests {
    @Test func aKeyResultWithAnInvalidIDIsUnreadableToReferences() throws {
        let objective = Fixture.objective.replacingOccurrences(of: "  - id: kr1", with: "  - id: KR1")
        let result = try Fixture.compile(["okrs/grow-checkout.md": objective])
        #expect(placed(result) == ["RM401 okrs/grow-checkout.md:7:9", "RM508 prds/payments/saved-cards.md:8:8"])
        #expect(result.diagnostics[1].notes.first?.location?.line == 7)
    }
}
