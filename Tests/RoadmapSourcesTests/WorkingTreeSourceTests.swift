import Foundation
import RoadmapSources
import Testing

@Suite struct WorkingTreeSourceTests {
    @Test func honoursGitignoreFileAndFolderPatterns() throws {
        let fixture = try GitFixture()
        try fixture.write(".gitignore", "*.tmp\nbuild/\n/drafts\n")
        try fixture.write("prds/a.md", "a")
        try fixture.write("prds/a.tmp", "scratch")
        try fixture.write("prds/.gitignore", "private.md\n")
        try fixture.write("prds/private.md", "secret")
        try fixture.write("build/out.html", "<p>")
        try fixture.write("prds/build/x.md", "ignored by the folder pattern")
        try fixture.write("drafts/d.md", "anchored")
        try fixture.write("prds/drafts/kept.md", "the anchored pattern only matches at the top")
        let source = try fixture.location().workingTree()
        #expect(paths(try source.entries(under: "")) == [
            ".gitignore", "prds/.gitignore", "prds/a.md", "prds/drafts/kept.md",
        ])
        #expect(try source.entry(at: "prds/a.tmp") == nil)
        #expect(try source.entry(at: "build/out.html") == nil)
        #expect(try source.entries(under: "build").isEmpty)
    }

    @Test func listsTrackedFilesEvenWhenAPatternMatchesThem() throws {
        let fixture = try GitFixture()
        try fixture.write("notes/kept.log", "tracked")
        try fixture.write("vendor/tracked.md", "tracked")
        try fixture.write("vendor/untracked.md", "not tracked")
        try fixture.git("add", "notes/kept.log", "vendor/tracked.md")
        try fixture.write(".gitignore", "*.log\nvendor/\n")
        try fixture.write("notes/new.log", "untracked")
        let source = try fixture.location().workingTree()
        #expect(paths(try source.entries(under: "")) == [".gitignore", "notes/kept.log", "vendor/tracked.md"])
    }

    @Test func skipsGitFolderAndNestedRepositories() throws {
        let fixture = try GitFixture()
        try fixture.write("a.md", "a")
        try fixture.write("nested/.git/HEAD", "ref: refs/heads/main\n")
        try fixture.write("nested/inner.md", "belongs to another repository")
        let source = try fixture.location().workingTree()
        #expect(paths(try source.entries(under: "")) == ["a.md"])
        #expect(try source.entry(at: ".git/HEAD") == nil)
        #expect(try source.entries(under: ".git").isEmpty)
        #expect(try source.entry(at: "nested/inner.md") == nil)
    }

    @Test func plainFolderWithoutGitListsEverything() throws {
        let fixture = try GitFixture(git: false)
        try fixture.write(".gitignore", "*.md\n")
        try fixture.write("roadmap.yml", "title: x\n")
        try fixture.write("prds/p.md", "p")
        let location = try fixture.location()
        #expect(location.repository == nil)
        #expect(location.pathInRepository == "")
        let source = location.workingTree()
        #expect(paths(try source.entries(under: "")) == [".gitignore", "prds/p.md", "roadmap.yml"])
        #expect(try texts(source)["prds/p.md"] == "p")
        let config = try #require(try source.entry(at: "roadmap.yml"))
        #expect(unstamped([config]) == [SourceEntry(path: "roadmap.yml", size: 9)])
        // Files carry their stat data, which a long-lived session compares instead of reading.
        let stamp = try #require(config.stamp)
        let info = try FileManager.default.attributesOfItem(atPath: location.root + "/roadmap.yml")
        #expect(UInt64(stamp.inode) == (info[.systemFileNumber] as? UInt64))
        #expect(abs(Double(stamp.modifiedNanoseconds) / 1e9 - (info[.modificationDate] as! Date).timeIntervalSince1970) < 0.01)
    }

    @Test func listsSymlinksWithoutFollowingThem() throws {
        let fixture = try GitFixture()
        try fixture.write("prds/real.md", "real")
        try fixture.symlink("prds/alias.md", to: "real.md")
        try fixture.symlink("prds/escape.md", to: "../../../../etc/passwd")
        try fixture.symlink("linked", to: "prds")
        let source = try fixture.location().workingTree()
        let entries = try source.entries(under: "")
        #expect(entries.map { $0.stamp != nil } == [false, false, false, true], "only files have stat stamps")
        #expect(unstamped(entries) == [
            SourceEntry(path: "linked", kind: .symlink(target: "prds"), size: 4),
            SourceEntry(path: "prds/alias.md", kind: .symlink(target: "real.md"), size: 7),
            SourceEntry(path: "prds/escape.md", kind: .symlink(target: "../../../../etc/passwd"), size: 22),
            SourceEntry(path: "prds/real.md", size: 4),
        ])
        #expect(try source.entry(at: "linked/real.md") == nil)
        #expect(try source.entries(under: "linked").isEmpty)
        #expect(throws: SourceError.self) { try source.contents(of: entries[2]) }
        #expect(throws: SourceError.self) {
            try source.contents(of: SourceEntry(path: "prds/escape.md", size: 0))
        }
    }

    @Test func sortsByUTF8BytesAndListsSubFoldersRecursively() throws {
        let fixture = try GitFixture(git: false)
        for name in ["a.md", "a/b.md", "a-b/x.md", "B.md", "é.md", "a/c/d.md"] { try fixture.write(name, name) }
        let source = try fixture.location().workingTree()
        #expect(paths(try source.entries(under: "")) == ["B.md", "a-b/x.md", "a.md", "a/b.md", "a/c/d.md", "é.md"])
        #expect(paths(try source.entries(under: "a")) == ["a/b.md", "a/c/d.md"])
        #expect(paths(try source.entries(under: "./a/")) == ["a/b.md", "a/c/d.md"])
        #expect(try source.entries(under: "missing").isEmpty)
        #expect(try source.entries(under: "a.md").isEmpty)
        #expect(try source.entries(under: "../").isEmpty)
    }

    @Test func contentsAreTheBytesOnDisk() throws {
        let fixture = try GitFixture(git: false)
        let bytes: [UInt8] = [0, 1, 2, 0xff, 0x0a]
        try fixture.write("bin/data", bytes: bytes)
        try fixture.write("empty.md", "")
        let source = try fixture.location().workingTree()
        #expect(try source.contents(of: SourceEntry(path: "bin/data", size: 5)) == bytes)
        #expect(try source.contents(of: SourceEntry(path: "empty.md", size: 0)) == [])
        #expect(throws: SourceError.self) { try source.contents(of: SourceEntry(path: "../x", size: 0)) }
        #expect(throws: SourceError.self) { try source.contents(of: SourceEntry(path: "missing.md", size: 0)) }
    }
}

/// Entries without their stat stamps, which no fixture can predict.
private func unstamped(_ entries: [SourceEntry]) -> [SourceEntry] {
    entries.map { var plain = $0; plain.stamp = nil; return plain }
}
