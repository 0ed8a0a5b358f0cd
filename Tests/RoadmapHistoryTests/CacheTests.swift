import Foundation
import RoadmapCore
import RoadmapHistory
import RoadmapHistoryMiner
import Testing

@Suite struct CacheTests {
    static func summary(_ history: RoadmapHistory) -> [String] {
        history.items.flatMap { item in item.lines.map { "\(item.id) \($0)" } }
    }

    @Test func oneNewCommitIsTheOnlyOneMined() throws {
        let repo = try TimelineTests.scriptedRepo()
        let cache = repo.root + "/.git/roadmap/history.bin"
        let cold = try repo.mine(cache: cache)
        #expect(!cold.cacheUsed)
        #expect(cold.minedCommits == 9)
        #expect(FileManager.default.fileExists(atPath: cache))
        let warm = try repo.mine(cache: cache)
        #expect(warm.cacheUsed && warm.minedCommits == 0)
        #expect(Self.summary(warm.history) == Self.summary(cold.history))

        try repo.write("prds/checkout/saved-cards.md", Doc.prd("stored-cards", status: "dropped", quarter: "2026-Q3", due: "2026-07-15"))
        try repo.commit("Drop stored cards", on: "2026-06-01", by: "Erin")
        let next = try repo.mine(cache: cache)
        #expect(next.cacheUsed && next.minedCommits == 1)
        #expect(Self.summary(next.history) == Self.summary(try repo.mine().history))
        #expect(next.history.item(ItemID("saved-cards")!)?.lines.last
                == "2026-06-01 Erin: status shipped -> dropped; unlinked grow/kr1; unlinked grow/kr2")
    }

    @Test func corruptOrForeignCacheIsRebuilt() throws {
        let repo = try TimelineTests.scriptedRepo()
        let cache = repo.root + "/.git/roadmap/history.bin"
        let expected = Self.summary(try repo.mine(cache: cache).history)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: cache)))
        bytes[bytes.count / 2] ^= 0x55
        try Data(bytes).write(to: URL(fileURLWithPath: cache))
        let rebuilt = try repo.mine(cache: cache)
        #expect(!rebuilt.cacheUsed && rebuilt.minedCommits == 9)
        #expect(Self.summary(rebuilt.history) == expected)
        #expect(try repo.mine(cache: cache).cacheUsed)

        try Data(bytes.prefix(40)).write(to: URL(fileURLWithPath: cache))
        #expect(try repo.mine(cache: cache).minedCommits == 9)
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: cache))
        #expect(Self.summary(try repo.mine(cache: cache).history) == expected)
        // Other folders make other changes: the cache of the default folders does not apply.
        let other = try repo.mine(cache: cache, config: RoadmapConfig(prdsFolder: "prds/checkout"))
        #expect(!other.cacheUsed && other.minedCommits == 9)
    }

    @Test func cacheOfThePreviousFormatIsRebuiltNotRead() throws {
        let repo = try TimelineTests.scriptedRepo()
        let cache = repo.root + "/.git/roadmap/history.bin"
        let expected = Self.summary(try repo.mine(cache: cache).history)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: cache)))
        // "RMHISTORY", then the format version byte: 4 since key results' confidence, note and renames are events.
        #expect(Array(bytes.prefix(9)) == Array("RMHISTORY".utf8) && bytes[9] == 4)
        bytes[9] = 3
        try Data(bytes).write(to: URL(fileURLWithPath: cache))
        let rebuilt = try repo.mine(cache: cache)
        #expect(!rebuilt.cacheUsed && rebuilt.minedCommits == 9)
        #expect(Self.summary(rebuilt.history) == expected)
        #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: cache)))[9] == 4)
        #expect(try repo.mine(cache: cache).cacheUsed)
    }

    @Test func rewrittenHistoryDropsWhatIsGone() throws {
        let repo = try TimelineTests.scriptedRepo()
        let cache = repo.root + "/.git/roadmap/history.bin"
        try repo.write("prds/extra.md", Doc.prd("extra"))
        try repo.commit("Add extra", on: "2026-06-01")
        _ = try repo.mine(cache: cache)
        try repo.write("prds/extra.md", Doc.prd("extra", status: "planned"))
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "--amend", "-m", "Add extra, planned", on: "2026-06-02")
        let amended = try repo.mine(cache: cache)
        #expect(amended.cacheUsed && amended.minedCommits == 1)
        #expect(Self.summary(amended.history) == Self.summary(try repo.mine().history))
        #expect(amended.history.item(ItemID("extra")!)?.lines == ["2026-06-02 Alice: created prds/extra.md; status - -> planned"])
        try repo.git("reset", "-q", "--hard", "HEAD~2")
        let reset = try repo.mine(cache: cache)
        #expect(reset.history.item(ItemID("extra")!) == nil)
        #expect(Self.summary(reset.history) == Self.summary(try repo.mine().history))
    }
}

@Suite struct CacheSegmentTests {
    @Test func newCommitsAreAppendedAndADamagedTailIsMinedAgain() throws {
        let repo = try TimelineTests.scriptedRepo()
        let cache = repo.root + "/.git/roadmap/history.bin"
        _ = try repo.mine(cache: cache)
        let full = try FileManager.default.attributesOfItem(atPath: cache)[.size] as? Int ?? 0
        for n in 1...3 {
            try repo.write("prds/extra.md", Doc.prd("extra", status: ["idea", "planned", "in-progress"][n - 1]))
            try repo.commit("Extra \(n)", on: "2026-06-0\(n)")
            let mined = try repo.mine(cache: cache)
            #expect(mined.cacheUsed && mined.minedCommits == 1)
        }
        let grown = try FileManager.default.attributesOfItem(atPath: cache)[.size] as? Int ?? 0
        #expect(grown > full && grown < full + 3 * 400, "appended \(grown - full) bytes")
        #expect(CacheTests.summary(try repo.mine(cache: cache).history) == CacheTests.summary(try repo.mine().history))

        // Cut the last segment in half: its commit is mined again and the file rewritten whole.
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: cache)))
        try Data(bytes.dropLast(60)).write(to: URL(fileURLWithPath: cache))
        let repaired = try repo.mine(cache: cache)
        #expect(repaired.cacheUsed && repaired.minedCommits == 1)
        #expect(CacheTests.summary(repaired.history) == CacheTests.summary(try repo.mine().history))
        let rewritten = try FileManager.default.attributesOfItem(atPath: cache)[.size] as? Int ?? 0
        #expect(rewritten < grown)
        #expect(try repo.mine(cache: cache).minedCommits == 0)
    }
}
