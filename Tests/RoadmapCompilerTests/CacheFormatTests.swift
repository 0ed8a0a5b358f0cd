import Foundation
import RoadmapCompiler
import RoadmapCore
import Testing

/// A check cache written in an earlier format is never read: it is ignored and rewritten in the
/// current one, and the answers are those of a cold run.
struct CacheFormatTests {
    /// "RMCACHE", then the format version as a zig-zag LEB128 integer (one byte while it is small).
    static let versionOffset = 7
    static let currentVersion = 8

    @Test func aCacheOfThePreviousFormatIsRebuiltNotRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rm-format-\(UInt64.random(in: 0...UInt64.max))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("cache.bin").path
        let source = BlobbedSource(files: Fixture.files)
        func compile() throws -> [Diagnostic] {
            try RoadmapCompiler(source: source, cache: AnalysisCache(file: file)).compile().diagnostics
        }
        let cold = try compile()
        let written = try #require(FileManager.default.contents(atPath: file).map { [UInt8]($0) })
        #expect(Array(written.prefix(Self.versionOffset)) == Array("RMCACHE".utf8))
        #expect(written[Self.versionOffset] == UInt8(Self.currentVersion * 2))

        // A warm run reads the cache and, with nothing new, leaves the file as it is.
        #expect(try compile() == cold)
        #expect(FileManager.default.contents(atPath: file).map { [UInt8]($0) } == written)

        // The same bytes claiming the previous format: not trusted, so everything is analysed
        // again and the file is rewritten in the current format.
        var old = written
        old[Self.versionOffset] = UInt8((Self.currentVersion - 1) * 2)
        try Data(old).write(to: URL(fileURLWithPath: file))
        #expect(try compile() == cold)
        #expect(FileManager.default.contents(atPath: file).map { [UInt8]($0) } == written)
    }
}
