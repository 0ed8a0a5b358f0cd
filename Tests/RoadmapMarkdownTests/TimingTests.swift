import Foundation
import RoadmapMarkdown
import Testing

/// Rough speed figures, off by default: `ROADMAP_MARKDOWN_TIMING=1 swift test --filter TimingTests`.
@Suite(
    .enabled(if: ProcessInfo.processInfo.environment["ROADMAP_MARKDOWN_TIMING"] != nil, "set ROADMAP_MARKDOWN_TIMING=1"),
    .enabled(if: EvolutionCorpus.isAvailable, "shared swift-evolution corpus not found"))
struct TimingTests {
    @Test func outlineAndRenderOfTheCorpus() async throws {
        let bodies = try EvolutionCorpus.bodies().map(\.body)
        let megabytes = Double(bodies.reduce(0) { $0 + $1.utf8.count }) / 1_000_000
        let clock = ContinuousClock()
        var links = 0
        let serial = clock.measure { for body in bodies { links += MarkdownOutline.parse(body).links.count } }
        let parallel = await clock.measure {
            await withTaskGroup(of: Int.self) { group in
                for half in 0..<2 {
                    group.addTask {
                        stride(from: half, to: bodies.count, by: 2).reduce(0) { $0 + MarkdownOutline.parse(bodies[$1]).links.count }
                    }
                }
                for await _ in group {}
            }
        }
        let render = clock.measure { for body in bodies { _ = MarkdownHTML.render(body) } }
        print(
            "RoadmapMarkdown timing: \(bodies.count) bodies, \(String(format: "%.1f", megabytes)) MB, \(links) links;",
            "outline serial \(serial), outline on 2 tasks \(parallel), render serial \(render)")
        #expect(links > 0)
    }
}
