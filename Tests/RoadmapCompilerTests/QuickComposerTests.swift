import Foundation
@testable import RoadmapCompiler
import RoadmapCorpus
import Testing

/// The quick composer gives exactly the nodes Yams composes (strings, styles, tags, marks, order)
/// or gives up: on hand-made shapes, the sample roadmap, a generated roadmap and, where present,
/// the real swift-evolution proposals.
@Suite struct QuickComposerTests {
    static func both(_ text: String) -> (yams: String?, quick: String?) { QuickComposer.bothWays(text) }

    static let shapes = SnapshotTests.shapes + [
        "---\n# leading comment\n\nid: a\n---\n",
        "---\ntitle: \"  spaced  quoted \"\nx: '#not a comment'\ny: a'b\"c\n---\n",
        "---\nk:\n\n  - a\n\n  - b\n---\n",
        "---\nrice:\n  reach: 1\n---\n",
        "---\nk: [a,b , c]\nm: {a: 1,b: 2}\n---\n",
        "---\nk: x:y\nl: a,b\nm: [x:y]\n---\n",
        "---\nkrs:\n  - id: kr1\n    okrs: [a, b]\n    unit: \"%\"\n---\n",
        "---\ntitle: caf\u{E9} \u{2014} d\u{E9}j\u{E0} vu\nk: [\u{E9}t\u{E9}, x]\n---\n",
        "---\ntitle: a\u{85}b\n---\n",
        "---\ntitle: a\u{2028}b\n---\n",
        "---\ntitle: a\u{9F}b\n---\n",
        "---\ntitle: x\u{7F}\n---\n",
        "---\nid:\n---\n",
        "---\nid:   \nk: 1\n---\n",
        "---\nk:\n  - a: \n    b:\n---\n",
        "---\n2026: year\n_x: y\nA-b: c\n---\n",
        "---\nk: 'a' b\nl: \"x\" # c\n---\n",
        "---\nk:\n  # c\n  - a\n    # d\n  - b: 1\n   # e\n    c: 2\n# f\nl: x\n  # g\nm:\n#h\n- y\n---\n",
        "---\nk: yes\nl: 0x1F\nm: 1e3\nn: .inf\no: 2026-07-01\n---\n",
    ]

    @Test(arguments: shapes)
    func shapesComposeAsYamsComposesThem(_ text: String) {
        let (yams, quick) = Self.both(text)
        if let quick { #expect(quick == yams, "\(text.debugDescription)") }
    }

    @Test func thePlainShapesAreTakenQuickly() {
        let plain = Self.shapes.prefix(5) + [Self.shapes[SnapshotTests.shapes.count], Self.shapes[SnapshotTests.shapes.count + 6],
                                              Self.shapes[SnapshotTests.shapes.count + 7]]
        for text in plain { #expect(Self.both(text).quick != nil, "\(text.debugDescription)") }
    }

    static func agree(_ files: [(path: String, contents: String)]) -> (files: Int, quick: Int) {
        var quick = 0
        for file in files where file.path.hasSuffix(".md") {
            let (yams, fast) = both(file.contents)
            if let fast {
                quick += 1
                #expect(fast == yams, "\(file.path)")
            }
        }
        return (files.count(where: { $0.path.hasSuffix(".md") }), quick)
    }

    static func files(under root: URL) throws -> [(path: String, contents: String)] {
        try #require(FileManager.default.enumerator(atPath: root.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }
            .map { ($0, try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)) }
    }

    @Test func theSampleRoadmapComposesAlike() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("sample-roadmap")
        let (files, quick) = Self.agree(try Self.files(under: root))
        #expect(files >= 24 && quick > files / 2)
    }

    @Test func aGeneratedRoadmapComposesAlike() {
        let (files, quick) = Self.agree(CorpusGenerator(spec: CorpusSpec(prds: 300, objectives: 12, seed: 11)).files())
        #expect(files >= 312 && quick == files)
    }

    /// `…/shared/corpora/swift-evolution`, beside the repository or the folder holding it.
    static let evolution: URL? = {
        let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return [repoRoot.deletingLastPathComponent(), repoRoot.deletingLastPathComponent().deletingLastPathComponent()]
            .map { $0.appendingPathComponent("shared/corpora/swift-evolution") }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }()

    @Test(.enabled(if: evolution != nil, "shared swift-evolution corpus not found"))
    func theSwiftEvolutionProposalsComposeAlike() throws {
        let (files, quick) = Self.agree(try Self.files(under: try #require(Self.evolution)))
        #expect(files >= 500 && quick > files / 2, "\(quick) of \(files) taken quickly")
    }
}
