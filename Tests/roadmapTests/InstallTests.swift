import Foundation
import Testing

/// `scripts/install.sh` and the binary it installs, used the way a new team would: installed
/// into a prefix, copied alone into an empty folder far from this checkout, run with no
/// environment beyond PATH and HOME. The release build goes to `.build-install-test` (not
/// `.build`, which `swift test` holds while it runs) and is kept there between runs.
@Suite(.serialized) struct InstallTests {
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let buildPath = repoRoot + "/.build-install-test"

    /// One install for the tests that need an installed binary, made on first use.
    static let shared: Result<String, InstallFailure> = {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-install-\(UUID().uuidString)").path
        do {
            let result = try install(prefix: prefix)
            guard result.status == 0 else { return .failure(InstallFailure(description: "\(result)")) }
            return .success(prefix)
        } catch {
            return .failure(InstallFailure(description: "\(error)"))
        }
    }()

    struct InstallFailure: Error, CustomStringConvertible { var description: String }

    static func install(prefix: String, uninstall: Bool = false) throws -> CLI.Result {
        var arguments = [repoRoot + "/scripts/install.sh", "--prefix", prefix]
        arguments += uninstall ? ["--uninstall"] : ["--build-path", buildPath]
        return try CLI.run("bash", arguments, in: repoRoot, environment: ProcessInfo.processInfo.environment)
    }

    /// Every file and folder under `folder` with its bytes (nil for folders), to compare a tree
    /// before and after.
    static func snapshot(_ folder: String) -> [String: Data?] {
        var entries: [String: Data?] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let item = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder + "/" + item, isDirectory: &isFolder)
            entries[item] = isFolder.boolValue ? Data?.none : FileManager.default.contents(atPath: folder + "/" + item)
        }
        return entries
    }

    @Test func installsBinaryCompletionsAndManPageAndUninstallsExactlyThat() throws {
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-prefix-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: temp) }
        // A prefix already in use: its own files and folders must survive the uninstall.
        try FileManager.default.createDirectory(atPath: temp + "/bin", withIntermediateDirectories: true)
        try Data("#!/bin/sh\n".utf8).write(to: URL(fileURLWithPath: temp + "/bin/other-tool"))
        try FileManager.default.createDirectory(atPath: temp + "/share/man/man1", withIntermediateDirectories: true)
        let before = Self.snapshot(temp)

        let installed = try Self.install(prefix: temp)
        #expect(installed.status == 0, "\(installed)")
        let help = try CLI.run(temp + "/bin/roadmap", ["--help"], in: temp, environment: ["PATH": "/usr/bin:/bin"])
        #expect(help.status == 0, "\(help)")
        #expect(help.stdout.contains("USAGE: roadmap <subcommand>"))
        for file in ["share/bash-completion/completions/roadmap", "share/zsh/site-functions/_roadmap",
                     "share/fish/vendor_completions.d/roadmap.fish", "share/man/man1/roadmap.1",
                     "share/man/man1/roadmap.build.1", "share/man/man1/roadmap.theme.export.1"] {
            let size = (try? FileManager.default.attributesOfItem(atPath: temp + "/" + file)[.size] as? Int) ?? 0
            #expect(size > 100, "\(file) is missing or empty")
        }
        let bash = String(decoding: FileManager.default.contents(atPath: temp + "/share/bash-completion/completions/roadmap") ?? Data(), as: UTF8.self)
        #expect(bash.contains("theme") && bash.contains("check"))
        let man = String(decoding: FileManager.default.contents(atPath: temp + "/share/man/man1/roadmap.1") ?? Data(), as: UTF8.self)
        #expect(man.contains(".Dt ROADMAP 1"))

        // Static Swift runtime: the binary needs no toolchain, only the C libraries.
        let ldd = try CLI.run("ldd", [temp + "/bin/roadmap"], in: temp, environment: ["PATH": "/usr/bin:/bin"])
        #expect(ldd.status == 0)
        #expect(!ldd.stdout.contains("libswift") && !ldd.stdout.contains("libFoundation") && !ldd.stdout.contains("/opt/swift"), "\(ldd.stdout)")
        let removed = try Self.install(prefix: temp, uninstall: true)
        #expect(removed.status == 0, "\(removed)")
        #expect(Self.snapshot(temp) == before)
    }

    /// The binary alone, in an empty folder outside the checkout, with no ROADMAP_TEMPLATES and no
    /// templates/ anywhere near it: init, new, check, build and theme export all work, and the site
    /// is byte for byte the one the binary built inside the checkout makes.
    @Test func theBinaryAloneWorksAnywhere() throws {
        let prefix = try Self.shared.get()
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-anywhere-\(UUID().uuidString)")
            .resolvingSymlinksInPath().path
        defer { try? FileManager.default.removeItem(atPath: base) }
        for folder in ["bin", "home", "work"] {
            try FileManager.default.createDirectory(atPath: base + "/" + folder, withIntermediateDirectories: true)
        }
        try FileManager.default.copyItem(atPath: prefix + "/bin/roadmap", toPath: base + "/bin/roadmap")
        let environment = [
            "PATH": base + "/bin:/usr/bin:/bin", "HOME": base + "/home", "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_DATE": "@1772359200 +0200", "GIT_COMMITTER_DATE": "@1772359200 +0200",
        ]
        let work = base + "/work"
        func run(_ executable: String, _ arguments: String...) throws -> CLI.Result {
            let result = try CLI.run(executable, arguments, in: work, environment: environment)
            #expect(result.status == 0, "\(executable) \(arguments.joined(separator: " ")): \(result)")
            return result
        }
        _ = try run("git", "init", "-q", "-b", "main")
        _ = try run("git", "config", "user.name", "Grace Hopper")
        _ = try run("git", "config", "user.email", "grace@example.com")
        _ = try run("roadmap", "init")
        #expect(try run("roadmap", "new", "prd", "Checkout anywhere", "--team", "payments").stdout == "prds/checkout-anywhere.md\n")
        #expect(try run("roadmap", "check").stdout.contains("checked 3 files"))
        _ = try run("git", "add", "-A")
        _ = try run("git", "commit", "-q", "-m", "A roadmap far from the checkout")
        let build = try run("roadmap", "build")
        #expect(build.stdout.contains("\nbuilt ") || build.stdout.hasPrefix("built "), "\(build)")
        #expect(FileManager.default.fileExists(atPath: work + "/_site/assets/site.css"))

        #expect(try run("roadmap", "theme", "export", "my-theme").stdout.hasPrefix("wrote "))
        let exported = Self.snapshot(work + "/my-theme")
        let source = Self.snapshot(Self.repoRoot + "/templates")
        #expect(exported == source, "the exported theme differs from templates/")

        // The same roadmap built by the binary of this checkout.
        let inCheckout = try CLI.run(try CLI.binary(), ["build", "--out", base + "/site-in-checkout"], in: work, environment: environment)
        #expect(inCheckout.status == 0, "\(inCheckout)")
        let anywhere = Self.snapshot(work + "/_site"), checkout = Self.snapshot(base + "/site-in-checkout")
        #expect(anywhere.count > 20)
        #expect(anywhere.keys.sorted() == checkout.keys.sorted())
        for (path, bytes) in anywhere where checkout[path] != bytes { Issue.record("\(path) differs between the two builds") }
    }
}
