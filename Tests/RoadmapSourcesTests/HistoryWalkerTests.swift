import RoadmapSources
import Testing

@Suite struct HistoryWalkerTests {
    /// Changes as `A path`, `D path`, `M path`, `R old -> new`, for exact comparisons.
    static func describe(_ changes: [BlobChange]) -> [String] {
        changes.map { change in
            switch (change.oldPath, change.newPath) {
            case (nil, let new?): "A \(new)"
            case (let old?, nil): "D \(old)"
            case let (old?, new?) where old != new: "R \(old) -> \(new)"
            case let (_, new?): "M \(new)"
            default: "?"
            }
        }
    }

    static func walk(_ fixture: GitFixture, root: String = "", excluding: [String] = []) throws -> [CommitChanges] {
        let walker = try HistoryWalker(repository: try fixture.repository(), rootPrefix: root, folders: ["prds", "okrs"])
        return try walker.changes(head: try walker.resolve("HEAD"), excluding: excluding)
    }

    @Test func addModifyRenameDeleteInOrder() throws {
        let fixture = try GitFixture()
        try fixture.write("road/prds/a.md", "---\nid: a\n---\n")
        try fixture.write("road/prds/b.md", "---\nid: b\n---\n")
        try fixture.write("road/notes/x.md", "not followed")
        try fixture.write("road/prds/image.png", "not markdown")
        try fixture.commitAll("add", date: "@1772359200 +0200")
        try fixture.write("road/prds/a.md", "---\nid: a\nstatus: planned\n---\n")
        try fixture.delete("road/prds/b.md")
        try fixture.write("road/prds/team/b.md", "---\nid: b\n---\n")
        try fixture.commitAll("edit and move", date: "@1772445600 +0200")
        try fixture.delete("road/prds/a.md")
        try fixture.write("road/okrs/o.md", "---\nid: o\n---\n")
        try fixture.commitAll("delete", date: "@1772532000 -0500")
        let history = try Self.walk(fixture, root: "road")
        #expect(history.map(\.commit.summary) == ["add", "edit and move", "delete"])
        #expect(history.map { Self.describe($0.changes) } == [
            ["A prds/a.md", "A prds/b.md"],
            ["M prds/a.md", "R prds/b.md -> prds/team/b.md"],
            ["A okrs/o.md", "D prds/a.md"],
        ])
        let last = try #require(history.last)
        #expect(last.commit.committer.time == 1772532000)
        #expect(last.commit.committer.offsetMinutes == -300)
        #expect(last.commit.author.name == "Fixture")
        #expect(last.commit.author.email == "fixture@example.com")
        #expect(last.commit.parents == [history[1].commit.id])
        #expect(history[0].commit.parents.isEmpty)
        let rename = history[1].changes[1]
        #expect(rename.oldBlob == rename.newBlob)
    }

    @Test func mergeKeepsOnlyWhatNoParentHad() throws {
        let fixture = try GitFixture()
        try fixture.write("prds/a.md", "---\nid: a\n---\n")
        try fixture.write("prds/b.md", "---\nid: b\n---\n")
        try fixture.commitAll("base", date: "@1772359200 +0000")
        try fixture.git("checkout", "-q", "-b", "side")
        try fixture.write("prds/b.md", "---\nid: b\nstatus: shipped\n---\n")
        try fixture.commitAll("side edit", date: "@1772362800 +0000")
        try fixture.git("checkout", "-q", "main")
        try fixture.write("prds/a.md", "---\nid: a\nstatus: planned\n---\n")
        try fixture.commitAll("main edit", date: "@1772366400 +0000")
        try fixture.git("merge", "-q", "--no-ff", "-m", "merge side", "side", date: "@1772370000 +0000")
        let history = try Self.walk(fixture)
        #expect(history.map(\.commit.summary) == ["base", "side edit", "main edit", "merge side"])
        #expect(history.map { Self.describe($0.changes) } == [["A prds/a.md", "A prds/b.md"], ["M prds/b.md"], ["M prds/a.md"], []])
        #expect(history[3].commit.isMerge)
    }

    @Test func incrementalWalkSkipsKnownCommits() throws {
        let fixture = try GitFixture()
        try fixture.write("prds/a.md", "1")
        let first = try fixture.commitAll("one")
        try fixture.write("prds/a.md", "2")
        try fixture.commitAll("two")
        let history = try Self.walk(fixture, excluding: [first])
        #expect(history.map(\.commit.summary) == ["two"])
        #expect(try Self.walk(fixture, excluding: [String(repeating: "ab", count: 20)]).count == 2)
    }

    @Test func incrementalWalksMatchGitRevList() throws {
        let fixture = try GitFixture()
        try fixture.write("prds/a.md", "0")
        try fixture.commitAll("base", date: "@1772359200 +0000")
        try fixture.git("checkout", "-q", "-b", "side")
        for n in 1...2 {
            try fixture.write("prds/b.md", "side \(n)")
            try fixture.commitAll("side \(n)", date: "@\(1772359200 + n * 100) +0000")
        }
        try fixture.git("checkout", "-q", "main")
        for n in 1...3 {
            try fixture.write("prds/a.md", "main \(n)")
            // Out-of-order clocks on purpose: the walk must not rely on them.
            try fixture.commitAll("main \(n)", date: "@\(1772359200 + (n == 2 ? 50 : n * 150)) +0000")
        }
        try fixture.git("merge", "-q", "--no-ff", "-m", "merge", "side", date: "@1772360000 +0000")
        let walker = try HistoryWalker(repository: try fixture.repository(), folders: ["prds"])
        let head = try walker.resolve("HEAD")
        for hidden in ["main~1", "side", "side~1", "main~2", "main~4"] {
            let hiddenID = try walker.resolve(hidden)
            let mine = try walker.changes(head: head, excluding: [hiddenID]).map(\.commit.id)
            let git = try fixture.git("rev-list", "--topo-order", "--reverse", "HEAD", "^" + hidden).split(separator: "\n").map(String.init)
            #expect(Set(mine) == Set(git), "hiding \(hidden)")
            // Parents always come before children.
            for (i, id) in mine.enumerated() {
                let parents = try fixture.git("rev-parse", id + "^@").split(separator: "\n").map(String.init)
                for parent in parents { if let p = mine.firstIndex(of: parent) { #expect(p < i) } }
            }
        }
    }

    @Test func shallowCloneStopsAtTheCut() throws {
        let fixture = try GitFixture()
        try fixture.write("prds/a.md", "1")
        try fixture.commitAll("one")
        try fixture.write("prds/a.md", "2")
        try fixture.write("prds/b.md", "b")
        try fixture.commitAll("two")
        try fixture.git("clone", "-q", "--depth", "1", "file://" + fixture.root, fixture.path("shallow"))
        let repository = try GitRepository.open(at: fixture.path("shallow"))
        #expect(repository.isShallow)
        let walker = try HistoryWalker(repository: repository, folders: ["prds"])
        let history = try walker.changes(head: try walker.resolve("HEAD"))
        #expect(history.map(\.commit.summary) == ["two"])
        #expect(history.map { Self.describe($0.changes) } == [["A prds/a.md", "A prds/b.md"]])
        #expect(history[0].commit.parents.isEmpty)
    }

    @Test func similarRenamesPairsEditedMoves() throws {
        let fixture = try GitFixture()
        let body = (1...40).map { "line \($0) of a long enough document" }.joined(separator: "\n")
        try fixture.write("prds/old.md", "---\nid: old\n---\n" + body)
        try fixture.commitAll("add")
        try fixture.delete("prds/old.md")
        try fixture.write("prds/team/new.md", "---\nid: new\n---\n" + body)
        let commit = try fixture.commitAll("move and rename")
        let history = try Self.walk(fixture)
        #expect(Self.describe(history[1].changes) == ["D prds/old.md", "A prds/team/new.md"])
        let walker = try HistoryWalker(repository: try fixture.repository(), folders: ["prds"])
        let pairs = try walker.similarRenames(commit: commit, deleted: ["prds/old.md"], added: ["prds/team/new.md"])
        #expect(pairs.map { "\($0.from) -> \($0.to)" } == ["prds/old.md -> prds/team/new.md"])
    }
}
