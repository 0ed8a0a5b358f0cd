import RoadmapSources
import Testing

@Suite struct GitRepositoryTests {
    @Test func discoversFromASubFolder() throws {
        let fixture = try GitFixture()
        try fixture.write("a/b/c.md", "c")
        let repository = try #require(try GitRepository.discover(containing: fixture.path("a/b"), ceilingDirectories: fixture.ceiling))
        #expect(repository.workdir == fixture.root)
        #expect(repository.gitDirectory == fixture.path(".git"))
        #expect(repository.commonDirectory == fixture.path(".git"))
        #expect(!repository.isBare)
        #expect(!repository.isShallow)
    }

    @Test func plainFolderIsNotARepository() throws {
        let fixture = try GitFixture(git: false)
        #expect(try GitRepository.discover(containing: fixture.root, ceilingDirectories: fixture.ceiling) == nil)
    }

    @Test func bareAndShallowClones() throws {
        let fixture = try GitFixture()
        try fixture.write("a.md", "1")
        try fixture.commitAll("one")
        try fixture.write("a.md", "2")
        try fixture.commitAll("two")
        try fixture.git("clone", "-q", "--bare", fixture.root, fixture.path("bare.git"))
        try fixture.git("clone", "-q", "--depth", "1", "file://" + fixture.root, fixture.path("shallow"))
        let bare = try GitRepository.open(at: fixture.path("bare.git"))
        #expect(bare.isBare)
        #expect(bare.workdir == nil)
        #expect(bare.gitDirectory == fixture.path("bare.git"))
        #expect(try texts(CommitSource(repository: bare, revision: "main")) == ["a.md": "2"])
        let bareLocation = try fixture.location("bare.git")
        #expect(bareLocation.repository?.isBare == true)
        #expect(bareLocation.pathInRepository == "")
        let shallow = try GitRepository.open(at: fixture.path("shallow"))
        #expect(shallow.isShallow)
        #expect(throws: SourceError.self) { try CommitSource(repository: shallow, revision: "HEAD~1") }
    }

    @Test func openFailsOutsideARepository() throws {
        let fixture = try GitFixture(git: false)
        #expect(throws: SourceError.self) { try GitRepository.open(at: fixture.root) }
    }
}
