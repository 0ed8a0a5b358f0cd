import RoadmapCompiler
import RoadmapCore
import Testing

/// RM1xx: the front matter and its YAML.
@Suite struct FrontMatterRuleTests {
    let path = "prds/payments/saved-cards.md"

    func check(_ code: DiagnosticCode, _ marked: String) throws {
        let file = Marked(marked)
        let result = try Fixture.compile([path: file.text])
        expectDiagnostic(result, code, path, at: file)
    }

    @Test func missingFrontMatter() throws { try check(.missingFrontMatter, "«# Saved cards\n\nNo metadata here.\n") }
    @Test func unterminatedFrontMatter() throws { try check(.unterminatedFrontMatter, "«---\nid: saved-cards\ntitle: Saved cards\n") }
    @Test func frontMatterNotAtTop() throws { try check(.frontMatterNotAtTop, "\n\n«---\nid: saved-cards\n---\n") }
    @Test func frontMatterNotMapping() throws { try check(.frontMatterNotMapping, "---\n«- id\n- title\n---\n") }
    @Test func yamlSyntaxErrorAtTheMistake() throws {
        try check(.yamlSyntax, "---\nid: saved-cards\ntitle: Saved cards\nokrs: «[grow-checkout/kr1\nowner: Sam\n---\n")
    }
    @Test func yamlBadIndentation() throws {
        try check(.yamlSyntax, "---\nid: saved-cards\ntitle: Saved\n  «owner: Sam\n---\n")
    }
    @Test func duplicateKeyAtTheSecondKey() throws {
        let file = Marked("---\nid: saved-cards\ntitle: A\n«title: B\nstatus: planned\nowner: Sam\n---\n")
        let result = try Fixture.compile([path: file.text])
        let d = expectDiagnostic(result, .duplicateKey, path, at: file)
        #expect(d?.notes.first?.location?.line == 3)
    }
    @Test func tabIndentation() throws { try check(.tabIndentation, "---\nid: saved-cards\nrice:\n«\treach: 1\n---\n") }
    @Test func anchorsAreRejected() throws { try check(.yamlAlias, "---\nid: saved-cards\ntags: «&t [a, b]\nokrs: *t\n---\n") }
    @Test func aliasBombIsRejectedQuickly() throws {
        var yaml = "---\nid: saved-cards\na0: «&a0 [x, x, x, x, x, x, x, x, x]\n"
        for i in 1..<30 { yaml += "a\(i): &a\(i) [*a\(i-1), *a\(i-1), *a\(i-1), *a\(i-1), *a\(i-1), *a\(i-1), *a\(i-1), *a\(i-1)]\n" }
        try check(.yamlAlias, yaml + "---\n")
    }
    @Test func textWithAmpersandIsNotAnAnchor() throws {
        let text = Fixture.prd.replacingOccurrences(of: "title: Saved cards", with: "title: Cards & wallets *fast*")
        let result = try Fixture.compile([path: text])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.roadmap.features.first { $0.id.rawValue == "saved-cards" }?.title == "Cards & wallets *fast*")
    }
    @Test func absurdNestingIsRejected() throws {
        try check(.yamlTooDeep, "---\nid: saved-cards\nx: " + String(repeating: "[", count: 39) + "«[" + String(repeating: "[", count: 5000) + "\n---\n")
    }
    @Test func deepBlockNestingIsRejected() throws {
        var yaml = "---\nid: saved-cards\n"
        for depth in 0..<45 { yaml += String(repeating: " ", count: depth) + (depth == 40 ? "«" : "") + "k\(depth):\n" }
        try check(.yamlTooDeep, yaml + "---\n")
    }
    @Test func bomAndCRLFAreFine() throws {
        let crlf = "\u{FEFF}" + Fixture.prd.replacingOccurrences(of: "\n", with: "\r\n")
        let result = try Fixture.compile([path: crlf])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.roadmap.features.first?.title == "Saved cards")
    }
    @Test func positionsCountLinesAfterCRLF() throws {
        let file = Marked("---\r\nid: saved-cards\r\ntitle: Saved\r\nstatus: «shiped\r\nowner: Sam\r\n---\r\n")
        let result = try Fixture.compile([path: file.text])
        expectDiagnostic(result, .unknownStatus, path, at: file)
    }
}
