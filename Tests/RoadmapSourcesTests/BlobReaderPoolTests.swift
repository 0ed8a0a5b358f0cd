import CGit2
import Foundation
import RoadmapCore
@testable import RoadmapSources
import Testing

/// `GitRepository.readBlob` (every commit and index source's file reads) goes through the pack
/// reader's pool: it must give libgit2's bytes for every blob, packed or loose, from any number
/// of threads, and see packs written after it started.
struct BlobReaderPoolTests {
    static func blobIDs(_ fixture: GitFixture) throws -> [String] {
        try fixture.git("cat-file", "--batch-all-objects", "--batch-check=%(objectname) %(objecttype)")
            .split(separator: "\n").filter { $0.hasSuffix(" blob") }.map { String($0.prefix(40)) }
    }

    static func libgit2Bytes(_ repository: GitRepository, _ id: String) throws -> [UInt8] {
        let oid = try #require(GitObjectID.parse(id))
        return try repository.withHandle { (repo: OpaquePointer) throws(SourceError) -> [UInt8] in try repository.readBlobLocked(repo, oid) }
    }

    @Test func everyBlobReadsAsLibGit2ReadsItFromManyThreads() throws {
        let fixture = try ObjectReaderTests.packedRepo()
        try fixture.write("prds/loose.md", "---\nid: loose\n---\nnot packed\n")
        _ = try fixture.commitAll("loose")
        let repository = try fixture.repository()
        let ids = try Self.blobIDs(fixture)
        #expect(ids.count > 100)
        let expected = try ids.map { try Self.libgit2Bytes(repository, $0) }
        let read = ParallelMap.map(count: ids.count) { i in
            GitObjectID.parse(ids[i]).flatMap { try? repository.readBlob($0) }
        }
        for i in ids.indices { #expect(read[i] == expected[i], "blob \(ids[i])") }
    }

    @Test func packsWrittenLaterAreMappedForNewReaders() throws {
        let fixture = try ObjectReaderTests.packedRepo()
        let repository = try fixture.repository()
        let before = repository.blobReaders.packs(of: repository)
        #expect(repository.blobReaders.packs(of: repository) === before)
        try fixture.write("prds/late.md", "---\nid: late\n---\nwritten after\n")
        _ = try fixture.commitAll("late")
        try fixture.git("repack", "-adq")
        let after = repository.blobReaders.packs(of: repository)
        #expect(after !== before)
        let id = try fixture.git("rev-parse", "HEAD:prds/late.md").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try repository.readBlob(#require(GitObjectID.parse(id))) == Array("---\nid: late\n---\nwritten after\n".utf8))
    }
}
