import Foundation
import Testing
import Yams

/// The repository's GitHub Action (`action.yml`): valid, documented, and its shell steps run here
/// the way the runner runs them (bash -eo pipefail, inputs through `env:`, GITHUB_PATH and
/// GITHUB_OUTPUT files), on a real roadmap in a real git repository. Steps that `uses:` another
/// action are checked for the files they hand on.
@Suite(.serialized) struct ActionTests {
    static let repoRoot = InstallTests.repoRoot

    static func action() throws -> [String: Any] {
        let text = try String(contentsOfFile: repoRoot + "/action.yml", encoding: .utf8)
        return try #require(try Yams.load(yaml: text) as? [String: Any], "action.yml is not a YAML mapping")
    }

    @Test func actionIsValidAndDocumented() throws {
        let action = try Self.action()
        #expect(action["name"] as? String == "roadmap")
        #expect((action["description"] as? String)?.isEmpty == false)
        let inputs = try #require(action["inputs"] as? [String: [String: Any]])
        #expect(Set(inputs.keys).isSuperset(of: ["path", "strict", "build", "sarif"]))
        for (name, input) in inputs {
            #expect((input["description"] as? String)?.count ?? 0 > 10, "input \(name) has no description")
            #expect(input["default"] != nil, "input \(name) has no default")
        }
        let runs = try #require(action["runs"] as? [String: Any])
        #expect(runs["using"] as? String == "composite")
        let steps = try #require(runs["steps"] as? [[String: Any]])
        let uses = steps.compactMap { $0["uses"] as? String }
        #expect(uses.contains { $0.hasPrefix("actions/upload-pages-artifact@") })
        #expect(uses.contains { $0.hasPrefix("github/codeql-action/upload-sarif@") })
        for step in steps where step["run"] != nil { #expect(step["shell"] as? String == "bash") }
    }

    /// A stand-in for the runner: substitutes `${{ ... }}` the way GitHub would for the
    /// expressions action.yml uses, and decides `if:` for them.
    struct Runner {
        var inputs: [String: String]
        var temp: String
        /// The action's build folder; `.build` of this checkout is held by `swift test` itself.
        var scratch: String

        func expand(_ text: String) -> String {
            var result = text
            for (name, value) in inputs { result = result.replacingOccurrences(of: "${{ inputs.\(name) }}", with: value) }
            result = result.replacingOccurrences(of: "${{ github.action_path }}/.build", with: scratch)
            result = result.replacingOccurrences(of: "${{ github.action_path }}", with: ActionTests.repoRoot)
            return result.replacingOccurrences(of: "${{ runner.temp }}", with: temp)
        }

        func shouldRun(_ condition: String?, previousFailed: Bool) -> Bool {
            guard var condition else { return !previousFailed }
            let always = condition.contains("always()")
            condition = condition.replacingOccurrences(of: "always() && ", with: "")
            if let match = condition.firstMatch(of: /^inputs\.([a-z-]+) == '([a-z]+)'$/) {
                return inputs[String(match.1)] == String(match.2) && (always || !previousFailed)
            }
            Issue.record("the test runner does not know the condition \(condition)")
            return false
        }
    }

    /// Runs the action's steps; returns each run step's name and result.
    static func runSteps(_ runner: Runner, workspace: String) throws -> [(name: String, result: CLI.Result?)] {
        let steps = try #require((try action()["runs"] as? [String: Any])?["steps"] as? [[String: Any]])
        let pathFile = runner.temp + "/github-path", outputFile = runner.temp + "/github-output"
        for file in [pathFile, outputFile] { FileManager.default.createFile(atPath: file, contents: nil) }
        var failed = false
        var results: [(name: String, result: CLI.Result?)] = []
        for step in steps {
            let name = step["name"] as? String ?? "?"
            guard runner.shouldRun(step["if"] as? String, previousFailed: failed) else { continue }
            guard let script = step["run"] as? String else {
                results.append((name, nil))
                continue
            }
            var environment = ProcessInfo.processInfo.environment
            for key in ["ROADMAP_TEMPLATES", "ROADMAP"] { environment[key] = nil }
            environment["GITHUB_ACTION_PATH"] = repoRoot
            environment["GITHUB_PATH"] = pathFile
            environment["GITHUB_OUTPUT"] = outputFile
            environment["RUNNER_TEMP"] = runner.temp
            environment["NO_COLOR"] = "1"
            let added = String(decoding: FileManager.default.contents(atPath: pathFile) ?? Data(), as: UTF8.self)
                .split(separator: "\n").reversed().joined(separator: ":")
            environment["PATH"] = "\(added):/usr/bin:/bin:" + (environment["PATH"] ?? "")
            for (key, value) in step["env"] as? [String: String] ?? [:] { environment[key] = runner.expand(value) }
            let file = runner.temp + "/step-\(results.count).sh"
            try Data(runner.expand(script).utf8).write(to: URL(fileURLWithPath: file))
            let result = try CLI.run("bash", ["--noprofile", "--norc", "-eo", "pipefail", file], in: workspace, environment: environment)
            failed = failed || result.status != 0
            results.append((name, result))
        }
        return results
    }

    static func repository(breaking: Bool) throws -> Workspace {
        let ws = try Workspace()
        #expect(try ws.roadmap("init", "roadmap").status == 0)
        if breaking {
            let path = "roadmap/prds/guided-first-run.md"
            try ws.write(path, try #require(ws.read(path)).replacingOccurrences(of: "status: planned", with: "status: planed"))
        }
        try ws.git("add", "-A")
        try ws.git("commit", "-q", "-m", "roadmap")
        return ws
    }

    @Test func stepsCheckAndBuildTheSiteForPages() throws {
        let ws = try Self.repository(breaking: false)
        let temp = ws.base + "/runner-temp"
        try FileManager.default.createDirectory(atPath: temp, withIntermediateDirectories: true)
        let runner = Runner(inputs: ["path": "roadmap", "strict": "true", "sarif": "true", "build": "true", "base-url": "https://acme.example/roadmap/"],
                            temp: temp, scratch: InstallTests.buildPath)
        let results = try Self.runSteps(runner, workspace: ws.root)
        for (name, result) in results { if let result { #expect(result.status == 0, "\(name): \(result)") } }
        #expect(results.map(\.name) == [
            "Install the libraries roadmap builds against", "Cache the roadmap build", "Build roadmap", "Check the roadmap",
            "Export the problems as SARIF", "Upload the problems to code scanning", "Build the site", "Hand the site to GitHub Pages",
        ])
        // What the `uses:` steps are handed exists: SARIF for code scanning, the site for Pages.
        let sarif = try JSONSerialization.jsonObject(with: try Data(contentsOf: URL(fileURLWithPath: temp + "/roadmap.sarif"))) as? [String: Any]
        #expect(sarif?["version"] as? String == "2.1.0")
        let index = try String(contentsOfFile: temp + "/roadmap-site/index.html", encoding: .utf8)
        #expect(index.contains("https://acme.example/roadmap/"))
        let output = String(decoding: FileManager.default.contents(atPath: temp + "/github-output") ?? Data(), as: UTF8.self)
        #expect(output == "folder=\(temp)/roadmap-site\n")
    }

    @Test func aBrokenRoadmapFailsTheCheckWithAnnotationsAndStillExportsSARIF() throws {
        let ws = try Self.repository(breaking: true)
        let temp = ws.base + "/runner-temp"
        try FileManager.default.createDirectory(atPath: temp, withIntermediateDirectories: true)
        let runner = Runner(inputs: ["path": "roadmap", "strict": "false", "sarif": "true", "build": "true", "base-url": ""],
                            temp: temp, scratch: InstallTests.buildPath)
        let results = try Self.runSteps(runner, workspace: ws.root)
        let check = try #require(results.first { $0.name == "Check the roadmap" }?.result)
        #expect(check.status == 1)
        #expect(check.stdout.contains("::error file=roadmap/prds/guided-first-run.md,line=4,"), "\(check)")
        #expect(results.contains { $0.name == "Export the problems as SARIF" })
        #expect(!results.contains { $0.name == "Build the site" }, "the site must not be built from a broken roadmap")
        let sarif = try String(contentsOfFile: temp + "/roadmap.sarif", encoding: .utf8)
        #expect(sarif.contains("RM301"))
    }
}
