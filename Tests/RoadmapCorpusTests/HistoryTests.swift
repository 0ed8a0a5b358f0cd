import Foundation
import Testing
@testable import RoadmapCorpus

@Suite struct HistoryTests {
    /// Runs git and returns its stdout; outputs here are small, so reading after exit is safe.
    func git(_ arguments: String..., in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
        return String(decoding: data, as: UTF8.self)
    }

    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-corpus-test-\(UUID().uuidString)")
    }

    @Test func historyBuildsARepositoryWhoseHeadIsTheGeneratedFiles() throws {
        let generator = CorpusGenerator(spec: CorpusSpec(prds: 20, objectives: 4, teams: 3, seed: 42, commits: 50))
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try GitHistoryWriter().write(generator, to: folder)

        #expect(try git("rev-list", "--count", "HEAD", in: folder) == "50\n")
        #expect(try git("status", "--porcelain", in: folder) == "")
        let files = generator.files()
        let tracked = try git("ls-files", in: folder).split(separator: "\n").map(String.init)
        #expect(tracked == files.map(\.path))
        for file in files {
            let disk = try String(contentsOf: folder.appendingPathComponent(file.path), encoding: .utf8)
            #expect(disk == file.contents, "\(file.path) differs from HEAD")
        }
        let dates = try git("log", "--reverse", "--format=%at %ae", in: folder).split(separator: "\n")
        #expect(dates.first?.hasPrefix("1736121600 ") == true)
        #expect(dates.allSatisfy { $0.hasSuffix("@example.com") })
        let times = dates.compactMap { Int($0.split(separator: " ")[0]) }
        #expect(times == times.sorted() && Set(times).count == times.count)
        // The first commit adds config and objectives, the next ones add the PRDs.
        #expect(try git("show", "--name-only", "--format=", "HEAD~49", in: folder).split(separator: "\n").count == 5)
        #expect(try git("log", "--format=%s", in: folder).contains("Add 5 PRDs"))
    }

    @Test func sameSpecGivesTheSameCommitIDs() throws {
        let spec = CorpusSpec(prds: 8, objectives: 2, seed: 9, commits: 15)
        let a = temporaryFolder(), b = temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: a)
            try? FileManager.default.removeItem(at: b)
        }
        try GitHistoryWriter().write(CorpusGenerator(spec: spec), to: a)
        try GitHistoryWriter().write(CorpusGenerator(spec: spec), to: b)
        let head = try git("rev-parse", "HEAD", in: a)
        #expect(head.count == 41)
        #expect(try git("rev-parse", "HEAD", in: b) == head)
    }

    @Test func bigHistoryEditsMoveRenameAndSlip() {
        var stream: [UInt8] = []
        CorpusGenerator(spec: CorpusSpec(prds: 200, objectives: 10, seed: 4, commits: 1500)).writeFastImport { stream += $0 }
        let text = String(decoding: stream, as: UTF8.self)
        let moves = text.contains("\nD prds/")
        #expect(moves, "some PRD moves to another team folder")
        for message in ["Slip ", "Move ", "Link ", "Unlink ", "Check in on ", "Re-score ", "Drop ", "Add 2 PRDs"] {
            let found = text.contains("\n" + message)
            #expect(found, "no commit message starting \(message)")
        }
    }

    /// Each shape makes the history it names (counted on the commits after the PRDs are added).
    @Test(arguments: HistoryShape.allCases) func shapesMakeTheHistoryTheyName(_ shape: HistoryShape) {
        let spec = CorpusSpec(prds: shape == .largeBodies ? 30 : 600, objectives: 10, teams: 4, seed: 8, commits: 400, shape: shape)
        var history = History(spec: spec)
        var edits: [Commit] = []
        var number = 0
        while let commit = history.step() {
            number += 1
            if number > 1 + history.addCommits { edits.append(commit) }
        }
        #expect(edits.count == 400 - 1 - history.addCommits)
        func prds(_ commit: Commit) -> [Int] { commit.changes.compactMap { if case .prd(let i) = $0 { i } else { nil } } }
        let prdEdits = edits.filter { !prds($0).isEmpty }
        let files = prdEdits.map { prds($0).count }
        let moves = edits.reduce(0) { $0 + $1.changes.count { if case .delete = $0 { true } else { false } } }
        switch shape {
        case .standard:
            #expect(files.contains(1) && files.contains { $0 > 1 } && files.allSatisfy { $0 <= 3 })
        case .smallCommits:
            #expect(edits.allSatisfy { $0.changes.count { if case .delete = $0 { false } else { true } } <= 1 })
        case .largeCommits:
            #expect(files.allSatisfy { (100...400).contains($0) }, "\(files.prefix(10))")
        case .deepEdits:
            let edited = Set(prdEdits.flatMap(prds))
            #expect(edited.count <= 600 / 50, "\(edited.count) PRDs edited")
        case .largeBodies:
            #expect(history.world.prds.allSatisfy { $0.bodyTarget >= 50_000 })
        case .renames:
            #expect(moves * 4 >= prdEdits.count, "\(moves) moves in \(prdEdits.count) edit commits")
        }
    }

    @Test func writerWritesFilesAndSeesFolders() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(CorpusWriter.isEmptyOrMissing(folder))
        let files = CorpusGenerator(spec: CorpusSpec(prds: 5, objectives: 2, seed: 1)).files()
        let bytes = try CorpusWriter.write(files, to: folder)
        #expect(bytes == files.reduce(0) { $0 + $1.contents.utf8.count })
        #expect(!CorpusWriter.isEmptyOrMissing(folder))
        try CorpusWriter.clearGenerated(in: folder, includingGit: false)
        #expect(CorpusWriter.isEmptyOrMissing(folder))
    }
}
