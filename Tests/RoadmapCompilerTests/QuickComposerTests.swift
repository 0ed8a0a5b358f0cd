import Foundation
@testable import RoadmapCompiler
import Testing

/// The quick composer gives exactly the nodes Yams composes (strings, styles, tags, marks, order)
/// or gives up: on hand-made shapes and the sample roadmap (`QuickReaderCorpusTests` walks a
/// generated roadmap and the swift-evolution proposals the same way).
@Suite struct QuickComposerTests {
    static func both(_ text: String) -> (yams: String?, quick: String?) { QuickComposer.bothWays(text) }

    /// Shapes the quick composer must take, not hand to Yams.
    static let plainShapes = Array(SnapshotTests.shapes.prefix(5)) + [
        "---\n# leading comment\n\nid: a\n---\n",
        "---\nkrs:\n  - id: kr1\n    okrs: [a, b]\n    unit: \"%\"\n---\n",
        "---\ntitle: caf\u{E9} \u{2014} d\u{E9}j\u{E0} vu\nk: [\u{E9}t\u{E9}, x]\n---\n",
    ]

    static let shapes = SnapshotTests.shapes + plainShapes.dropFirst(5) + [
        "---\ntitle: \"  spaced  quoted \"\nx: '#not a comment'\ny: a'b\"c\n---\n",
        "---\nk:\n\n  - a\n\n  - b\n---\n",
        "---\nrice:\n  reach: 1\n---\n",
        "---\nk: [a,b , c]\nm: {a: 1,b: 2}\n---\n",
        "---\nk: x:y\nl: a,b\nm: [x:y]\n---\n",
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

    @Test(arguments: plainShapes)
    func plainShapesAreTakenQuickly(_ text: String) {
        #expect(Self.both(text).quick != nil)
    }

    @Test func theSampleRoadmapComposesAlike() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("sample-roadmap")
        let files = try #require(FileManager.default.enumerator(atPath: root.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }
        var quick = 0
        for file in files {
            let (yams, fast) = Self.both(try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8))
            guard let fast else { continue }
            quick += 1
            #expect(fast == yams, "\(file)")
        }
        #expect(files.count >= 24 && quick > files.count / 2)
    }
}
