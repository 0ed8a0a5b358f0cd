import Foundation
@testable import RoadmapCompiler
import RoadmapCorpus
import Testing

/// The quick composer must give exactly what Yams gives, on every file it accepts, both as the
/// history's fields and as the compiler's nodes (marks, styles and tags too): checked on
/// generated roadmaps (the shapes tools write) and on Swift Evolution's proposals (the shapes
/// people write).
@Suite struct QuickReaderCorpusTests {
    @Test func generatedRoadmapsReadAlike() {
        let files = CorpusGenerator(spec: CorpusSpec(prds: 400, objectives: 30, seed: 7)).files().filter { $0.path.hasSuffix(".md") }
        #expect(files.count == 430)
        var quick = 0
        for file in files {
            let bytes = Array(file.contents.utf8)
            let composed = FrontMatterSnapshot.composedFields(bytes, path: file.path)
            #expect(composed != nil, "\(file.path)")
            if let fields = FrontMatterSnapshot.quickFields(bytes) {
                quick += 1
                #expect(fields == composed, "\(file.path)")
            }
            Self.expectSameNodes(file.contents, file.path)
        }
        // Objectives quote their units (`unit: "%"`), which the quick reader takes too.
        #expect(quick == files.count)
    }

    /// The shared Swift Evolution corpus beside the repository or the folder holding it; absent in
    /// an ordinary clone, where the test is skipped and says why.
    static let evolutionCorpus: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return [root.deletingLastPathComponent(), root.deletingLastPathComponent().deletingLastPathComponent()]
            .map { $0.appendingPathComponent("shared/corpora/swift-evolution") }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }()

    @Test(.enabled(if: evolutionCorpus != nil, "the shared Swift Evolution corpus is not beside this checkout (../shared/corpora/swift-evolution)"))
    func swiftEvolutionReadsAlike() throws {
        let corpus = try #require(Self.evolutionCorpus)
        let files = (FileManager.default.enumerator(atPath: corpus.path)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".md") }
        #expect(files.count > 500)
        var quick = 0
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: corpus.appendingPathComponent(file)))
            let composed = FrontMatterSnapshot.composedFields(bytes, path: file)
            if let fields = FrontMatterSnapshot.quickFields(bytes) {
                quick += 1
                #expect(fields == composed, "\(file)")
            }
            if let text = String(validating: bytes, as: UTF8.self) { Self.expectSameNodes(text, file) }
        }
        #expect(quick > 0)
    }

    static func expectSameNodes(_ text: String, _ path: String) {
        let (yams, quick) = QuickComposer.bothWays(text)
        if let quick { #expect(quick == yams, "\(path)") }
    }
}
