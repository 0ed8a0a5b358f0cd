import Foundation
import RoadmapCore
import RoadmapScaffold
import Testing

@Suite struct InitFilesTests {
    @Test func filesAndTheirPlaceholdersFilled() {
        let files = InitFiles.files(today: CalendarDate(year: 2026, month: 11, day: 2)!, owner: "Ada Lovelace")
        #expect(files.map(\.path) == ["roadmap.yml", "templates/prd.md", "templates/objective.md",
                                      "okrs/first-week-success.md", "prds/guided-first-run.md"])
        #expect(files[1].contents == BuiltInTemplates.prd)
        #expect(files[2].contents == BuiltInTemplates.objective)
        for example in files[3...] {
            #expect(!example.contents.contains("{{"), "\(example.path)")
            #expect(example.contents.contains("owner: Ada Lovelace\n"))
        }
        #expect(files[3].contents.contains("period: 2026-Q4\n"))
        #expect(files[4].contents.contains("quarter: 2026-Q4\nokrs: [first-week-success/kr1, first-week-success/kr2]\n"))
    }

    @Test func createAllWritesNothingWhenOneFileExists() throws {
        let folder = try TemporaryFolder()
        try folder.write("prds/guided-first-run.md", "mine")
        let files = InitFiles.files(today: CalendarDate(year: 2026, month: 1, day: 1)!, owner: "A")
        #expect(ScaffoldFiles.existing(files.map(\.path), in: folder.path) == ["prds/guided-first-run.md"])
        #expect(throws: ScaffoldError("these files exist already and are left alone: prds/guided-first-run.md")) {
            try ScaffoldFiles.createAll(files, in: folder.path)
        }
        #expect(!folder.exists("roadmap.yml"))
        #expect(folder.read("prds/guided-first-run.md") == "mine")
    }

    @Test func gitignoreGainsTheSiteFolderOnce() {
        #expect(GitignoreEntry.updated(nil) == "_site/\n")
        #expect(GitignoreEntry.updated("") == "_site/\n")
        #expect(GitignoreEntry.updated(".build/") == ".build/\n_site/\n")
        #expect(GitignoreEntry.updated(".build/\n") == ".build/\n_site/\n")
        #expect(GitignoreEntry.updated("a\n/_site\nb\n") == nil)
        #expect(GitignoreEntry.updated("_site/\r\n") == nil)
        #expect(GitignoreEntry.updated("a\r\nb") == "a\r\nb\n_site/\n")
    }

    @Test func pathsTypedByTheUserBecomeRootRelative() throws {
        let folder = try TemporaryFolder()
        try folder.write("road/prds/x.md", "x")
        let root = folder.path + "/road"
        #expect(PathInRoot.relative("prds/payments", currentDirectory: root, root: root) == "prds/payments")
        #expect(PathInRoot.relative("../prds/./x/..", currentDirectory: root + "/prds", root: root) == "prds")
        #expect(PathInRoot.relative(".", currentDirectory: root, root: root) == "")
        #expect(PathInRoot.relative("..", currentDirectory: root, root: root) == nil)
        #expect(PathInRoot.relative(folder.path + "/roadster", currentDirectory: "/", root: root) == nil)
    }
}
