import RoadmapCore
import RoadmapSources
import Testing

@Suite struct CommitSourceTests {
    /// Three commits: v1 (tagged, annotated), v2 (on branch `old`), v3 (main, HEAD).
    private func history() throws -> (GitFixture, [String]) {
        let fixture = try GitFixture()
        try fixture.write("prds/a.md", "version 1")
        let first = try fixture.commitAll("one", date: "@1700000000 +0000")
        try fixture.git("tag", "-a", "v1", "-m", "release one")
        try fixture.write("prds/a.md", "version 2")
        try fixture.write("prds/b.md", "b")
        let second = try fixture.commitAll("two", date: "@1710000000 +0000")
        try fixture.git("branch", "old")
        try fixture.git("tag", "light")
        try fixture.write("prds/a.md", "version 3")
        try fixture.delete("prds/b.md")
        let third = try fixture.commitAll("three", date: "@1772359200 -0500")
        return (fixture, [first, second, third])
    }

    @Test func readsEachRevisionFromTheObjectDatabase() throws {
        let (fixture, commits) = try history()
        // The working tree differs from every commit, so only the object database can answer.
        try fixture.write("prds/a.md", "uncommitted")
        let repository = try fixture.repository()
        let cases: [(String, String, [String])] = [
            ("HEAD", "version 3", ["prds/a.md"]), ("main", "version 3", ["prds/a.md"]),
            ("HEAD~1", "version 2", ["prds/a.md", "prds/b.md"]), ("old", "version 2", ["prds/a.md", "prds/b.md"]),
            ("light", "version 2", ["prds/a.md", "prds/b.md"]), ("v1", "version 1", ["prds/a.md"]),
            (commits[0], "version 1", ["prds/a.md"]), (String(commits[1].prefix(8)), "version 2", ["prds/a.md", "prds/b.md"]),
        ]
        for (revision, text, listed) in cases {
            let source = try CommitSource(repository: repository, revision: revision)
            #expect(paths(try source.entries(under: "")) == listed, "\(revision)")
            #expect(try texts(source)["prds/a.md"] == text, "\(revision)")
        }
        #expect(try CommitSource(repository: repository, revision: "v1").commitID == commits[0])
    }

    @Test func describesTheResolvedCommit() throws {
        let (fixture, commits) = try history()
        let repository = try fixture.repository()
        let head = try CommitSource(repository: repository, revision: "main")
        #expect(head.commitID == commits[2])
        #expect(head.shortCommitID == String(commits[2].prefix(7)))
        #expect(head.label == "commit \(commits[2].prefix(7)) (main)")
        #expect(head.commitTime == 1_772_359_200)
        #expect(head.commitTimeOffsetMinutes == -300)
        // 2026-03-01 10:00 UTC is still 2026-03-01 at -05:00; the committer's day, not ours.
        #expect(head.commitDay == CalendarDate(year: 2026, month: 3, day: 1))
        let byID = try CommitSource(repository: repository, revision: String(commits[0].prefix(10)))
        #expect(byID.label == "commit \(commits[0].prefix(7))")
    }

    @Test func unknownRevisionIsAClearError() throws {
        let (fixture, _) = try history()
        let repository = try fixture.repository()
        #expect(throws: SourceError("no such revision 'xyz' in \(fixture.root)")) {
            try CommitSource(repository: repository, revision: "xyz")
        }
        #expect(throws: SourceError("no such revision 'HEAD~9' in \(fixture.root)")) {
            try CommitSource(repository: repository, revision: "HEAD~9")
        }
    }

    @Test func entriesCarryBlobIDsAndSizes() throws {
        let (fixture, _) = try history()
        let source = try CommitSource(repository: try fixture.repository(), revision: "HEAD~1")
        let blob = try fixture.git("rev-parse", "HEAD~1:prds/b.md")
        #expect(try source.entry(at: "prds/b.md") == SourceEntry(path: "prds/b.md", size: 1, blobID: blob))
        #expect(try source.entry(at: "prds") == nil)
        #expect(try source.entry(at: "prds/missing.md") == nil)
        // An entry built without a blob id is found by path.
        #expect(try source.contents(of: SourceEntry(path: "prds/b.md", size: 1)) == Array("b".utf8))
    }

    @Test func symlinksAreListedAndSubmodulesSkipped() throws {
        let fixture = try GitFixture()
        try fixture.write("prds/real.md", "real")
        try fixture.symlink("prds/alias.md", to: "real.md")
        try fixture.symlink("escape", to: "/etc/passwd")
        let head = try fixture.commitAll("one")
        try fixture.git("update-index", "--add", "--cacheinfo", "160000,\(head),prds/module")
        try fixture.git("commit", "-q", "-m", "gitlink")
        let source = try CommitSource(repository: try fixture.repository(), revision: "HEAD")
        let entries = try source.entries(under: "")
        #expect(entries.map { SourceEntry(path: $0.path, kind: $0.kind, size: $0.size) } == [
            SourceEntry(path: "escape", kind: .symlink(target: "/etc/passwd"), size: 11),
            SourceEntry(path: "prds/alias.md", kind: .symlink(target: "real.md"), size: 7),
            SourceEntry(path: "prds/real.md", size: 4),
        ])
        #expect(try source.entry(at: "prds/module") == nil)
        #expect(throws: SourceError.self) { try source.contents(of: entries[1]) }
    }

    @Test func rootInASubFolderSeesOnlyItsSubtree() throws {
        let fixture = try GitFixture()
        try fixture.write("README.md", "outside")
        try fixture.write("sample-roadmap/roadmap.yml", "title: t\n")
        try fixture.write("sample-roadmap/prds/p.md", "p")
        try fixture.write("sample-roadmap/prds/deep/q.md", "q")
        try fixture.commitAll("one")
        let location = try fixture.location("sample-roadmap/prds/..")
        #expect(location.root == fixture.path("sample-roadmap"))
        #expect(location.pathInRepository == "sample-roadmap")
        let source = try location.commit("HEAD")
        #expect(paths(try source.entries(under: "")) == ["prds/deep/q.md", "prds/p.md", "roadmap.yml"])
        #expect(paths(try source.entries(under: "prds/deep")) == ["prds/deep/q.md"])
        #expect(try source.entry(at: "roadmap.yml")?.size == 9)
        #expect(try source.entry(at: "README.md") == nil)
        #expect(try source.entries(under: "missing").isEmpty)
    }
}
