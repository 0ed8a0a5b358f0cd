import Foundation
import Testing

/// What `check` and `build` say around the diagnostics: the commit --at read, counts in good
/// English, every accepted value in --help, long lines cut to the terminal.
@Suite struct CheckOutputCLITests {
    @Test func atSaysWhichCommitItRead() throws {
        let ws = try StagedCheckTests.committed()
        let short = try ws.git("rev-parse", "--short=7", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        let check = try ws.roadmap("check", "--at", "2026-03-05")
        #expect(check.status == 0, "\(check)")
        #expect(check.stderr == "roadmap: --at 2026-03-05 reads commit \(short) of 2026-03-01 (UTC), the last on or before that day\n")
        #expect(check.stdout == "checked 3 files: no problems\n")
        let list = try ws.roadmap("list", "--at", "2026-03-01", "--format", "csv")
        #expect(list.stderr.hasPrefix("roadmap: --at 2026-03-01 reads commit \(short) of 2026-03-01 (UTC)"))
        let before = try ws.roadmap("check", "--at", "2026-02-27")
        #expect(before.status == 2)
    }

    @Test func githubCountsAreEnglish() throws {
        let ws = try StagedCheckTests.committed()
        try ws.write("prds/a.md", StagedCheckTests.prd("a", status: "planed"))
        let one = try ws.roadmap("check", "--format", "github")
        #expect(one.stdout.hasSuffix("roadmap: checked 3 files: 1 error, 0 warnings\n"), "\(one)")
        try ws.write("prds/b.md", StagedCheckTests.prd("b", status: "planed"))
        #expect(try ws.roadmap("check", "--format", "github").stdout.hasSuffix("roadmap: checked 3 files: 2 errors, 0 warnings\n"))
        try ws.write("roadmap.yml", StagedCheckTests.config + "rules: { RM301: warning }\n")
        try ws.write("prds/b.md", StagedCheckTests.prd("b"))
        #expect(try ws.roadmap("check", "--format", "github").stdout.hasSuffix("roadmap: checked 3 files: 0 errors, 1 warning\n"))
    }

    @Test func buildHelpListsEveryFormat() throws {
        let ws = try Workspace()
        let help = try ws.roadmap("build", "--help")
        for value in ["text", "json", "github", "sarif"] { #expect(help.stdout.contains(value), "\(value)") }
        #expect(!help.stdout.contains("text, json or github"))
    }

    @Test func longLinesAreCutToTheTerminalAroundTheCaret() throws {
        let ws = try StagedCheckTests.committed()
        // Two unknown dependencies on one long line: the first near its start, the second at its end.
        let far = String(repeating: "x", count: 150)
        try ws.write("prds/a.md", StagedCheckTests.prd("a", dependsOn: [far, "zz"]))
        let cut = try ws.roadmap("check", env: ["COLUMNS": "60"])
        let lines = cut.stdout.split(separator: "\n")
        let quoted = lines.filter { $0.hasPrefix("6 | ") }
        #expect(quoted.count == 2, "\(cut)")
        #expect(quoted.allSatisfy { $0.unicodeScalars.count == 60 })
        #expect(quoted[0].hasPrefix("6 | depends_on: [xxx") && quoted[0].hasSuffix("…"))
        #expect(quoted[1] == "6 | …" + String(("depends_on: [" + far + ", zz]").suffix(55)))
        let unders = lines.filter { $0.hasPrefix("  | ") && $0.contains("^") }
        let column = unders[1].distance(from: unders[1].startIndex, to: unders[1].firstIndex(of: "^")!)
        #expect(Array(quoted[1])[column...].prefix(2) == ["z", "z"])
        #expect(unders[1].hasSuffix("^^"))
        // Output to a pipe without COLUMNS is never cut.
        #expect(try ws.roadmap("check").stdout.contains("6 | depends_on: [" + far + ", zz]\n"))
    }
}
