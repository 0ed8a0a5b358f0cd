import RoadmapSources
import Testing

@Suite struct RoadmapDiscoveryTests {
    func find(_ fixture: GitFixture, _ path: String?, from folder: String = "") throws -> RoadmapDiscovery.Found {
        try RoadmapDiscovery.find(path, currentDirectory: folder.isEmpty ? fixture.root : fixture.path(folder),
                                  ceilingDirectories: fixture.ceiling)
    }

    @Test func theNearestRoadmapYAMLAboveTheCurrentFolder() throws {
        let fixture = try GitFixture()
        try fixture.write("product/road/roadmap.yml", "title: R\n")
        try fixture.write("product/road/prds/checkout/a.md", "a")
        let found = try find(fixture, nil, from: "product/road/prds/checkout")
        #expect(found.location.root == fixture.path("product/road"))
        #expect(found.location.pathInRepository == "product/road")
        #expect(found.file == nil)
        // A folder named is a place to start from, like the current folder.
        #expect(try find(fixture, "product/road/prds").location.root == fixture.path("product/road"))
        #expect(try find(fixture, "road", from: "product").location.root == fixture.path("product/road"))
    }

    @Test func theGitTopLevelWhenItHoldsPRDsOrOKRs() throws {
        let fixture = try GitFixture()
        try fixture.write("okrs/o.md", "o")
        try fixture.write("docs/notes/n.txt", "n")
        #expect(try find(fixture, nil, from: "docs/notes").location.root == fixture.root)
        #expect(try find(fixture, nil, from: "okrs").location.root == fixture.root)
    }

    @Test func aFolderHoldingPRDsIsARoadmapWithoutGitOrSettings() throws {
        let fixture = try GitFixture(git: false)
        try fixture.write("prds/a.md", "a")
        let found = try find(fixture, nil)
        #expect(found.location.root == fixture.root)
        #expect(found.location.repository == nil)
    }

    @Test func aFileNamesTheRoadmapAroundIt() throws {
        let fixture = try GitFixture()
        try fixture.write("road/roadmap.yml", "title: R\n")
        try fixture.write("road/prds/checkout/saved-cards.md", "x")
        let found = try find(fixture, "prds/checkout/saved-cards.md", from: "road")
        #expect(found.location.root == fixture.path("road"))
        #expect(found.file == "prds/checkout/saved-cards.md")
        let fromBelow = try find(fixture, "saved-cards.md", from: "road/prds/checkout")
        #expect(fromBelow.file == "prds/checkout/saved-cards.md")
    }

    @Test func noRoadmapIsAnErrorThatSaysHowToStartOne() throws {
        let fixture = try GitFixture()
        try fixture.write("src/main.c", "int main;")
        let message = "no roadmap here: no roadmap.yml in this folder or a folder above, and no prds/ or okrs/ at the top of a git repository; run `roadmap init` to start one, or name the roadmap's folder (-C PATH)"
        #expect(throws: SourceError(message)) { try find(fixture, nil, from: "src") }
        #expect(throws: SourceError(message.replacingOccurrences(of: "no roadmap here", with: "no roadmap at src")
            .replacingOccurrences(of: "in this folder", with: "in it"))) { try find(fixture, "src") }
        #expect(throws: SourceError("no such file or folder: nowhere")) { try find(fixture, "nowhere") }
    }

    @Test func aRoadmapYAMLAboveTheRepositoryIsNotThisRoadmap() throws {
        let outer = try GitFixture(git: false)
        try outer.write("roadmap.yml", "title: Outer\n")
        try outer.write("inner/src/x.c", "x")
        try outer.git("init", "-q", "-b", "main", in: outer.path("inner"))
        #expect(throws: SourceError.self) {
            try RoadmapDiscovery.find(nil, currentDirectory: outer.path("inner/src"), ceilingDirectories: outer.ceiling)
        }
    }
}
