import RoadmapSources
import Testing

@Suite struct RoadmapLocationTests {
    @Test func resolvesTheRepositoryTopAndSubFolders() throws {
        let fixture = try GitFixture()
        try fixture.write("sample-roadmap/prds/p.md", "p")
        let top = try fixture.location()
        #expect(top.root == fixture.root)
        #expect(top.pathInRepository == "")
        #expect(top.repository?.workdir == fixture.root)
        let sub = try fixture.location("sample-roadmap/prds")
        #expect(sub.root == fixture.path("sample-roadmap/prds"))
        #expect(sub.pathInRepository == "sample-roadmap/prds")
        let absolute = try RoadmapLocation.resolve(fixture.path("sample-roadmap"), ceilingDirectories: fixture.ceiling)
        #expect(absolute.pathInRepository == "sample-roadmap")
    }

    @Test func followsALinkedRootToItsRealPlace() throws {
        let fixture = try GitFixture()
        try fixture.write("real/roadmap.yml", "x")
        try fixture.symlink("alias", to: "real")
        let location = try fixture.location("alias")
        #expect(location.root == fixture.path("real"))
        #expect(location.pathInRepository == "real")
    }

    @Test func missingPathOrFileIsAnError() throws {
        let fixture = try GitFixture()
        try fixture.write("file.md", "x")
        #expect(throws: SourceError("no such folder: nowhere")) { try fixture.location("nowhere") }
        #expect(throws: SourceError("not a folder: file.md")) { try fixture.location("file.md") }
    }

    @Test func plainFolderHasNoRepositoryAndCannotGiveGitSources() throws {
        let fixture = try GitFixture(git: false)
        let location = try fixture.location()
        #expect(location.repository == nil)
        #expect(throws: SourceError("\(fixture.root) is not inside a git repository")) { try location.commit() }
        #expect(throws: SourceError.self) { try location.index() }
    }
}
