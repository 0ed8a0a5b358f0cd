import Foundation
import RoadmapScaffold
import Testing

@Suite struct HookInstallerTests {
    static let script = PreCommitHook.script(roadmapPath: "road map", watchedPaths: ["road map/roadmap.yml", "road map/prds", "it's/okrs"])

    @Test func scriptChecksOnlyWhatTheCommitTouches() {
        #expect(PreCommitHook.isOurs(Self.script))
        #expect(Self.script.hasPrefix("#!/bin/sh\n\(PreCommitHook.marker)\n"))
        #expect(Self.script.contains("if git diff --cached --quiet -- 'road map/roadmap.yml' 'road map/prds' 'it'\\''s/okrs'; then\n  exit 0\nfi\n"))
        #expect(Self.script.contains("\"$roadmap\" check --staged 'road map' && exit 0\n"))
        #expect(PreCommitHook.script(roadmapPath: "", watchedPaths: ["roadmap.yml"]).contains("check --staged '.' && exit 0\n"))
        #expect(!PreCommitHook.isOurs("#!/bin/sh\nnpm test\n"))
    }

    @Test func installsUpdatesAndRemoves() throws {
        let folder = try TemporaryFolder()
        let installer = HookInstaller(hooksDirectory: folder.path + "/hooks")
        #expect(try installer.install(script: Self.script, force: false) == .created)
        #expect(folder.read("hooks/pre-commit") == Self.script)
        let mode = try FileManager.default.attributesOfItem(atPath: installer.hookPath)[.posixPermissions] as? Int
        #expect(mode == 0o755)
        #expect(try installer.install(script: Self.script + "# v2\n", force: false) == .updated)
        #expect(folder.read("hooks/pre-commit") == Self.script + "# v2\n")
        #expect(try installer.uninstall() == .removed)
        #expect(!folder.exists("hooks/pre-commit"))
        #expect(try installer.uninstall() == .nothingInstalled)
    }

    @Test func aForeignHookIsLeftAloneUnlessForced() throws {
        let folder = try TemporaryFolder()
        try folder.write("hooks/pre-commit", "#!/bin/sh\nnpm test\n")
        let installer = HookInstaller(hooksDirectory: folder.path + "/hooks")
        #expect(throws: ScaffoldError.self) { try installer.install(script: Self.script, force: false) }
        #expect(throws: ScaffoldError("\(installer.hookPath) was not written by roadmap; it is left alone")) { try installer.uninstall() }
        #expect(folder.read("hooks/pre-commit") == "#!/bin/sh\nnpm test\n")

        #expect(try installer.install(script: Self.script, force: true) == .replaced(backup: installer.backupPath))
        #expect(folder.read("hooks/pre-commit.roadmap-backup") == "#!/bin/sh\nnpm test\n")
        #expect(folder.read("hooks/pre-commit") == Self.script)
        #expect(try installer.uninstall() == .restored)
        #expect(folder.read("hooks/pre-commit") == "#!/bin/sh\nnpm test\n")
        #expect(!folder.exists("hooks/pre-commit.roadmap-backup"))
    }

    @Test func forceNeverOverwritesABackup() throws {
        let folder = try TemporaryFolder()
        try folder.write("hooks/pre-commit", "mine")
        try folder.write("hooks/pre-commit.roadmap-backup", "older")
        let installer = HookInstaller(hooksDirectory: folder.path + "/hooks")
        #expect(throws: ScaffoldError("\(installer.backupPath) exists already; move it away before replacing \(installer.hookPath)")) {
            try installer.install(script: Self.script, force: true)
        }
        #expect(folder.read("hooks/pre-commit") == "mine")
        #expect(folder.read("hooks/pre-commit.roadmap-backup") == "older")
    }

    @Test func hooksDirectoryFollowsCoreHooksPath() {
        #expect(HooksDirectory.resolve(configured: nil, workdir: "/r", commonDirectory: "/r/.git", home: "/h") == "/r/.git/hooks")
        #expect(HooksDirectory.resolve(configured: "", workdir: "/r", commonDirectory: "/r/.git", home: "/h") == "/r/.git/hooks")
        #expect(HooksDirectory.resolve(configured: ".githooks/", workdir: "/r", commonDirectory: "/r/.git", home: "/h") == "/r/.githooks")
        #expect(HooksDirectory.resolve(configured: "/etc/hooks", workdir: "/r", commonDirectory: "/r/.git", home: "/h") == "/etc/hooks")
        #expect(HooksDirectory.resolve(configured: "~/hooks", workdir: "/r", commonDirectory: "/r/.git", home: "/h") == "/h/hooks")
    }
}
