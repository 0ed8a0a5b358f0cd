import Foundation
import Testing

/// A portfolio over real local repositories made by git beside the portfolio's own (non-bare
/// by path, bare by `file://` URL): pinning, lock creation, links and cycles across
/// repositories, a missing source, a renamed source, `portfolio update`.
@Suite struct PortfolioCLITests {
    static func prd(_ id: String, _ extra: String = "") -> String {
        "---\nid: \(id)\ntitle: \(id)\nstatus: idea\nowner: Sam\n\(extra)---\n"
    }

    /// A repository `name` beside the portfolio's, with `files` committed; returns its path.
    @discardableResult
    static func repository(_ ws: Workspace, _ name: String, _ files: [String: String], bare: Bool = false) throws -> String {
        let path = ws.base + "/" + name
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try git(ws, path, "init", "-q", "-b", "main")
        try commit(ws, path, files)
        guard bare else { return path }
        try git(ws, ws.base, "clone", "-q", "--bare", path, path + ".git")
        return path + ".git"
    }

    static func commit(_ ws: Workspace, _ path: String, _ files: [String: String], message: String = "change") throws {
        for (file, text) in files {
            let url = URL(fileURLWithPath: path + "/" + file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try git(ws, path, "add", "-A")
        try git(ws, path, "-c", "user.email=a@example.com", "-c", "user.name=A", "commit", "-q", "-m", message)
    }

    @discardableResult
    static func git(_ ws: Workspace, _ folder: String, _ arguments: String...) throws -> String {
        let result = try CLI.run("git", arguments, in: folder, environment: CLI.environment(home: ws.home))
        guard result.status == 0 else { throw Workspace.Failure(description: "git \(arguments): \(result)") }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// payments (non-bare, `../payments`) and platform (bare, `file://`), linked both ways.
    static func portfolio(platformDependsOn: String = "[]") throws -> (Workspace, payments: String, platform: String) {
        let ws = try Workspace()
        let payments = try repository(ws, "payments", ["prds/saved-cards.md": prd("saved-cards", "depends_on: [platform:card-vault]\n")])
        let platform = try repository(ws, "platform", ["roadmap/prds/card-vault.md": prd("card-vault", "depends_on: \(platformDependsOn)\n")], bare: true)
        try ws.write("roadmap.yml", """
            portfolio:
              - {name: payments, repo: ../payments, ref: main}
              - {name: platform, repo: "file://\(platform)", ref: main, path: roadmap}

            """)
        return (ws, payments, platform)
    }

    @Test func missingLockIsCreatedFromTheRefsAndThenRead() throws {
        let (ws, payments, platform) = try Self.portfolio()
        let first = try ws.roadmap("check")
        #expect(first.status == 0, "\(first)")
        #expect(first.stderr.contains("wrote roadmap.lock: 2 sources pinned"))
        #expect(!first.stdout.contains("RM5"), "\(first.stdout)")
        let paymentsHead = try Self.git(ws, payments, "rev-parse", "HEAD")
        let platformHead = try Self.git(ws, platform, "rev-parse", "main")
        let lock = try #require(ws.read("roadmap.lock"))
        #expect(lock.contains("payments: { repo: \"../payments\", ref: \"main\", path: \".\", commit: \"\(paymentsHead)\" }"), "\(lock)")
        #expect(lock.contains("platform: { repo: \"file://\(platform)\", ref: \"main\", path: \"roadmap\", commit: \"\(platformHead)\" }"))

        // A new commit on the branch does not move the pin: the check still reads the locked one.
        try Self.commit(ws, payments, ["prds/saved-cards.md": Self.prd("saved-cards", "depends_on: [platform:card-vaul]\n")])
        let pinned = try ws.roadmap("check")
        #expect(pinned.status == 0, "\(pinned)")
        #expect(!pinned.stderr.contains("wrote"))
        #expect(ws.read("roadmap.lock") == lock)

        // `portfolio update payments` moves that pin only, and the check then sees the new commit.
        let update = try ws.roadmap("portfolio", "update", "payments")
        let moved = try Self.git(ws, payments, "rev-parse", "HEAD")
        #expect(update.stdout == "payments: \(paymentsHead.prefix(12)) -> \(moved.prefix(12))\n", "\(update)")
        #expect(ws.read("roadmap.lock")?.contains(moved) == true)
        #expect(ws.read("roadmap.lock")?.contains(platformHead) == true)
        let after = try ws.roadmap("check")
        #expect(after.status == 1)
        #expect(after.stdout.contains("payments:prds/saved-cards.md:6:14: error[RM503]: source `platform` has no PRD with the id `card-vaul`\n"), "\(after.stdout)")
        #expect(try ws.roadmap("portfolio", "update").stdout == "payments: unchanged at \(moved.prefix(12))\nplatform: unchanged at \(platformHead.prefix(12))\nroadmap.lock unchanged\n")
    }

    @Test func cycleAcrossRepositoriesIsPrintedHopByHop() throws {
        let (ws, _, _) = try Self.portfolio(platformDependsOn: "[payments:saved-cards]")
        let check = try ws.roadmap("check")
        #expect(check.status == 1)
        #expect(check.stdout.contains("""
            payments:prds/saved-cards.md:6:14: error[RM506]: dependency cycle across roadmaps: payments:saved-cards -> platform:card-vault -> payments:saved-cards
            """), "\(check.stdout)")
        #expect(check.stdout.contains("= note: `payments:saved-cards` depends on `platform:card-vault` (payments:prds/saved-cards.md:6:14)"))
        #expect(check.stdout.contains("= note: `platform:card-vault` depends on `payments:saved-cards` (platform:prds/card-vault.md:6:14)"))
    }

    @Test func ownFilesReferenceSourcesAndSourceNamesAreChecked() throws {
        let (ws, _, _) = try Self.portfolio()
        try ws.write("prds/launch.md", Self.prd("launch", "depends_on: [payments:saved-cards, paymnets:saved-cards]\n"))
        let check = try ws.roadmap("check")
        #expect(check.status == 1)
        #expect(check.stdout.contains("prds/launch.md:6:36: error[RM823]: the portfolio has no source named `paymnets`"), "\(check.stdout)")
        #expect(check.stdout.contains("= help: did you mean `payments:saved-cards`?"))
        #expect(!check.stdout.contains("RM503"))
    }

    @Test func missingSourceIsReportedAndTheOthersStillChecked() throws {
        let (ws, _, _) = try Self.portfolio()
        try ws.write("roadmap.yml", ws.read("roadmap.yml")! + "  - {name: ghost, repo: ../ghost}\n  - {name: typo, repo: ../payments, ref: mian}\n")
        try ws.write("prds/launch.md", Self.prd("launch", "depends_on: [ghost:anything, platform:card-vaul]\n"))
        let check = try ws.roadmap("check")
        #expect(check.status == 1)
        #expect(check.stdout.contains("roadmap.yml:4:12: error[RM822]: source `ghost` cannot be read at ref `HEAD`: no repository at"), "\(check.stdout)")
        #expect(check.stdout.contains("roadmap.yml:5:12: error[RM822]: source `typo` cannot be read at ref `mian`: no such revision 'mian'"))
        // The readable sources are still compiled and linked; references to the missing one are not guessed at.
        #expect(check.stdout.contains("prds/launch.md:6:30: error[RM503]: source `platform` has no PRD with the id `card-vaul`"))
        #expect(!check.stdout.contains("source `ghost` has no"))
        // Only the readable sources are pinned.
        #expect(ws.read("roadmap.lock")?.contains("ghost") == false)
        #expect(ws.read("roadmap.lock")?.contains("payments:") == true)

        try ws.write("prds/launch.md", Self.prd("launch", "depends_on: [ghost:anything, platform:card-vault]\n"))
        let allowed = try ws.roadmap("check", "--allow-missing")
        #expect(allowed.status == 0, "\(allowed)")
        #expect(allowed.stdout.contains("roadmap.yml:4:12: warning[RM822]"))
    }

    @Test func renamedSourceKeepsItsPin() throws {
        let (ws, payments, _) = try Self.portfolio()
        #expect(try ws.roadmap("check").status == 0)
        let pinned = try Self.git(ws, payments, "rev-parse", "HEAD")
        try Self.commit(ws, payments, ["prds/later.md": Self.prd("later")])
        try ws.write("roadmap.yml", ws.read("roadmap.yml")!.replacingOccurrences(of: "name: payments", with: "name: pay"))
        try ws.write("prds/launch.md", Self.prd("launch", "depends_on: [pay:saved-cards, payments:saved-cards, pay:later]\n"))
        let check = try ws.roadmap("check")
        #expect(check.status == 1)
        // The pin moved to the new name, not to the branch's new commit: `later` is not there yet.
        let lock = try #require(ws.read("roadmap.lock"))
        #expect(lock.contains("pay: { repo: \"../payments\", ref: \"main\", path: \".\", commit: \"\(pinned)\" }"), "\(lock)")
        #expect(!lock.contains("payments:"))
        #expect(check.stdout.contains("prds/launch.md:6:31: error[RM823]: the portfolio has no source named `payments`"), "\(check.stdout)")
        #expect(check.stdout.contains("prds/launch.md:6:53: error[RM503]: source `pay` has no PRD with the id `later`"))
        // The source's own files keep naming the others as before.
        #expect(!check.stdout.contains("payments:prds/"))
    }
}
