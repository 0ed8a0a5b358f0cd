import CGit2
import Foundation
@testable import RoadmapSources
import Testing

/// Object stores as `git` writes them (REF_DELTA packs, several packs and loose objects,
/// borrowed objects, a multi-pack-index) and damaged ones: the walk gives exactly
/// `git log --raw`'s answer or an error, never a different history.
@Suite struct PackIntegrityTests {
    /// The walk as `<commit> <old blob|-> <new blob|-> <path>` lines, one per changed file.
    static func mined(_ repository: GitRepository) throws -> [String] {
        let walker = try HistoryWalker(repository: repository, folders: ["prds"])
        var lines: [String] = []
        for commit in try walker.changes(head: try walker.resolve("HEAD")) {
            for change in commit.changes {
                if let old = change.oldPath, change.newPath != old { lines.append("\(commit.commit.id) \(change.oldBlob ?? "") - \(old)") }
                if let new = change.newPath, change.oldPath != new { lines.append("\(commit.commit.id) - \(change.newBlob ?? "") \(new)") }
                if let path = change.newPath, change.oldPath == path { lines.append("\(commit.commit.id) \(change.oldBlob ?? "") \(change.newBlob ?? "") \(path)") }
            }
        }
        return lines.sorted()
    }

    /// The same lines from `git log --raw` in `folder` (the fixture's root by default).
    static func logged(_ fixture: GitFixture, in folder: String? = nil) throws -> [String] {
        var lines: [String] = []
        var commit = ""
        let zero = String(repeating: "0", count: 40)
        for line in try fixture.git("log", "--raw", "--no-renames", "--no-abbrev", "--reverse", "--format=C %H", "--", "prds", in: folder).split(separator: "\n") {
            if line.hasPrefix("C ") { commit = String(line.dropFirst(2)); continue }
            let fields = line.split(separator: "\t")
            let meta = fields[0].split(separator: " ")
            let (old, new) = (String(meta[2]), String(meta[3]))
            lines.append("\(commit) \(old == zero ? "-" : old) \(new == zero ? "-" : new) \(fields[1])")
        }
        return lines.sorted()
    }

    /// Commits that edit the roadmap, left as loose objects.
    static func addLooseCommits(_ fixture: GitFixture, _ count: Int, tag: String) throws {
        try fixture.git("checkout", "-q", "-f", "main")
        for n in 0..<count {
            try fixture.write("prds/team0/item-0.md", "---\nid: item-0\n---\n\(tag) \(n)\n")
            try fixture.write("prds/\(tag)-\(n).md", "---\nid: \(tag)-\(n)\n---\n")
            try fixture.commitAll("\(tag) \(n)", date: "@\(1_772_600_000 + n * 60) +0000")
        }
    }

    static func packs(_ fixture: GitFixture, in folder: String = ".git/objects/pack") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fixture.path(folder)).filter { $0.hasSuffix(".pack") }.sorted()
    }

    @Test func refDeltaPacksAreReadByTheReaderAndAgreeWithGitLog() throws {
        let fixture = try ObjectReaderTests.packedRepo()
        try fixture.git("-c", "repack.useDeltaBaseOffset=false", "repack", "-adf", "-q")
        let repository = try fixture.repository()
        let set = PackSet(repository: repository)
        let pack = try #require(set.packs.first)
        // Make sure the pack holds REF_DELTA entries, or the test would not test them.
        let index = try fixture.git("show-index", in: nil, input: try Data(contentsOf: URL(fileURLWithPath: fixture.path(".git/objects/pack/" + (try Self.packs(fixture)[0]).dropLast(5) + ".idx"))))
        var referenceDeltas = 0
        for line in index.split(separator: "\n") {
            guard let offset = Int(line.split(separator: " ")[0]), let entry = pack.entry(at: offset) else { continue }
            if case .referenceDelta = entry { referenceDeltas += 1 }
        }
        #expect(referenceDeltas > 100)
        let reader = try ObjectReader(repository: repository, packs: set, budget: 1 << 16)
        for hex in try fixture.git("rev-list", "--objects", "--all").split(separator: "\n").map({ String($0.prefix(40)) }) {
            let object = try reader.read(try #require(GitObjectID.parse(hex)))
            #expect(ObjectReader.hashes(object, to: try #require(GitObjectID.parse(hex))))
        }
        #expect(reader.readByLibGit2 == 0)
        #expect(try Self.mined(repository) == (try Self.logged(fixture)))
    }

    @Test func severalPacksAndLooseObjectsAgreeWithGitLog() throws {
        let fixture = try ObjectReaderTests.packedRepo()
        try Self.addLooseCommits(fixture, 4, tag: "second")
        try fixture.git("repack", "-d", "-q")
        try Self.addLooseCommits(fixture, 3, tag: "loose")
        #expect(try Self.packs(fixture).count == 2)
        #expect(!(try fixture.git("count-objects", "-v").contains("count: 0\n")))
        #expect(try Self.mined(try fixture.repository()) == (try Self.logged(fixture)))
    }

    @Test func aMultiPackIndexAgreesWithGitLog() throws {
        let fixture = try ObjectReaderTests.packedRepo()
        try Self.addLooseCommits(fixture, 4, tag: "second")
        try fixture.git("repack", "-d", "-q")
        try fixture.git("multi-pack-index", "write")
        #expect(FileManager.default.fileExists(atPath: fixture.path(".git/objects/pack/multi-pack-index")))
        #expect(try Self.mined(try fixture.repository()) == (try Self.logged(fixture)))
    }

    @Test func aSharedCloneReadsThePacksItBorrows() throws {
        let source = try ObjectReaderTests.packedRepo()
        let fixture = try GitFixture(git: false)
        try fixture.git("clone", "-q", "--shared", source.root, fixture.path("clone"))
        let clone = fixture.path("clone")
        #expect(FileManager.default.fileExists(atPath: clone + "/.git/objects/info/alternates"))
        try fixture.git("checkout", "-q", "-B", "main", "origin/main", in: clone)
        try fixture.write("clone/prds/new.md", "---\nid: new\n---\n")
        try fixture.git("add", "-A", in: clone)
        try fixture.git("commit", "-q", "-m", "in the clone", in: clone)
        let repository = try GitRepository.open(at: clone)
        // The borrowed pack is read directly, not object by object through libgit2.
        let set = PackSet(repository: repository)
        #expect(set.packs.count == 1)
        let reader = try ObjectReader(repository: repository, packs: set)
        _ = try HistoryWalker(repository: repository, folders: ["prds"]).changes(head: try fixture.git("rev-parse", "HEAD~1", in: clone))
        _ = try reader.read(try #require(GitObjectID.parse(try fixture.git("rev-parse", "HEAD~1", in: clone))))
        #expect(reader.readByLibGit2 == 0)
        #expect(try Self.mined(repository) == (try Self.logged(fixture, in: clone)))
    }

    @Test func aTruncatedPackIsAnErrorNotAShorterHistory() throws {
        for keep in [0.9, 0.5, 0.1] {
            let fixture = try ObjectReaderTests.packedRepo()
            try fixture.git("repack", "-adf", "-q")
            let path = fixture.path(".git/objects/pack/" + (try Self.packs(fixture)[0]))
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            try FileManager.default.removeItem(atPath: path)
            try bytes.prefix(Int(Double(bytes.count) * keep)).write(to: URL(fileURLWithPath: path))
            let set = PackSet(repository: try fixture.repository())
            #expect(set.packs.isEmpty && set.refused.count == 1)
            let error = #expect(throws: SourceError.self) { try Self.mined(try fixture.repository()) }
            #expect(error?.message.contains("cannot read") == true, "\(error?.message ?? "")")
        }
    }

    @Test func aBitFlippedPackGivesGitLogsAnswerOrAnError() throws {
        let fixture = try ObjectReaderTests.packedRepo()
        try fixture.git("repack", "-adf", "-q")
        let expected = try Self.logged(fixture)
        let path = fixture.path(".git/objects/pack/" + (try Self.packs(fixture)[0]))
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        var errors = 0, answers = 0, named = 0
        // Spread over the whole pack: headers, compressed trees and commits, the trailer.
        let places = stride(from: 5, to: original.count, by: max(1, original.count / 24)).map { $0 } + [original.count - 1]
        for (n, place) in places.enumerated() {
            var damaged = original
            damaged[place] ^= UInt8(1 << (n % 8))
            try FileManager.default.removeItem(atPath: path)
            try damaged.write(to: URL(fileURLWithPath: path))
            do {
                #expect(try Self.mined(try fixture.repository()) == expected, "bit flipped at \(place)")
                answers += 1
            } catch let error as SourceError {
                #expect(error.message.contains("cannot read") || error.message.contains("is not a"), "\(error.message)")
                errors += 1
                if error.message.contains("of \(path) is damaged") { named += 1 }
            }
        }
        #expect(errors > 0)
        #expect(errors + answers == places.count)
        // Damage the reader finds itself is reported with the pack, not handed to libgit2.
        #expect(named > 0)
    }

    /// Damage anywhere in an index (fan-out, ids, CRC-32s, offsets, checksums) gives git log's
    /// answer or an error naming the index: the entries' CRC-32s cannot tell that an id was
    /// changed, the index's own checksum does.
    @Test func aDamagedIndexIsAnErrorNamingIt() throws {
        let fixture = try ObjectReaderTests.packedRepo()
        try fixture.git("repack", "-adf", "-q")
        let expected = try Self.logged(fixture)
        let path = fixture.path(".git/objects/pack/" + (try Self.packs(fixture)[0]).dropLast(5) + ".idx")
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let count = Int(original[1028]) << 24 | Int(original[1029]) << 16 | Int(original[1030]) << 8 | Int(original[1031])
        // One place in each table: a fan-out count, an id, a CRC-32, an offset, each checksum.
        let places = [8 + 200 * 4 + 3, 1032 + (count / 2) * 20 + 7, 1032 + count * 20 + (count / 2) * 4 + 1,
                      1032 + count * 24 + (count / 2) * 4 + 3, original.count - 30, original.count - 1]
        for place in places {
            var damaged = original
            damaged[place] ^= 0x10
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
            try damaged.write(to: URL(fileURLWithPath: path))
            let set = PackSet(repository: try fixture.repository())
            #expect(set.packs.isEmpty, "damage at \(place) of \(original.count) went unseen")
            do {
                #expect(try Self.mined(try fixture.repository()) == expected, "damage at \(place)")
            } catch let error as SourceError {
                #expect(error.message.contains("\(path) is damaged") || error.message.contains("\(path) is not a"), "damage at \(place): \(error.message)")
            }
        }
    }

    /// A pack whose index is not a version-2 index is read by no one (libgit2 1.5 would follow a
    /// malformed one anywhere): its objects are a clear error, and loose objects still read.
    @Test func aPackWithAnIndexNotOfVersionTwoIsAnErrorNamingIt() throws {
        let fixture = try ObjectReaderTests.packedRepo()
        try Self.addLooseCommits(fixture, 1, tag: "loose")
        let index = fixture.path(".git/objects/pack/" + (try Self.packs(fixture)[0]).dropLast(5) + ".idx")
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: index)))
        bytes[7] = 3  // version 3
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: index)
        try Data(bytes).write(to: URL(fileURLWithPath: index))
        let repository = try fixture.repository()
        #expect(PackSet(repository: repository).unparsedIndexes == [index])
        let reader = try ObjectReader(repository: repository)
        let packed = try #require(GitObjectID.parse(try fixture.git("rev-parse", "HEAD~1").trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect { try reader.read(packed) } throws: { error in
            (error as? SourceError)?.message.contains("\(index) is not a version-2 pack index") == true
        }
        let loose = try #require(GitObjectID.parse(try fixture.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(try reader.read(loose).type == .commit)
    }

    /// Loose objects packed (and pruned) by `git gc` while a reader is open are still read: the
    /// reader finds the new pack, checks it as it checks its own, and reads it through libgit2.
    @Test func objectsPackedWhileReadingAreStillRead() throws {
        let fixture = try ObjectReaderTests.packedRepo()
        try Self.addLooseCommits(fixture, 2, tag: "late")
        let reader = try ObjectReader(repository: try fixture.repository())
        try fixture.git("repack", "-adq")
        try fixture.git("prune-packed")
        let head = try #require(GitObjectID.parse(try fixture.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)))
        let objects = fixture.path(".git/objects/") + GitObjectID.hex(head).prefix(2)
        #expect(!FileManager.default.fileExists(atPath: objects + "/" + GitObjectID.hex(head).dropFirst(2)), "the commit should be packed only")
        #expect(try reader.read(head).type == .commit)
    }

    /// Inputs on which `scripts/fuzz.sh pack` crashed, replayed as the fuzz target reads them:
    /// `<4-byte big-endian index length><index><pack>`.
    @Test(arguments: ["pack-huge-entry-size", "pack-decreasing-fan-out", "pack-malformed-index-read-by-libgit2", "pack-shuffled-ids-in-index"])
    func fuzzFindingsReadWithoutCrashing(_ name: String) throws {
        let input = [UInt8](try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("FuzzInputs/" + name)))
        let length = Int(input[0]) << 24 | Int(input[1]) << 16 | Int(input[2]) << 8 | Int(input[3])
        let index = Array(input[4..<(4 + length)]), pack = Array(input[(4 + length)...])
        let fixture = try GitFixture(git: false)
        try fixture.git("init", "-q", "--bare", fixture.path("bare"))
        try Data(index).write(to: URL(fileURLWithPath: fixture.path("bare/objects/pack/pack-fuzz.idx")))
        try Data(pack).write(to: URL(fileURLWithPath: fixture.path("bare/objects/pack/pack-fuzz.pack")))
        let reader = try ObjectReader(repository: try GitRepository.open(at: fixture.path("bare")), budget: 1 << 16)
        let count = min(64, Int(index[1028]) << 24 | Int(index[1029]) << 16 | Int(index[1030]) << 8 | Int(index[1031]))
        for i in 0..<count where 1032 + (i + 1) * 20 <= index.count {
            var oid = git_oid()
            withUnsafeMutableBytes(of: &oid.id) { $0.copyBytes(from: index[(1032 + i * 20)..<(1032 + (i + 1) * 20)]) }
            if let object = try? reader.read(oid) { #expect(ObjectReader.hashes(object, to: oid)) }
        }
        let half = input.count / 2
        _ = DeltaPatch.apply(Array(input[half...]), to: Array(input[..<half]))
    }

    @Test func declaredSizesAreCheckedBeforeTheyAreAllocated() {
        let inflater = Inflater()
        let stored: [UInt8] = [0x78, 0x01, 0x01, 0x01, 0x00, 0xFE, 0xFF, 0x41, 0x00, 0x42, 0x00, 0x42]
        #expect(inflater.inflate(UnsafeRawBufferPointer(start: stored, count: stored.count), size: 1) == [0x41])
        #expect(inflater.inflate(UnsafeRawBufferPointer(start: stored, count: stored.count), size: 1 << 60) == nil)
        // A delta declaring a 2^56-byte result from one 5-byte copy.
        #expect(DeltaPatch.apply([11, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01, 0x90, 5], to: Array("hello world".utf8)) == nil)
        #expect(DeltaPatch.apply([11, 5, 0x90, 5], to: Array("hello world".utf8)) == Array("hello".utf8))
    }

    @Test func anUnreadableParentIsAnErrorNamingIt() throws {
        let fixture = try GitFixture()
        try fixture.write("prds/a.md", "1")
        let first = try fixture.commitAll("one")
        try fixture.write("prds/a.md", "2")
        let second = try fixture.commitAll("two")
        try fixture.delete(".git/objects/" + first.prefix(2) + "/" + first.dropFirst(2))
        let error = #expect(throws: SourceError.self) { try Self.mined(try fixture.repository()) }
        #expect(error?.message.contains("cannot read commit \(first), parent of \(second)") == true, "\(error?.message ?? "")")
        let walker = try HistoryWalker(repository: try fixture.repository(), folders: ["prds"])
        #expect(throws: SourceError.self) { try walker.commit(second) }
    }
}

extension GitFixture {
    /// Runs git with `input` on its standard input and returns what it printed.
    func git(_ arguments: String..., in folder: String?, input: Data) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder ?? root)
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CommandFailed(description: "git \(arguments.joined(separator: " ")) failed") }
        return String(decoding: out, as: UTF8.self)
    }
}
