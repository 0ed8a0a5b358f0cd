import RoadmapCompiler
import RoadmapCore
import RoadmapSources
import Testing

/// `portfolio` in roadmap.yml (RM821), `source:id` references without a portfolio (RM823),
/// roadmap.lock (RM824), and the portfolio's linker over in-memory roadmaps.
@Suite struct PortfolioConfigTests {
    @Test func sourcesAreRead() throws {
        let yml = Fixture.config + "portfolio:\n  - {name: payments, repo: ../payments, ref: main, path: .}\n  - {name: platform, repo: \"file:///srv/git/platform.git\", path: roadmap/}\n"
        let result = try Fixture.compile(["roadmap.yml": yml])
        #expect(result.diagnostics.filter { $0.code == .invalidPortfolio }.isEmpty, "\(placed(result))")
        let sources = result.roadmap.config.portfolio
        #expect(sources.map(\.name) == ["payments", "platform"])
        #expect(sources.map(\.ref) == ["main", "HEAD"])
        #expect(sources.map(\.path) == ["", "roadmap"])
        #expect(sources[1].repo == "file:///srv/git/platform.git")
    }

    @Test(arguments: [
        ("  - {name: «Payments, repo: ../payments}\n", "not a valid source name"),
        ("  - {name: payments, repo: ../payments, «branch: main}\n", "is not a setting of a portfolio source"),
        ("  - «{name: payments}\n", "has no `repo`"),
        ("  - {name: payments, repo: «\"https://example.com/p.git\"}\n", "not supported yet"),
        ("  - {name: payments, repo: ../p, path: «../up}\n", "inside the repository"),
        ("  - «just-a-name\n", "must be a mapping"),
    ])
    func badEntryIsRM821AtItsPlace(_ entry: String, _ words: String) throws {
        let file = Marked(Fixture.config + "portfolio:\n" + entry)
        let result = try Fixture.compile(["roadmap.yml": file.text])
        let d = expectDiagnostic(result, .invalidPortfolio, "roadmap.yml", at: file)
        #expect(d.map { $0.message.contains(words) || ($0.help ?? "").contains(words) } == true, "\(String(describing: d))")
        #expect(result.roadmap.config.portfolio.isEmpty)
    }

    @Test func duplicateNameIsRM821WithTheFirst() throws {
        let file = Marked(Fixture.config + "portfolio:\n  - {name: payments, repo: ../a}\n  - {name: «payments, repo: ../b}\n")
        let result = try Fixture.compile(["roadmap.yml": file.text])
        let d = expectDiagnostic(result, .invalidPortfolio, "roadmap.yml", at: file)
        #expect(d?.notes.first?.location?.line == file.line - 1)
        #expect(result.roadmap.config.portfolio.map(\.repo) == ["../a"])
    }

    @Test func qualifiedDependencyWithoutPortfolioIsRM823() throws {
        let file = Marked(Fixture.prd.replacingOccurrences(of: "team: payments\n", with: "team: payments\ndepends_on: [«platform:card-vault]\n"))
        let result = try Fixture.compile(["prds/payments/saved-cards.md": file.text])
        let d = expectDiagnostic(result, .unknownSource, "prds/payments/saved-cards.md", at: file)
        #expect(d?.message.contains("not a portfolio") == true)
        #expect(!result.diagnostics.contains { $0.code == .unknownDependency })
    }

    @Test func qualifiedOKRWithoutPortfolioIsRM823AndNoOrphan() throws {
        let file = Marked(Fixture.prd.replacingOccurrences(of: "okrs: [grow-checkout/kr1]", with: "okrs: [«company:grow/kr1]"))
        let result = try Fixture.compile(["prds/payments/saved-cards.md": file.text])
        expectDiagnostic(result, .unknownSource, "prds/payments/saved-cards.md", at: file)
        #expect(!result.diagnostics.contains { $0.code == .unknownOKR || $0.code == .orphanFeature })
    }

    @Test func portfolioLeavesQualifiedReferencesForItsLinker() throws {
        let yml = Fixture.config + "portfolio:\n  - {name: platform, repo: ../platform}\n"
        let prd = Fixture.prd.replacingOccurrences(of: "team: payments\n", with: "team: payments\ndepends_on: [platform:card-vault]\n")
        let result = try Fixture.compile(["roadmap.yml": yml, "prds/payments/saved-cards.md": prd])
        #expect(!result.diagnostics.contains { $0.code == .unknownSource || $0.code == .unknownDependency }, "\(placed(result))")
        #expect(result.external.map(\.target.description) == ["platform:card-vault"])
        #expect(result.external.first?.location.line == 7)
    }

    @Test func linkerResolvesAcrossSourcesAndFindsCycles() throws {
        let member = CompileOptions(portfolioMember: true)
        func roadmap(_ files: [String: String]) throws -> Compilation {
            try RoadmapCompiler(source: InMemorySource(bytes: files.mapValues { Array($0.utf8) }), options: member).compile()
        }
        func prd(_ id: String, _ extra: String) -> String {
            "---\nid: \(id)\ntitle: \(id)\nstatus: planned\nowner: x\nquarter: 2026-Q3\n\(extra)---\n"
        }
        let payments = try roadmap(["prds/saved-cards.md": prd("saved-cards", "depends_on: [platform:card-vault, platform:card-vaul]\nokrs: [company:grow/kr9]\n")])
        let platform = try roadmap(["prds/card-vault.md": prd("card-vault", "depends_on: [tokens]\n"),
                                    "prds/tokens.md": prd("tokens", "depends_on: [payments:saved-cards, nowhere:x]\n")])
        let company = try roadmap(["okrs/grow.md": Fixture.objective.replacingOccurrences(of: "id: grow-checkout", with: "id: grow")])
        let own = try Fixture.compile()
        let sources: [String: Compilation?] = ["payments": payments, "platform": platform, "company": company, "gone": Compilation?.none]
        let diagnostics: [Diagnostic] = PortfolioLinker(own: own, sources: sources).link()
        let shown = diagnostics.map { "\($0.code.rawValue) \($0.location.map { "\($0.path):\($0.line):\($0.column)" } ?? "-")" }
        #expect(shown.sorted() == [
            "RM501 payments:prds/saved-cards.md:8:8", "RM503 payments:prds/saved-cards.md:7:35",
            "RM506 payments:prds/saved-cards.md:7:14", "RM823 platform:prds/tokens.md:7:36",
        ], "\(diagnostics.map(\.message))")
        let cycle = try #require(diagnostics.first { $0.code == .dependencyCycle })
        #expect(cycle.message == "dependency cycle across roadmaps: payments:saved-cards -> platform:card-vault -> platform:tokens -> payments:saved-cards")
        #expect(cycle.notes.map { $0.location?.path ?? "-" } == ["payments:prds/saved-cards.md", "platform:prds/card-vault.md", "platform:prds/tokens.md"])
        #expect(diagnostics.first { $0.code == .unknownDependency }?.help == "did you mean `platform:card-vault`?")
    }

    @Test func lockIsReadAndWrittenTheSameWay() {
        let lock = PortfolioLock(pins: [
            .init(name: "platform", repo: "file:///srv/platform.git", ref: "main", path: "roadmap", commit: String(repeating: "b", count: 40)),
            .init(name: "payments", repo: "../pay ments", ref: "v1", path: "", commit: String(repeating: "a", count: 40)),
        ])
        let (read, diagnostics) = PortfolioLockReader.read(Array(lock.text.utf8))
        #expect(diagnostics.isEmpty)
        #expect(read.pins == lock.pins.sorted { $0.name < $1.name })
    }

    @Test func brokenLockEntryIsRM824AtItsLine() {
        let text = "payments: { repo: \"../p\", ref: \"main\", path: \".\", commit: \"\(String(repeating: "a", count: 40))\" }\nplatform: { repo: \"../q\", commit: \"12ab\" }\n"
        let (lock, diagnostics) = PortfolioLockReader.read(Array(text.utf8))
        #expect(lock.pins.map(\.name) == ["payments"])
        #expect(diagnostics.map { "\($0.code.rawValue) \($0.location?.path ?? "-"):\($0.location?.line ?? 0):\($0.location?.column ?? 0)" } == ["RM824 roadmap.lock:2:35"])
        let conflict = PortfolioLockReader.read(Array("<<<<<<< HEAD\na: 1\n=======\n>>>>>>> x\n".utf8)).1
        #expect(conflict.map(\.code) == [.invalidLock])
        #expect(conflict.first?.location?.line == 1)
    }
}
