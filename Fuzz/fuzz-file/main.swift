import FuzzDriver
import RoadmapCompiler
import RoadmapSources

// One PRD's bytes through decoding, front matter, every check and the Markdown outline, in a
// roadmap that links to it (so references and key results are checked too).
let config = Array("required_sections: [Problem]\nteams: [payments]\n".utf8)
let objective = Array("""
    ---
    id: grow
    title: Grow
    period: 2026-Q3
    owner: Dana
    key_results:
      - { id: kr1, title: K, baseline: 1, target: 2 }
    ---
    Why.

    """.utf8)
let other = Array("---\nid: other\ntitle: Other\nstatus: planned\nowner: Sam\ndepends_on: [saved-cards]\n---\n## Problem\nP.\n".utf8)

fuzz { bytes in
    // Where the quick composer takes the front matter, it composes what Yams composes.
    if let text = String(validating: bytes, as: UTF8.self) {
        let (yams, quick) = QuickComposer.bothWays(text)
        if let quick, quick != yams { fatalError("the quick composer disagrees with Yams:\n\(quick)\n\(yams ?? "Yams: not composed")") }
    }
    let source = InMemorySource(bytes: ["roadmap.yml": config, "okrs/grow.md": objective, "prds/other.md": other, "prds/payments/fuzz.md": bytes])
    _ = try? RoadmapCompiler(source: source).compile()
}
