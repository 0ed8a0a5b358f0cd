import Foundation
import Testing

@Suite struct HookCommandTests {
    static func roadmap(at folder: String = "") throws -> Workspace {
        let ws = try Workspace()
        #expect(try ws.roadmap("init", folder.isEmpty ? "." : folder).status == 0)
        try ws.write("src/app.c", "int main(void) { return 0; }\n")
        try ws.git("add", "-A")
        try ws.git("commit", "-q", "-m", "start")
        return ws
    }

    static func breakStatus(_ ws: Workspace, _ path: String) throws {
        let text = try #require(ws.read(path))
        try ws.write(path, text.replacingOccurrences(of: "status: planned", with: "status: planed"))
    }

    @Test func installedHookBlocksABadCommitAndAllowsAGoodOne() throws {
        let ws = try Self.roadmap()
        let install = try ws.roadmap("hook", "install")
        #expect(install.status == 0, "\(install)")
        #expect(install.stdout == "installed \(ws.path(".git/hooks/pre-commit"))\ncommits touching roadmap.yml, prds, okrs now run `roadmap check --staged .`\n")
        let mode = try FileManager.default.attributesOfItem(atPath: ws.path(".git/hooks/pre-commit"))[.posixPermissions] as? Int
        #expect(mode == 0o755)

        try Self.breakStatus(ws, "prds/guided-first-run.md")
        try ws.git("add", "prds/guided-first-run.md")
        let blocked = try ws.gitResult("commit", "-q", "-m", "bad")
        #expect(blocked.status != 0)
        #expect(blocked.stderr.contains("prds/guided-first-run.md:4:9: error[RM301]: `planed` is not a status of this roadmap's workflow") || blocked.stdout.contains("error[RM301]"), "\(blocked)")
        #expect(blocked.stderr.hasSuffix("roadmap pre-commit hook: the commit was stopped by the roadmap check above.\nFix what it reports and commit again, or skip the check once: git commit --no-verify\n"), "\(blocked)")
        #expect(try ws.git("log", "--format=%s") == "start\n")

        try ws.write("prds/guided-first-run.md", try #require(ws.read("prds/guided-first-run.md")).replacingOccurrences(of: "planed", with: "in-progress"))
        try ws.git("add", "prds/guided-first-run.md")
        let allowed = try ws.gitResult("commit", "-q", "-m", "good")
        #expect(allowed.status == 0, "\(allowed)")
        #expect(try ws.git("log", "--format=%s") == "good\nstart\n")
    }

    /// `git commit -a` and `git commit <path>` stage into a temporary index named by
    /// GIT_INDEX_FILE; the hook must check that one, not .git/index.
    @Test func commitAllAndCommitPathsAreCheckedToo() throws {
        let ws = try Self.roadmap()
        #expect(try ws.roadmap("hook", "install").status == 0)
        try Self.breakStatus(ws, "prds/guided-first-run.md")
        let all = try ws.gitResult("commit", "-q", "-a", "-m", "bad via -a")
        #expect(all.status != 0, "\(all)")
        let paths = try ws.gitResult("commit", "-q", "-m", "bad via path", "prds/guided-first-run.md")
        #expect(paths.status != 0, "\(paths)")
        #expect(try ws.git("log", "--format=%s") == "start\n")
    }

    @Test func commitsThatDoNotTouchTheRoadmapNeverRunIt() throws {
        let ws = try Self.roadmap()
        #expect(try ws.roadmap("hook", "install").status == 0)
        // A roadmap command that cannot run proves the hook stopped before calling it.
        let missing = ["ROADMAP": ws.base + "/no-such-roadmap"]
        try ws.write("src/app.c", "int main(void) { return 1; }\n")
        try ws.git("add", "src/app.c")
        #expect(try ws.gitResult("commit", "-q", "-m", "code only", env: missing).status == 0)

        try ws.write("okrs/first-week-success.md", try #require(ws.read("okrs/first-week-success.md")) + "More.\n")
        try ws.git("add", "okrs")
        let touched = try ws.gitResult("commit", "-q", "-m", "roadmap", env: missing)
        #expect(touched.status != 0)
        #expect(touched.stderr.contains("roadmap pre-commit hook: the commit was stopped: ROADMAP is set to \(ws.base)/no-such-roadmap, which is not a command."), "\(touched)")
    }

    @Test func aForeignHookIsKeptUnlessForcedAndComesBackOnUninstall() throws {
        let ws = try Self.roadmap()
        let foreign = "#!/bin/sh\necho linting\n"
        try ws.write(".git/hooks/pre-commit", foreign)
        let refused = try ws.roadmap("hook", "install")
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("roadmap: error: \(ws.path(".git/hooks/pre-commit")) exists and was not written by roadmap; it is left alone."))
        #expect(ws.read(".git/hooks/pre-commit") == foreign)

        let uninstallForeign = try ws.roadmap("hook", "uninstall")
        #expect(uninstallForeign.status == 2)
        #expect(uninstallForeign.stderr == "roadmap: error: \(ws.path(".git/hooks/pre-commit")) was not written by roadmap; it is left alone\n")
        #expect(ws.read(".git/hooks/pre-commit") == foreign)

        let forced = try ws.roadmap("hook", "install", "--force")
        #expect(forced.status == 0)
        #expect(ws.read(".git/hooks/pre-commit.roadmap-backup") == foreign)
        #expect(ws.read(".git/hooks/pre-commit")?.contains("roadmap-hook: pre-commit") == true)

        let removed = try ws.roadmap("hook", "uninstall")
        #expect(removed.status == 0)
        #expect(ws.read(".git/hooks/pre-commit") == foreign)
        #expect(!ws.exists(".git/hooks/pre-commit.roadmap-backup"))
    }

    @Test func coreHooksPathAndARoadmapInASubFolder() throws {
        let ws = try Self.roadmap(at: "product/road")
        try ws.git("config", "core.hooksPath", ".githooks")
        let install = try ws.roadmap("hook", "install", in: "product/road/prds")
        #expect(install.status == 0, "\(install)")
        #expect(ws.exists(".githooks/pre-commit"))
        #expect(!ws.exists(".git/hooks/pre-commit"))
        let script = try #require(ws.read(".githooks/pre-commit"))
        #expect(script.contains("git diff --cached --quiet -- 'product/road/roadmap.yml' 'product/road/prds' 'product/road/okrs'; then"))
        #expect(script.contains("check --staged 'product/road' && exit 0\n"))

        try Self.breakStatus(ws, "product/road/prds/guided-first-run.md")
        try ws.git("add", "-A")
        let blocked = try ws.gitResult("commit", "-q", "-m", "bad")
        #expect(blocked.status != 0)
        #expect((blocked.stdout + blocked.stderr).contains("error[RM301]"))

        #expect(try ws.roadmap("hook", "uninstall", "product/road").stdout == "removed \(ws.path(".githooks/pre-commit"))\n")
        #expect(try ws.gitResult("commit", "-q", "-m", "unguarded").status == 0)
        #expect(try ws.roadmap("hook", "uninstall", "product/road").stdout == "no pre-commit hook at \(ws.path(".githooks/pre-commit")); nothing to remove\n")
    }

    @Test func noRepositoryNoHook() throws {
        let ws = try Workspace(git: false)
        #expect(try ws.roadmap("init").status == 0)
        let result = try ws.roadmap("hook", "install")
        #expect(result.status == 2)
        #expect(result.stderr == "roadmap: error: \(ws.root) is not in a git repository with a working tree; run `git init` first\n")
    }

    /// A hook installed by a binary that is not on the PATH runs that binary; a `roadmap` on the
    /// PATH wins over it; with neither, the commit is stopped with a message saying what to do.
    @Test func hookFindsTheBinaryThatInstalledIt() throws {
        let ws = try Self.roadmap()
        let bare = ["PATH": "/usr/bin:/bin"]
        let copy = ws.base + "/tools/roadmap"
        try FileManager.default.createDirectory(atPath: ws.base + "/tools", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: try CLI.binary(), toPath: copy)
        let install = try CLI.run(copy, ["hook", "install"], in: ws.root, environment: CLI.environment(home: ws.home, extra: bare))
        #expect(install.status == 0, "\(install)")
        #expect(install.stdout.contains("roadmap is not on your PATH: the hook runs \(copy) until it is"), "\(install)")

        try Self.breakStatus(ws, "prds/guided-first-run.md")
        try ws.git("add", "prds/guided-first-run.md")
        let blocked = try ws.gitResult("commit", "-q", "-m", "bad", env: bare)
        #expect(blocked.status != 0)
        #expect((blocked.stdout + blocked.stderr).contains("error[RM301]"), "\(blocked)")

        // Another roadmap on the PATH runs instead (it lets everything through and says so).
        let other = ws.base + "/other-bin"
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try Data("#!/bin/sh\necho \"other roadmap ran: $*\" > \"$(dirname \"$0\")/ran\"\n".utf8).write(to: URL(fileURLWithPath: other + "/roadmap"))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: other + "/roadmap")
        let viaPath = try ws.gitResult("commit", "-q", "-m", "bad but unchecked", env: ["PATH": other + ":/usr/bin:/bin"])
        #expect(viaPath.status == 0, "\(viaPath)")
        #expect(FileManager.default.contents(atPath: other + "/ran").map { String(decoding: $0, as: UTF8.self) } == "other roadmap ran: check --staged .\n")

        // The good commit goes through with the installing binary.
        try ws.write("prds/guided-first-run.md", try #require(ws.read("prds/guided-first-run.md")).replacingOccurrences(of: "planed", with: "planned"))
        try ws.git("add", "prds/guided-first-run.md")
        let allowed = try ws.gitResult("commit", "-q", "-m", "good", env: bare)
        #expect(allowed.status == 0, "\(allowed)")

        // Neither on the PATH nor where it was installed from: stopped, with what to do.
        try FileManager.default.removeItem(atPath: copy)
        try ws.write("okrs/first-week-success.md", try #require(ws.read("okrs/first-week-success.md")) + "More.\n")
        try ws.git("add", "okrs")
        let stopped = try ws.gitResult("commit", "-q", "-m", "nobody to check", env: bare)
        #expect(stopped.status != 0)
        #expect(stopped.stderr.contains("roadmap pre-commit hook: the commit was stopped: cannot find the roadmap command on PATH, nor at \(copy) (the binary that installed this hook)."), "\(stopped)")
        #expect(stopped.stderr.contains("git commit --no-verify"))
        #expect(try ws.git("log", "--format=%s") == "good\nbad but unchecked\nstart\n")
    }
}
