import Foundation
import RoadmapMarkdown
import Testing

@Suite(.enabled(if: EvolutionCorpus.isAvailable, "shared swift-evolution corpus not found"))
struct CorpusTests {
    @Test func everyProposalHasASecondLevelHeading() throws {
        let bodies = try EvolutionCorpus.bodies()
        #expect(bodies.count == 574)
        for (path, body) in bodies {
            let outline = MarkdownOutline.parse(body)
            #expect(outline.headings.contains { $0.level == 2 }, "\(path)")
            for link in outline.links {
                #expect(link.line >= 1 && link.column >= 1, "\(path): \(link)")
            }
            _ = MarkdownHTML.render(body)
        }
    }

    /// Every reported link position points at the link's opening character in the source, and
    /// an inline link's text there is followed by its own destination.
    @Test func linkPositionsPointAtTheirOpeners() throws {
        var inlineLinksChecked = 0
        for (path, body) in try EvolutionCorpus.bodies() {
            let lines = EvolutionCorpus.lines(of: body)
            for link in MarkdownOutline.parse(body).links {
                guard link.line <= lines.count else {
                    Issue.record("\(path): line \(link.line) past the end")
                    continue
                }
                let rest = String(String.UnicodeScalarView(lines[link.line - 1].unicodeScalars.dropFirst(link.column - 1)))
                    + lines.dropFirst(link.line).prefix(3).joined()
                let expected: Set<Unicode.Scalar> = link.isImage ? ["!"] : ["[", "<"]
                #expect(rest.unicodeScalars.first.map(expected.contains) == true, "\(path) \(link.line):\(link.column)")
                if Self.isInlineLink(rest) {
                    inlineLinksChecked += 1
                    #expect(rest.contains(link.destination), "\(path) \(link.line):\(link.column) \(link.destination)")
                }
            }
        }
        #expect(inlineLinksChecked > 3000)
    }

    /// Whether `text` starts with `[…](` or `![…](`, brackets balanced and escapes skipped.
    private static func isInlineLink(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        var first = scalars.next()
        if first == "!" { first = scalars.next() }
        guard first == "[" else { return false }
        var depth = 1
        while let scalar = scalars.next() {
            switch scalar {
            case "\\": _ = scalars.next()
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return scalars.next() == "(" }
            default: break
            }
        }
        return false
    }

    @Test func parallelParsesAgreeWithSerialOnes() async throws {
        let bodies = try EvolutionCorpus.bodies().map(\.body)
        let serial = bodies.map(MarkdownOutline.parse)
        let serialHTML = bodies.prefix(100).map { MarkdownHTML.render($0) }
        let parallel = await withTaskGroup(of: (Int, MarkdownOutline, RenderedMarkdown?).self) { group in
            for (index, body) in bodies.enumerated() {
                group.addTask { (index, MarkdownOutline.parse(body), index < 100 ? MarkdownHTML.render(body) : nil) }
            }
            var results = [(Int, MarkdownOutline, RenderedMarkdown?)]()
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }
        }
        #expect(parallel.map(\.1) == serial)
        #expect(parallel.compactMap(\.2) == serialHTML)
    }
}
