import Foundation
import Testing

/// Every command finds the roadmap the same way: PATH or -C PATH, else the roadmap around the
/// current folder; with none there, exit 2 and say how to start one.
@Suite struct RoadmapDiscoveryCLITests {
    static let noRoadmap = "roadmap: error: no roadmap here: no roadmap.yml in this folder or a folder above, and no prds/ or okrs/ at the top of a git repository; run `roadmap init` to start one, or name the roadmap's folder (-C PATH)\n"

    /// The staged-check roadmap (a, b depending on a, objective o), with a sub-folder prds/checkout.
    static func roadmap() throws -> Workspace {
        let ws = try StagedCheckTests.committed()
        try ws.write("prds/checkout/c.md", StagedCheckTests.prd("c"))
        try ws.git("add", "-A")
        try ws.git("commit", "-q", "-m", "c")
        return ws
    }

    @Test func everyCommandFindsTheRoadmapFromASubFolder() throws {
        let ws = try Self.roadmap()
        let check = try ws.roadmap("check", in: "prds/checkout")
        #expect(check.status == 0, "\(check)")
        #expect(check.stdout == "checked 4 files: no problems\n")
        let list = try ws.roadmap("list", "--format", "csv", in: "prds/checkout")
        #expect(list.stdout.split(separator: "\r\n").dropFirst().map { String($0.prefix(1)) } == ["a", "b", "c"])
        let log = try ws.roadmap("log", "c", in: "prds/checkout")
        #expect(log.status == 0, "\(log)")
        #expect(log.stdout.contains("c"))
        let diff = try ws.roadmap("diff", "HEAD~1", in: "prds/checkout")
        #expect(diff.status == 0, "\(diff)")
        #expect(diff.stdout.contains("c"))
        let build = try ws.roadmap("build", "--no-history", in: "prds/checkout")
        #expect(build.status == 0, "\(build)")
        #expect(ws.exists("_site/index.html"))
        #expect(!ws.exists("prds/checkout/_site"))
        let new = try ws.roadmap("new", "prd", "Saved cards", in: "prds/checkout")
        #expect(new.stdout == "../../prds/saved-cards.md\n", "\(new)")
        #expect(try ws.roadmap("hook", "install", in: "prds/checkout").status == 0)
    }

    @Test func theGitTopLevelWithPRDsIsTheRoadmap() throws {
        let ws = try Workspace()
        try ws.write("prds/a.md", StagedCheckTests.prd("a"))
        try ws.write("okrs/o.md", "---\nid: o\ntitle: O\n---\n")
        try ws.write("docs/guide/x.txt", "x")
        let check = try ws.roadmap("check", in: "docs/guide")
        #expect(check.stdout == "checked 2 files: no problems\n", "\(check)")
    }

    @Test(arguments: [
        ["check"], ["list"], ["build"], ["log"], ["diff", "HEAD"], ["new", "prd", "Saved cards"], ["hook", "install"],
        ["check", "--staged"],
    ])
    func outsideAnyRoadmapEveryCommandSaysSo(_ arguments: [String]) throws {
        let ws = try Workspace()
        try ws.write("src/main.c", "int main;\n")
        let result = try CLI.run(try CLI.binary(), arguments, in: ws.path("src"), environment: CLI.environment(home: ws.home))
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr == Self.noRoadmap)
        #expect(result.stdout == "")
        #expect(ws.files() == ["src/main.c"])
    }

    @Test func aNamedFolderWithoutARoadmapIsAnError() throws {
        let ws = try Workspace()
        try ws.write("src/main.c", "int main;\n")
        let result = try ws.roadmap("check", "-C", "src")
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("roadmap: error: no roadmap at src: no roadmap.yml in it or a folder above"))
        #expect(try ws.roadmap("list", "nowhere").stderr == "roadmap: error: no such file or folder: nowhere\n")
    }

    @Test func pathAndDashCAreTheSameAndOnlyOneIsAllowed() throws {
        let ws = try Self.roadmap()
        let positional = try ws.roadmap("check", "prds", in: "")
        let option = try ws.roadmap("check", "-C", "prds", in: "")
        #expect(positional.stdout == "checked 4 files: no problems\n")
        #expect(option.stdout == positional.stdout)
        #expect(try ws.roadmap("list", "-C", ".", "--format", "csv").status == 0)
        #expect(try ws.roadmap("log", "-C", ".", "a").status == 0)
        #expect(try ws.roadmap("schema", "prd", "-C", ".").status == 0)
        #expect(try ws.roadmap("diff", "HEAD~1", "HEAD", "-C", "prds").status == 0)
        #expect(try ws.roadmap("hook", "uninstall", "-C", ".").status == 0)
        // With a range, the second word is the folder; a lone folder given to log is the folder, not an id.
        let range = try ws.roadmap("diff", "HEAD~1..HEAD", "prds", in: "")
        #expect(range.status == 0, "\(range)")
        #expect(range.stdout.contains("c"))
        #expect(try ws.roadmap("log", "prds").status == 0)
        // The older spellings still work, unadvertised.
        #expect(try ws.roadmap("diff", "HEAD~1", "--path", ".").status == 0)
        #expect(try ws.roadmap("new", "prd", "Old flag", "--roadmap", ".").stdout == "prds/old-flag.md\n")
        let twice = try ws.roadmap("check", "prds", "-C", ".")
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("name the roadmap once: PATH or -C PATH"))
        for command in ["check", "list", "build", "log", "diff", "new", "schema", "init"] {
            let help = try ws.roadmap(command, "--help")
            #expect(help.stdout.contains("-C <path>"), "\(command) --help")
            #expect(!help.stdout.contains("--roadmap") && !help.stdout.contains("--path"), "\(command) --help")
        }
        #expect(try ws.roadmap("hook", "install", "--help").stdout.contains("-C <path>"))
    }

    @Test func checkingAFileShowsItsProblemsAndThoseItCausesElsewhere() throws {
        let ws = try Self.roadmap()
        // a.md now depends on b, closing a cycle through b.md; c.md has a problem of its own.
        try ws.write("prds/a.md", StagedCheckTests.prd("a", dependsOn: ["b"]))
        try ws.write("prds/checkout/c.md", StagedCheckTests.prd("c", status: "planed"))
        let all = try ws.roadmap("check")
        #expect(all.stdout.hasSuffix("checked 4 files: 2 errors\n"), "\(all)")

        let a = try ws.roadmap("check", "a.md", in: "prds")
        #expect(a.status == 1)
        #expect(a.stdout.hasPrefix("../prds/a.md:6:14: error[RM506]: dependency cycle: a -> b -> a\n"), "\(a)")
        #expect(!a.stdout.contains("planed"))
        #expect(a.stdout.hasSuffix("checked 4 files: 1 error\n"))
        #expect(a.stderr == "roadmap: 1 more problem in other files; `roadmap check` without a file shows it\n")

        // b.md has no problem of its own, but the cycle passes through it.
        let b = try ws.roadmap("check", "prds/b.md")
        #expect(b.stdout.contains("error[RM506]"))
        let o = try ws.roadmap("check", "okrs/o.md")
        #expect(o.status == 0)
        #expect(o.stdout == "checked 4 files: no problems\n")

        let c = try ws.roadmap("check", "prds/checkout/c.md", "--format", "json")
        #expect(c.stdout.contains("\"RM301\"") && !c.stdout.contains("\"RM506\""))

        let settings = try ws.roadmap("check", "roadmap.yml")
        #expect(settings.status == 0) // a file of the roadmap, and no problem concerns it
        #expect(settings.stdout == "checked 4 files: no problems\n")
        try ws.write("notes.md", "# notes\n")
        let notes = try ws.roadmap("check", "notes.md")
        #expect(notes.status == 2)
        #expect(notes.stderr == "roadmap: error: notes.md is not a file of the roadmap: it reads roadmap.yml, PRDs under prds/ and objectives under okrs/\n")
    }
}
