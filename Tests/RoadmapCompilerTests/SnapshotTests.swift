import Foundation
@testable import RoadmapCompiler
import RoadmapCore
import Testing

@Suite struct SnapshotTests {
    static func read(_ text: String, path: String = "prds/x.md", kind: ItemKind = .feature) -> ItemSnapshot? {
        FrontMatterSnapshot.read(Array(text.utf8), path: path, kind: kind)
    }

    @Test func readsEveryFollowedFieldOfAPRD() throws {
        let snapshot = try #require(Self.read(Fixture.prd.replacingOccurrences(of: "okrs:", with: "start: 2026-07-06\ndue: 2026-09-25\ndepends_on: [a, b]\nokrs:")))
        #expect(snapshot == ItemSnapshot(
            kind: .feature, id: ItemID("saved-cards")!, title: "Saved cards", status: "planned",
            quarter: Quarter("2026-Q3"), start: CalendarDate(iso: "2026-07-06"), due: CalendarDate(iso: "2026-09-25"),
            okrs: ["grow-checkout/kr1"], dependsOn: ["a", "b"], riceScore: 40000 * 2 * 0.8 / 3))
    }

    @Test func readsKeyResultsOfAnObjective() throws {
        let snapshot = try #require(Self.read(Fixture.objective, path: "okrs/grow.md", kind: .objective))
        #expect(snapshot == ItemSnapshot(
            kind: .objective, id: ItemID("grow-checkout")!, title: "Make checkout effortless", quarter: Quarter("2026-Q3"),
            keyResults: [.init(id: "kr1", title: "Checkout conversion from 62% to 70%", baseline: 62, target: 70, current: 64)]))
    }

    @Test func valuesTheCompilerRejectsAreNil() throws {
        let snapshot = try #require(Self.read("---\nid: Bad Id\nstatus: planed\nquarter: 2026-Q5\nhorizon: soon\ndue: 2026-02-30\nrice: { reach: 1, impact: 7, confidence: 50%, effort: 1 }\n---\n", path: "prds/team/My File.md"))
        #expect(snapshot.id == ItemID("my-file"))
        #expect(snapshot.status == "planed")
        #expect(snapshot.quarter == nil && snapshot.horizon == nil && snapshot.due == nil && snapshot.riceScore == nil)
    }

    @Test(arguments: ["", "no front matter\n", "---\nid: a\n", "---\nid: [a\n---\n", "---\n- a\n---\n",
                      "---\nid: a\n---\n<<<<<<< HEAD\nx\n=======\ny\n>>>>>>> b\n", "---\nid: a\n---\n\u{0}"])
    func unreadableFilesHaveNoSnapshot(_ text: String) {
        #expect(Self.read(text) == nil)
        #expect(FrontMatterSnapshot.read(Array(text.utf8) + [0xFF], path: "p.md", kind: .feature) == nil)
    }

    /// Inputs the quick reader handles, and inputs it must hand to Yams: either way the fields
    /// must be exactly what Yams composes.
    static let shapes: [String] = [
        "---\nid: a\ntitle: A title, with [brackets] and \"quotes\" and:colons\nstatus: planned\n---\n",
        "---\nid: a\nokrs: []\ndepends_on: [ ]\ntags: [x y, z]\nrice: {}\n---\n",
        "---\nid: a\nokrs:\n  - g/kr1\n  - g/kr2\ntags:\n- a\n- b\n---\n",
        "---\nid: a\nunit: \"%\"\nq: 'its'\nempty: ''\nn: null\nt: ~\nu:\n---\n",
        "---\nkey_results:\n  - id: kr1\n    title: One\n    target: 70\n  - id: kr2\n    current:\n  # a comment\n\n  - plain\n---\n",
        "---\nq: 'it''s'\nr: \"a\\\"b\"\ns: and: colons\n---\n",
        "---\nid: a # comment\ntitle: multi\n  line\n---\n",
        "---\nid: a\nrice: { reach: 10, impact: 0.5, confidence: 0.8, effort: -1 }\nokrs: [a: b]\n---\n",
        "---\nid: a\nid: b\n# comment\n\n---\nbody\n",
        "---\ntitle: -dash\nx: ?q\ny: &anchor v\n---\n",
        "---\nk:\n  - a: 1\n    b:\n      - nested\n---\n",
        "---\nk:\n  nested: map\n---\n",
        "---\nk: [a, [b]]\nm: { a: { b: c } }\n---\n",
        "---\ntitle: tab\there\n---\n",
        "---\ntitle: ünïcödé ✓\nstatus: in-progress\n...\n",
        "---\ntitle: x\n---   \n",
        "\u{FEFF}---\nid: bom\n---\n",
        "---\r\nid: crlf\r\n---\r\n",
        "---\nid: a\nk: [a, ]\nj: { a: 1, }\n---\n",
        "---\n  id: indented\n---\n",
        "---\nk:\n- a\n  - b\n---\n",
        "---\nk:\n  - a\nnext: 1\n---\n",
        "---\nk:\n  -  spaced\n---\n",
        "---\nk:    \nl: 'x' \n---\n",
    ]

    @Test(arguments: shapes)
    func quickReaderAgreesWithYams(_ text: String) {
        let bytes = Array(text.utf8)
        let composed = FrontMatterSnapshot.composedFields(bytes, path: "p.md")
        if let quick = FrontMatterSnapshot.quickFields(bytes) {
            #expect(quick == composed)
        }
        #expect(FrontMatterSnapshot.fields(bytes, path: "p.md") == composed)
    }

    @Test func quickReaderTakesThePlainShapes() {
        for text in Self.shapes.prefix(5) {
            #expect(FrontMatterSnapshot.quickFields(Array(text.utf8)) != nil, "\(text)")
        }
    }

    @Test func quickReaderAgreesWithYamsOnTheSampleRoadmap() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("sample-roadmap")
        let files = try #require(FileManager.default.enumerator(atPath: root.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }
        #expect(files.count >= 24)
        var quick = 0
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent(file)))
            let composed = try #require(FrontMatterSnapshot.composedFields(bytes, path: file))
            if let fields = FrontMatterSnapshot.quickFields(bytes) {
                quick += 1
                #expect(fields == composed, "\(file)")
            }
        }
        #expect(quick > files.count / 2)
    }
}
