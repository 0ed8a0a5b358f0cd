import Foundation
import RoadmapCompiler
import RoadmapSources

/// Roadmaps to render: the project's sample, read from disk, or small ones written in a test.
enum Roadmaps {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources")

    /// Every file under the sample roadmap, by root-relative path.
    static func sampleFiles() throws -> [String: String] {
        let base = repoRoot.appendingPathComponent("sample-roadmap")
        var files: [String: String] = [:]
        let prefix = base.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
        while let item = enumerator?.nextObject() as? URL {
            guard !item.hasDirectoryPath else { continue }
            files[String(item.standardizedFileURL.path.dropFirst(prefix.count))] = try String(contentsOf: item, encoding: .utf8)
        }
        return files
    }

    static func compile(_ files: [String: String]) throws -> Compilation {
        try RoadmapCompiler(source: InMemorySource(files: files)).compile()
    }
}
