import CGit2
import Foundation
@testable import RoadmapSources
import Testing

@Suite struct ObjectReaderTests {
    /// A repository written by `git fast-import`, which stores each file and folder version as
    /// a delta of the previous one, in chains up to fifty deep: the layout the reader exists for.
    static func packedRepo() throws -> GitFixture {
        let fixture = try GitFixture()
        var stream = ""
        for n in 0..<60 {
            stream += "commit refs/heads/main\ncommitter A <a@example.com> \(1_772_359_200 + n * 3600) +0000\ndata 9\nchange \(n % 10)\n"
            for file in 0..<(3 + n % 5) {
                let body = "---\nid: item-\(file)\nrevision: \(n)\n---\n"
                    + (0..<(60 + n)).map { "Body line \($0) of file \(file), long enough for deltas to pay.\n" }.joined()
                stream += "M 100644 inline prds/team\(file % 3)/item-\(file).md\ndata \(body.utf8.count)\n\(body)\n"
            }
            if n % 9 == 4 { stream += "D prds/team1/item-1.md\n" }
            stream += "\n"
        }
        try fixture.feed(stream, to: "fast-import", "--quiet")
        try fixture.git("update-ref", "HEAD", "refs/heads/main")
        return fixture
    }

    @Test func everyPackedObjectReadsAsLibGit2ReadsIt() throws {
        let fixture = try Self.packedRepo()
        let repository = try fixture.repository()
        let ids = try fixture.git("rev-list", "--objects", "--all").split(separator: "\n").map { String($0.prefix(40)) }
        #expect(ids.count > 200)
        let reader = try ObjectReader(repository: repository, budget: 1 << 16)
        var trees = 0
        for hex in ids {
            let oid = try #require(GitObjectID.parse(hex))
            let mine = try reader.read(oid)
            let raw = try repository.withHandle { (repo: OpaquePointer) throws -> (Int32, [UInt8]) in
                var odb: OpaquePointer?
                git_repository_odb(&odb, repo)
                defer { git_odb_free(odb) }
                var id = oid
                var object: OpaquePointer?
                guard git_odb_read(&object, odb, &id) == 0, let object else { throw SourceError("unreadable") }
                defer { git_odb_object_free(object) }
                let size = git_odb_object_size(object)
                return (git_odb_object_type(object).rawValue, size == 0 ? [] : Array(UnsafeRawBufferPointer(start: git_odb_object_data(object), count: size)))
            }
            #expect(Int32(mine.type.rawValue) == raw.0, "\(hex)")
            #expect(mine.bytes == raw.1, "\(hex)")
            if mine.type == .tree { trees += 1 }
        }
        #expect(trees > 40)
        #expect(try fixture.git("count-objects", "-v").contains("count: 0"))
        let pack = try #require(try FileManager.default.contentsOfDirectory(atPath: fixture.path(".git/objects/pack")).first { $0.hasSuffix(".idx") })
        // Deep chains are what the reader exists for: make sure the test has them.
        #expect(try fixture.git("verify-pack", "-v", fixture.path(".git/objects/pack/" + pack)).contains("chain length = 40"))
    }

    @Test func walkAgreesWithGitLogRaw() throws {
        let fixture = try Self.packedRepo()
        let walker = try HistoryWalker(repository: try fixture.repository(), folders: ["prds"])
        var mine: [String] = []
        for commit in try walker.changes(head: try walker.resolve("HEAD")) {
            for change in commit.changes {
                if let old = change.oldPath, change.newPath != old { mine.append("\(commit.commit.id) \(change.oldBlob ?? "") - \(old)") }
                if let new = change.newPath, change.oldPath != new { mine.append("\(commit.commit.id) - \(change.newBlob ?? "") \(new)") }
                if let path = change.newPath, change.oldPath == path { mine.append("\(commit.commit.id) \(change.oldBlob ?? "") \(change.newBlob ?? "") \(path)") }
            }
        }
        var git: [String] = []
        var commit = ""
        for line in try fixture.git("log", "--raw", "--no-renames", "--no-abbrev", "--reverse", "--format=C %H").split(separator: "\n") {
            if line.hasPrefix("C ") { commit = String(line.dropFirst(2)); continue }
            let fields = line.split(separator: "\t")
            let meta = fields[0].split(separator: " ")
            let (old, new) = (String(meta[2]), String(meta[3]))
            let zero = String(repeating: "0", count: 40)
            git.append("\(commit) \(old == zero ? "-" : old) \(new == zero ? "-" : new) \(fields[1])")
        }
        #expect(git.count > 150)
        #expect(mine.sorted() == git.sorted())
    }

    @Test func treesParsedFromAnEarlierVersionMatchAFullParse() throws {
        func tree(_ entries: [(String, String)]) -> [UInt8] {
            entries.flatMap { mode, name in Array("\(mode) \(name)".utf8) + [0] + Array(repeating: UInt8(name.utf8.count), count: 20) }
        }
        let names = (0..<40).map { ("100644", String(format: "item-%03d.md", $0)) }
        let base = try #require(RawTree(tree(names)))
        var variants: [[(String, String)]] = []
        variants.append(names.filter { $0.1 != "item-020.md" })
        variants.append(Array(names[..<10]) + [("100644", "item-010b.md")] + Array(names[10...]))
        variants.append(names.map { $0.1 == "item-039.md" ? ("100755", $0.1) : $0 })
        variants.append([("40000", "aaa")] + names)
        variants.append(names + [("100644", "zzz.md")])
        variants.append(Array(names.prefix(3)))
        for variant in variants {
            let bytes = tree(variant)
            let full = try #require(RawTree(bytes)), hinted = try #require(RawTree(bytes, like: base))
            #expect(hinted.entries.map { [$0.start, $0.nameStart, $0.nameLength, $0.idStart] } == full.entries.map { [$0.start, $0.nameStart, $0.nameLength, $0.idStart] })
            #expect(hinted.entries.map(\.mode) == full.entries.map(\.mode))
            #expect(full.entries.map(full.name) == variant.map(\.1))
        }
        #expect(RawTree(Array("100644 name".utf8)) == nil)
        #expect(RawTree(Array("10a644 x".utf8) + [0] + Array(repeating: 1, count: 20)) == nil)
    }

    @Test func deltaPatchRejectsDamage() {
        let base = Array("hello world".utf8)
        // source size 11, target size 5, copy offset 0 length 5
        #expect(DeltaPatch.apply([11, 5, 0x90, 5], to: base) == Array("hello".utf8))
        #expect(DeltaPatch.apply([11, 5, 0x90, 50], to: base) == nil)
        #expect(DeltaPatch.apply([12, 5, 0x90, 5], to: base) == nil)
        #expect(DeltaPatch.apply([11, 3, 2, 0x41, 0x42], to: base) == nil)
        #expect(DeltaPatch.apply([11, 2, 2, 0x41, 0x42], to: base) == Array("AB".utf8))
        #expect(DeltaPatch.apply([11, 2, 0], to: base) == nil)
    }
}
