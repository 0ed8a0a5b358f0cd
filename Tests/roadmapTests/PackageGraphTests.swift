import Foundation
import Testing

/// The package graph matches the pipeline: only the git target links libgit2 and zlib, the
/// compiler, the history model and the site do not reach git at all, and no target depends on a
/// target it never imports. Read from Package.swift and the sources, so a new `import CGit2`
/// or a stray dependency fails here, not in review.
struct PackageGraphTests {
    static let gitTarget = "RoadmapSources"
    static let gitLibraries: Set<String> = ["CGit2", "CZlib"]
    /// Stages that must build and run without libgit2.
    static let gitFree = ["RoadmapCore", "RoadmapCompiler", "RoadmapHistory", "RoadmapSite", "RoadmapReport",
                          "RoadmapMarkdown", "RoadmapScaffold", "RoadmapTheme"]

    /// The pack reader's fuzz target reads object ids as libgit2's `git_oid`: a harness of the git
    /// target, built only by scripts/fuzz.sh, never linked into the tool.
    static let gitHarnesses: Set<String> = ["fuzz-pack"]

    struct Target {
        var kind: String
        var dependencies: [String]
        /// The folder of its sources, relative to the package (`Sources/NAME` unless `path:` says).
        var path: String
    }

    /// Every target of Package.swift by name, with the names in its `dependencies:` list (targets,
    /// and products by their name).
    static func targets() throws -> [String: Target] {
        let text = try String(contentsOfFile: InstallTests.repoRoot + "/Package.swift", encoding: .utf8)
        let start = try Regex(#"\.(target|executableTarget|testTarget|systemLibrary|plugin)\(\s*name:\s*"([^"]+)""#)
        let matches = text.matches(of: start)
        var result: [String: Target] = [:]
        for (index, match) in matches.enumerated() {
            let end = index + 1 < matches.count ? matches[index + 1].range.lowerBound : text.endIndex
            let declaration = text[match.range.lowerBound..<end]
            var dependencies: [String] = []
            if let list = declaration.range(of: "dependencies:") {
                var depth = 0
                var inside = ""
                for character in declaration[list.upperBound...] {
                    if character == "[" { depth += 1; if depth == 1 { continue } }
                    if character == "]" { depth -= 1; if depth == 0 { break } }
                    if depth >= 1 { inside.append(character) }
                }
                // `.product(name: "Mustache", package: "…")` counts as "Mustache".
                let withoutPackages = inside.replacing(try Regex(#"package:\s*"[^"]*""#), with: "")
                dependencies = withoutPackages.matches(of: try Regex(#""([^"]+)""#)).map { String($0.output[1].substring!) }
            }
            let kind = String(match.output[1].substring!)
            let name = String(match.output[2].substring!)
            let path = declaration.firstMatch(of: try Regex(#"path:\s*"([^"]+)""#)).map { String($0.output[1].substring!) }
            result[name] = Target(kind: kind, dependencies: dependencies, path: path ?? "Sources/" + name)
        }
        return result
    }

    /// The modules the `.swift` files under `folder` (relative to the package) import.
    static func imports(in folder: String) throws -> Set<String> {
        let folder = InstallTests.repoRoot + "/" + folder
        let statement = try Regex(#"(?m)^\s*(?:@\w+\s+)*(?:public\s+|package\s+|internal\s+)?import\s+(\w+)"#)
        var modules: Set<String> = []
        guard let files = FileManager.default.enumerator(atPath: folder) else { return [] }
        for case let file as String in files where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            for match in text.matches(of: statement) { modules.insert(String(match.output[1].substring!)) }
        }
        return modules
    }

    static func reachable(from name: String, in targets: [String: Target]) -> Set<String> {
        var seen: Set<String> = []
        var pending = targets[name]?.dependencies ?? []
        while let next = pending.popLast() {
            guard seen.insert(next).inserted else { continue }
            pending += targets[next]?.dependencies ?? []
        }
        return seen
    }

    @Test func packageSwiftIsRead() throws {
        let targets = try Self.targets()
        #expect(targets["CGit2"]?.kind == "systemLibrary")
        #expect(targets[Self.gitTarget]?.dependencies.contains("CGit2") == true)
        #expect(targets["RoadmapSite"]?.dependencies.contains("Mustache") == true)
        #expect(targets.count > 20)
    }

    @Test func onlyTheGitTargetImportsLibgit2OrZlib() throws {
        let sources = try FileManager.default.contentsOfDirectory(atPath: InstallTests.repoRoot + "/Sources")
        for target in sources.sorted() where target != Self.gitTarget {
            let offending = try Self.imports(in: "Sources/" + target).intersection(Self.gitLibraries)
            #expect(offending.isEmpty, "Sources/\(target) imports \(offending.sorted()); only \(Self.gitTarget) may")
        }
        for (name, target) in try Self.targets() where name != Self.gitTarget && !Self.gitHarnesses.contains(name) {
            let direct = Set(target.dependencies).intersection(Self.gitLibraries)
            #expect(direct.isEmpty, "\(name) depends on \(direct.sorted()) in Package.swift")
        }
    }

    /// Graphviz is not thread-safe and has global state: one target wraps it behind one lock.
    @Test func onlyTheGraphvizTargetImportsGraphviz() throws {
        let sources = try FileManager.default.contentsOfDirectory(atPath: InstallTests.repoRoot + "/Sources")
        for target in sources.sorted() where target != "RoadmapGraphviz" {
            #expect(!(try Self.imports(in: "Sources/" + target)).contains("CGraphviz"), "Sources/\(target) imports CGraphviz")
        }
        for (name, target) in try Self.targets() where name != "RoadmapGraphviz" {
            #expect(!target.dependencies.contains("CGraphviz"), "\(name) depends on CGraphviz in Package.swift")
        }
        #expect(try Self.targets()["RoadmapGraphviz"]?.dependencies.contains("CGraphviz") == true)
    }

    @Test func stagesBeforeGitDoNotReachIt() throws {
        let targets = try Self.targets()
        for name in Self.gitFree {
            #expect(targets[name] != nil, "\(name) is not in Package.swift")
            let reached = Self.reachable(from: name, in: targets)
            let git = reached.intersection(Self.gitLibraries.union([Self.gitTarget]))
            #expect(git.isEmpty, "\(name) reaches \(git.sorted()) through its dependencies")
        }
    }

    @Test func everyDependencyOfASourceTargetIsImported() throws {
        for (name, target) in try Self.targets() where target.kind == "target" || target.kind == "executableTarget" {
            let imported = try Self.imports(in: target.path)
            let unused = target.dependencies.filter { !imported.contains($0) }
            #expect(unused.isEmpty, "\(name) depends on \(unused) but no file of it imports them")
        }
    }

    /// `swift build -c release` builds every target, and release modules are not compiled for
    /// testing: a `@testable import` outside the test targets breaks the release build. What a
    /// harness needs of a module's insides is declared `package` instead.
    @Test func onlyTestTargetsUseTestableImports() throws {
        for (name, target) in try Self.targets() where target.kind != "testTarget" {
            let folder = InstallTests.repoRoot + "/" + target.path
            guard let files = FileManager.default.enumerator(atPath: folder) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
                #expect(!text.contains("@testable import"), "\(name): \(target.path)/\(file) uses @testable import")
            }
        }
    }
}
