import RoadmapSources
import Testing

@Suite struct SourceAgreementTests {
    @Test func theThreeSourcesAgreeOnTheSameContent() throws {
        let fixture = try GitFixture()
        try fixture.write(".gitignore", "*.tmp\n")
        try fixture.write("road/roadmap.yml", "title: Same\n")
        try fixture.write("road/prds/a.md", "# A\n\nbody ü\n")
        try fixture.write("road/prds/empty.md", "")
        try fixture.write("road/prds/nested/deep/b.md", String(repeating: "line\n", count: 2000))
        try fixture.write("road/okrs/2026-q1.md", "okr")
        try fixture.write("road/bin.dat", bytes: [0, 0xff, 0x80, 0x0a])
        try fixture.symlink("road/prds/alias.md", to: "a.md")
        try fixture.write("road/scratch.tmp", "ignored, never committed")
        try fixture.commitAll("all")

        let location = try fixture.location("road")
        let sources: [any RoadmapSource] = [location.workingTree(), try location.commit(), try location.index()]
        let listings = try sources.map { try $0.entries(under: "") }
        let shapes = listings.map { $0.map { SourceEntry(path: $0.path, kind: $0.kind, size: $0.size) } }
        #expect(paths(listings[0]) == [
            "bin.dat", "okrs/2026-q1.md", "prds/a.md", "prds/alias.md", "prds/empty.md",
            "prds/nested/deep/b.md", "roadmap.yml",
        ])
        #expect(shapes[1] == shapes[0])
        #expect(shapes[2] == shapes[0])
        #expect(listings[1].map(\.blobID) == listings[2].map(\.blobID))
        #expect(listings[1].allSatisfy { $0.blobID?.count == 40 })
        for source in sources {
            for entry in try source.entries(under: "prds") where entry.kind == .file {
                let reference = try sources[0].contents(of: entry)
                #expect(try source.contents(of: entry) == reference, "\(source.label) \(entry.path)")
            }
            #expect(paths(try source.entries(under: "prds/nested")) == ["prds/nested/deep/b.md"], "\(source.label)")
            #expect(try source.entry(at: "roadmap.yml")?.size == 12, "\(source.label)")
        }
        #expect(try location.workingTree().contents(of: SourceEntry(path: "bin.dat", size: 4)) == [0, 0xff, 0x80, 0x0a])
        #expect(try location.commit().contents(of: listings[1][0]) == [0, 0xff, 0x80, 0x0a])
    }
}
