import RoadmapCompiler
import RoadmapCore
import RoadmapSources
import Testing

/// RM0xx: files that cannot be read as Markdown.
@Suite struct FileRuleTests {
    let path = "prds/payments/bad.md"

    @Test func invalidUTF8PointsAtTheBadByte() throws {
        let bytes = Array("---\nid: bad\ntitle: caf".utf8) + [0xE9] + Array("\n---\n".utf8)
        let result = try Fixture.compile(bytes: [path: bytes])
        expectDiagnostic(result, .invalidUTF8, path, 3, 11)
    }

    @Test func binaryFile() throws {
        let result = try Fixture.compile(bytes: [path: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]])
        expectDiagnostic(result, .binaryFile, path, 3, 1)
    }

    @Test func emptyFile() throws {
        let result = try Fixture.compile([path: "\n  \n"])
        expectDiagnostic(result, .emptyFile, path, 1, 1)
    }

    @Test func tooLargeFile() throws {
        let big = "---\nid: big\n---\n" + String(repeating: "word ", count: 400)
        let result = try Fixture.compile(["roadmap.yml": "max_file_size: 1024\n", path: big])
        expectDiagnostic(result, .fileTooLarge, path, 1, 1)
    }

    @Test func symlinkOutsideTheRepositoryIsNotFollowed() throws {
        let result = try Fixture.compile(symlinks: ["prds/evil.md": "/etc/passwd", "prds/up.md": "../../../secret.md"])
        expectDiagnostic(result, .symlinkOutsideRepository, "prds/evil.md", 1, 1)
        expectDiagnostic(result, .symlinkOutsideRepository, "prds/up.md", 1, 1)
        #expect(result.roadmap.features.count == 1)
    }

    @Test func symlinkInsideIsReportedNotFollowed() throws {
        let result = try Fixture.compile(symlinks: ["prds/alias.md": "payments/saved-cards.md"])
        let d = expectDiagnostic(result, .symlinkNotFollowed, "prds/alias.md", 1, 1)
        #expect(d?.severity == .warning)
    }

    @Test func mergeConflictMarkers() throws {
        let text = "---\nid: saved-cards\n<<<<<<< HEAD\ntitle: A\n=======\ntitle: B\n>>>>>>> branch\n---\n"
        let result = try Fixture.compile(["prds/payments/saved-cards.md": text])
        expectDiagnostic(result, .mergeConflictMarker, "prds/payments/saved-cards.md", 3, 1)
        expectDiagnostic(result, .mergeConflictMarker, "prds/payments/saved-cards.md", 5, 1)
        expectDiagnostic(result, .mergeConflictMarker, "prds/payments/saved-cards.md", 7, 1)
    }

    @Test func setextUnderlineAloneIsNotAConflict() throws {
        let text = Fixture.prd + "Heading\n=======\n"
        let result = try Fixture.compile(["prds/payments/saved-cards.md": text])
        #expect(!result.diagnostics.contains { $0.code == .mergeConflictMarker })
    }

    @Test func unreadableFile() throws {
        let inner = InMemorySource(files: Fixture.files)
        let result = try RoadmapCompiler(source: FailingSource(inner: inner, failing: "prds/payments/saved-cards.md")).compile()
        expectDiagnostic(result, .unreadableFile, "prds/payments/saved-cards.md", 1, 1)
    }
}

/// A source whose one file cannot be read, as a file without permissions would be.
struct FailingSource: RoadmapSource {
    let inner: InMemorySource
    let failing: String
    var label: String { "failing" }
    func entries(under folder: String) throws(SourceError) -> [SourceEntry] { try inner.entries(under: folder) }
    func entry(at path: String) throws(SourceError) -> SourceEntry? { try inner.entry(at: path) }
    func contents(of entry: SourceEntry) throws(SourceError) -> [UInt8] {
        if entry.path == failing { throw SourceError("permission denied") }
        return try inner.contents(of: entry)
    }
}
