import Foundation
import Testing

/// `check --ref` and `check --history` on object stores as `git` writes them answer as on loose
/// objects, and on damaged ones fail with exit 2 and a message (or, for one damaged file, a
/// diagnostic naming the object), never a different answer.
@Suite struct ObjectStoreCLITests {
    static func history() throws -> Workspace {
        let ws = try SourceAgreementCLITests.brokenRoadmap()
        for n in 0..<12 {
            try ws.write("prds/a.md", StagedCheckTests.prd("a", status: n % 2 == 0 ? "planned" : "in-progress", dependsOn: ["b"]) + "\nedit \(n)\n")
            try ws.write("prds/extra-\(n % 4).md", StagedCheckTests.prd("extra-\(n % 4)") + "\n\(n)\n")
            try ws.git("add", "-A")
            try ws.git("commit", "-q", "-m", "edit \(n)")
        }
        return ws
    }

    static func answers(_ ws: Workspace) throws -> [CLI.Result] {
        [try ws.roadmap("check", "--ref", "HEAD", "--format", "json", "--no-cache"),
         try ws.roadmap("check", "--ref", "HEAD", "--history", "--today", "2026-06-01", "--format", "json", "--no-cache")]
    }

    static func packPath(_ ws: Workspace) throws -> String {
        let folder = ws.path(".git/objects/pack")
        return folder + "/" + (try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".pack") }))
    }

    @Test func packedStoresAnswerAsLooseObjects() throws {
        let ws = try Self.history()
        let loose = try Self.answers(ws)
        #expect(loose.allSatisfy { $0.status == 1 }, "\(loose)")
        try ws.git("-c", "repack.useDeltaBaseOffset=false", "repack", "-adf", "-q")
        #expect(try Self.answers(ws).map(\.stdout) == loose.map(\.stdout))
        try ws.write("prds/late.md", StagedCheckTests.prd("late"))
        try ws.git("add", "-A")
        try ws.git("commit", "-q", "-m", "late")
        let withLate = try Self.answers(ws)
        try ws.git("repack", "-d", "-q")
        try ws.git("multi-pack-index", "write")
        #expect(try Self.answers(ws).map(\.stdout) == withLate.map(\.stdout))
        let clone = try Workspace(git: false)
        try clone.git("clone", "-q", "--shared", ws.root, clone.root + "/borrowed")
        let borrowed = try CLI.run(try CLI.binary(), ["check", "--ref", "HEAD", "--history", "--today", "2026-06-01", "--format", "json", "--no-cache"],
                                   in: clone.root + "/borrowed", environment: CLI.environment(home: clone.home))
        #expect(borrowed.stdout == withLate[1].stdout)
    }

    @Test func damagedPacksFailWithExitTwo() throws {
        let ws = try Self.history()
        try ws.git("repack", "-adf", "-q")
        let good = try Self.answers(ws)
        let path = try Self.packPath(ws)
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        var damaged = original
        for place in stride(from: 64, to: original.count - 20, by: max(1, original.count / 16)) {
            damaged = original
            damaged[place] ^= 0x10
            try FileManager.default.removeItem(atPath: path)
            try damaged.write(to: URL(fileURLWithPath: path))
            for (answer, expected) in zip(try Self.answers(ws), good) {
                if answer.status == 2 {
                    #expect(answer.stderr.contains("roadmap: error:"), "\(answer)")
                } else {
                    // A damaged file version is a diagnostic on that file (RM008) naming the object.
                    #expect(answer.stdout == expected.stdout || answer.stdout.contains("could not be read: cannot read object"), "bit flipped at \(place)")
                }
            }
        }
        try FileManager.default.removeItem(atPath: path)
        try original.prefix(original.count / 2).write(to: URL(fileURLWithPath: path))
        for answer in try Self.answers(ws) {
            #expect(answer.status == 2, "\(answer)")
            #expect(answer.stderr.contains("cannot read"), "\(answer)")
        }
    }
}
