import RoadmapSources
import Testing

@Suite struct IndexSourceTests {
    @Test func seesStagedContentNotUnstagedEdits() throws {
        let fixture = try GitFixture()
        try fixture.write("prds/a.md", "committed")
        try fixture.write("prds/b.md", "b")
        try fixture.commitAll("one")
        try fixture.write("prds/a.md", "staged")
        try fixture.write("prds/new.md", "new and staged")
        try fixture.git("add", "prds/a.md", "prds/new.md")
        try fixture.write("prds/a.md", "edited after staging")
        try fixture.write("prds/untracked.md", "never added")
        let source = try fixture.location().index()
        #expect(source.label == "index")
        #expect(try texts(source) == ["prds/a.md": "staged", "prds/b.md": "b", "prds/new.md": "new and staged"])
        let blob = try fixture.git("rev-parse", ":prds/a.md")
        #expect(try source.entry(at: "prds/a.md") == SourceEntry(path: "prds/a.md", size: 6, blobID: blob))
        #expect(source.conflictedPaths.isEmpty)
    }

    @Test func stagedDeletionDisappears() throws {
        let fixture = try GitFixture()
        try fixture.write("prds/a.md", "a")
        try fixture.write("prds/gone.md", "gone")
        try fixture.write("prds/kept-on-disk.md", "still on disk")
        try fixture.commitAll("one")
        try fixture.git("rm", "-q", "prds/gone.md")
        try fixture.git("rm", "-q", "--cached", "prds/kept-on-disk.md")
        let source = try fixture.location().index()
        #expect(paths(try source.entries(under: "prds")) == ["prds/a.md"])
        #expect(try source.entry(at: "prds/gone.md") == nil)
    }

    @Test func readsTheIndexAtCreation() throws {
        let fixture = try GitFixture()
        try fixture.write("a.md", "one")
        try fixture.git("add", "a.md")
        let before = try fixture.location().index()
        try fixture.write("a.md", "two")
        try fixture.git("add", "a.md")
        #expect(try texts(before) == ["a.md": "one"])
        #expect(try texts(try fixture.location().index()) == ["a.md": "two"])
    }

    @Test func conflictShowsOursAndReportsThePath() throws {
        let fixture = try GitFixture()
        try fixture.write("prds/a.md", "base")
        try fixture.write("prds/calm.md", "calm")
        try fixture.commitAll("base")
        try fixture.git("checkout", "-q", "-b", "theirs")
        try fixture.write("prds/a.md", "theirs")
        try fixture.commitAll("theirs")
        try fixture.git("checkout", "-q", "main")
        try fixture.write("prds/a.md", "ours")
        try fixture.commitAll("ours")
        #expect(throws: GitFixture.CommandFailed.self) { try fixture.git("merge", "-q", "theirs") }
        let source = try fixture.location().index()
        #expect(source.conflictedPaths == ["prds/a.md"])
        #expect(try texts(source) == ["prds/a.md": "ours", "prds/calm.md": "calm"])
    }

    @Test func rootInASubFolderAndSymlinks() throws {
        let fixture = try GitFixture()
        try fixture.write("outside.md", "x")
        try fixture.write("road/prds/p.md", "p")
        try fixture.symlink("road/link.md", to: "prds/p.md")
        try fixture.git("add", "-A")
        let source = try fixture.location("road").index()
        #expect(source.rootPrefix == "road")
        let entries = try source.entries(under: "")
        #expect(entries.map { SourceEntry(path: $0.path, kind: $0.kind, size: $0.size) } == [
            SourceEntry(path: "link.md", kind: .symlink(target: "prds/p.md"), size: 9),
            SourceEntry(path: "prds/p.md", size: 1),
        ])
        #expect(try source.entry(at: "outside.md") == nil)
    }
}
