import RoadmapCompiler
import RoadmapCore
import Testing

/// `roadmap check FILE` keeps the diagnostics of that file and those it causes elsewhere.
@Suite struct FileFocusTests {
    @Test func keepsTheFilesOwnProblemsAndThoseNamingItsIds() throws {
        let broken = Fixture.prd.replacingOccurrences(of: "id: saved-cards", with: "id: other")
            .replacingOccurrences(of: "status: planned", with: "status: planed")
        let compilation = try Fixture.compile([
            "prds/other.md": broken,
            "prds/wants-kr9.md": Fixture.prd.replacingOccurrences(of: "id: saved-cards", with: "id: wants-kr9")
                .replacingOccurrences(of: "grow-checkout/kr1", with: "grow-checkout/kr9"),
        ])
        let paths = { (found: [Diagnostic]) in Set(found.compactMap(\.location?.path)) }
        #expect(paths(compilation.diagnostics) == ["prds/other.md", "prds/wants-kr9.md"])

        let other = FileFocus(path: "prds/other.md", roadmap: compilation.roadmap)
        #expect(paths(other.filter(compilation.diagnostics)) == ["prds/other.md"])
        // The objective has no problem of its own; the PRD naming its missing key result is one it causes.
        let objective = FileFocus(path: "okrs/grow-checkout.md", roadmap: compilation.roadmap)
        #expect(objective.ids == ["grow-checkout"])
        let caused = objective.filter(compilation.diagnostics)
        #expect(caused.map(\.code) == [.unknownOKR])
        #expect(paths(caused) == ["prds/wants-kr9.md"])
    }

    @Test func aNoteInTheFileCounts() throws {
        let a = Fixture.prd.replacingOccurrences(of: "id: saved-cards", with: "id: a")
            .replacingOccurrences(of: "okrs: [grow-checkout/kr1]", with: "okrs: [grow-checkout/kr1]\ndepends_on: [b]")
        let b = a.replacingOccurrences(of: "id: a", with: "id: b").replacingOccurrences(of: "depends_on: [b]", with: "depends_on: [a]")
        let compilation = try Fixture.compile(["prds/a.md": a, "prds/b.md": b])
        let cycle = try #require(compilation.diagnostics.first { $0.code == .dependencyCycle })
        let elsewhere = cycle.location?.path == "prds/a.md" ? "prds/b.md" : "prds/a.md"
        // Neither id is quoted alone in the message, so the note is what ties the other file to it.
        let focus = FileFocus(path: elsewhere, roadmap: Roadmap(config: .init(), objectives: [], features: []))
        #expect(focus.concerns(cycle))
        #expect(!FileFocus(path: "prds/payments/saved-cards.md", roadmap: compilation.roadmap).concerns(cycle))
    }

    @Test func aFileTooBrokenToReadStillOwnsTheReferencesToItsId() throws {
        let broken = "---\nid: saved-cards\ntitle: [unclosed\n---\n"
        let wants = Fixture.prd.replacingOccurrences(of: "id: saved-cards", with: "id: wants")
            .replacingOccurrences(of: "okrs: [grow-checkout/kr1]", with: "okrs: [grow-checkout/kr1]\ndepends_on: [saved-cards]")
        let compilation = try Fixture.compile(["prds/payments/saved-cards.md": broken, "prds/wants.md": wants])
        let focus = FileFocus(path: "prds/payments/saved-cards.md", compilation: compilation)
        #expect(focus.ids == ["saved-cards"])
        let kept = focus.filter(compilation.diagnostics)
        #expect(kept.contains { $0.location?.path == "prds/payments/saved-cards.md" })
        #expect(kept.allSatisfy { $0.location?.path == "prds/payments/saved-cards.md" || $0.message.contains("`saved-cards`") })
        #expect(kept.contains { $0.location?.path == "prds/wants.md" }, "\(compilation.diagnostics.map(\.message))")
    }

    @Test func roadmapFilesAreSettingsAndMarkdownInTheFolders() {
        let config = RoadmapConfig(prdsFolder: "product/prds")
        #expect(FileFocus.isRoadmapFile("roadmap.yml", config: config))
        #expect(FileFocus.isRoadmapFile("product/prds/x.md", config: config))
        #expect(FileFocus.isRoadmapFile("okrs/o.md", config: config))
        #expect(!FileFocus.isRoadmapFile("prds/x.md", config: config))
        #expect(!FileFocus.isRoadmapFile("okrs/notes.txt", config: config))
    }
}
