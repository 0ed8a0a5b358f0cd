import Foundation
import RoadmapCore
import RoadmapLSPProtocol
import Testing

/// Completion, hover, navigation, symbols and code actions on the scripted roadmap.
@Suite struct EditorFeatureTests {
    private func labels(_ result: JSONValue) -> [String] {
        (result["items"]?.arrayValue ?? []).compactMap { $0["label"]?.stringValue }
    }

    @Test func completionOffersTheValuesOfThisRoadmap() throws {
        let client = try ScriptedClient()
        try client.open("prds/onboarding.md")
        let path = "prds/onboarding.md"
        // status: the workflow's statuses, in its order, replacing the word typed so far.
        let statuses = try client.at("textDocument/completion", path, 4, 10)
        #expect(labels(statuses) == ["idea", "planned", "in-progress", "shipped"])
        #expect(statuses["items"]?.arrayValue?.first?["textEdit"]?["range"] == TextRange(start: Position(line: 4, character: 8), end: Position(line: 4, character: 10)).json)
        #expect(labels(try client.at("textDocument/completion", path, 5, 8)) == ["growth", "payments"])
        #expect(labels(try client.at("textDocument/completion", path, 3, 9)) == ["Ada Park", "Sam Osei"])
        #expect(labels(try client.at("textDocument/completion", path, 10, 7)) == ["activation"])
        // depends_on: other PRDs' ids, not its own.
        #expect(labels(try client.at("textDocument/completion", path, 8, 13)) == ["billing"])
        #expect(labels(try client.at("textDocument/completion", path, 7, 7)) == ["grow", "grow/kr1", "grow/kr2"])
        // Quarters around the day the session measures from (2026-08-03).
        #expect(labels(try client.at("textDocument/completion", path, 6, 9)) == ["2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3"])
    }

    @Test func completionOffersTheKeysNotWrittenYet() throws {
        let client = try ScriptedClient()
        try client.open("prds/billing.md")
        client.edit("prds/billing.md", from: (7, 0), to: (7, 0), "ho\n")
        let keys = labels(try client.at("textDocument/completion", "prds/billing.md", 7, 2))
        #expect(keys == ["quarter", "horizon", "start", "due", "okrs", "depends_on", "tags", "visibility"])
        try client.open("okrs/grow.md")
        client.edit("okrs/grow.md", from: (9, 0), to: (9, 0), "    ba\n")
        #expect(labels(try client.at("textDocument/completion", "okrs/grow.md", 9, 6)) == ["id", "title", "baseline", "target", "current", "unit", "confidence", "note"])
        // Outside the front matter, nothing.
        #expect(labels(try client.at("textDocument/completion", "okrs/grow.md", 14, 0)).isEmpty)
    }

    @Test func completionOffersTheVisibilities() throws {
        let client = try ScriptedClient()
        try client.open("prds/billing.md")
        client.edit("prds/billing.md", from: (7, 0), to: (7, 0), "visibility: \n")
        #expect(labels(try client.at("textDocument/completion", "prds/billing.md", 7, 12)) == ["public", "internal", "confidential"])
        try client.open("okrs/grow.md")
        client.edit("okrs/grow.md", from: (3, 0), to: (3, 0), "visibility: c\n")
        // Objectives too; the client narrows by what is typed, as for every value.
        #expect(labels(try client.at("textDocument/completion", "okrs/grow.md", 3, 13)) == ["public", "internal", "confidential"])
    }

    @Test func hoverNamesWhatAnIDOrReferenceIs() throws {
        let client = try ScriptedClient()
        try client.open("prds/onboarding.md")
        let dependency = try client.at("textDocument/hover", "prds/onboarding.md", 8, 15)
        let text = try #require(dependency["contents"]?["value"]?.stringValue)
        #expect(text.contains("**Usage billing**") && text.contains("Status: idea") && text.contains("`prds/billing.md`"))
        #expect(dependency["range"] == TextRange(start: Position(line: 8, character: 13), end: Position(line: 8, character: 20)).json)
        let kr = try #require(try client.at("textDocument/hover", "prds/onboarding.md", 7, 12)["contents"]?["value"]?.stringValue)
        #expect(kr.contains("**Trials that convert**") && kr.contains("Progress: 25% of the way"), "\(kr)")
        // rice: the score (1000 x 2 x 0.5 / 4 = 250) and the rank (billing scores 2000).
        let rice = try #require(try client.at("textDocument/hover", "prds/onboarding.md", 9, 2)["contents"]?["value"]?.stringValue)
        #expect(rice.contains("RICE score 250") && rice.contains("Rank 2 of 2"), "\(rice)")
        // A key result in its objective: its progress.
        try client.open("okrs/grow.md")
        let own = try #require(try client.at("textDocument/hover", "okrs/grow.md", 7, 11)["contents"]?["value"]?.stringValue)
        #expect(own.contains("Weekly active teams") && own.contains("75% of the way"), "\(own)")
        #expect(try client.at("textDocument/hover", "prds/onboarding.md", 17, 3) == .null)
    }

    @Test func definitionAndReferencesFollowIDs() throws {
        let client = try ScriptedClient()
        try client.open("prds/onboarding.md")
        let billing = try client.at("textDocument/definition", "prds/onboarding.md", 8, 15)
        #expect(billing["uri"]?.stringValue == client.uri("prds/billing.md"))
        #expect(billing["range"] == TextRange(start: Position(line: 1, character: 4), end: Position(line: 1, character: 11)).json)
        let kr = try client.at("textDocument/definition", "prds/onboarding.md", 7, 12)
        #expect(kr["uri"]?.stringValue == client.uri("okrs/grow.md"))
        #expect(kr["range"]?["start"]?["line"]?.intValue == 6)

        try client.open("prds/billing.md")
        let references = try client.at("textDocument/references", "prds/billing.md", 1, 6, extra: [("context", .object([("includeDeclaration", true)]))])
        #expect(references == .array([
            .object([("uri", .string(client.uri("prds/billing.md"))), ("range", TextRange(start: Position(line: 1, character: 4), end: Position(line: 1, character: 11)).json)]),
            .object([("uri", .string(client.uri("prds/onboarding.md"))), ("range", TextRange(start: Position(line: 8, character: 13), end: Position(line: 8, character: 20)).json)]),
        ]))
        try client.open("okrs/grow.md")
        let movers = try client.at("textDocument/references", "okrs/grow.md", 1, 5, extra: [("context", .object([("includeDeclaration", false)]))])
        #expect(movers == .array([.object([("uri", .string(client.uri("prds/onboarding.md"))), ("range", TextRange(start: Position(line: 7, character: 7), end: Position(line: 7, character: 15)).json)])]))
    }

    @Test func symbolsAreTheSectionsAndTheItems() throws {
        let client = try ScriptedClient()
        try client.open("prds/onboarding.md")
        let symbols = try client.request("textDocument/documentSymbol", .object([("textDocument", .object([("uri", .string(client.uri("prds/onboarding.md")))]))]))
        let top = try #require(symbols.arrayValue)
        #expect(top.map { $0["name"]?.stringValue } == ["Guided onboarding"])
        let sections = top[0]["children"]?.arrayValue ?? []
        #expect(sections.map { $0["name"]?.stringValue } == ["Problem", "Proposal"])
        #expect(sections[0]["children"]?.arrayValue?.map { $0["name"]?.stringValue } == ["Evidence"])
        #expect(sections[0]["range"] == TextRange(start: Position(line: 15, character: 0), end: Position(line: 22, character: 0)).json)

        let found = try client.request("workspace/symbol", .object([("query", "billing")]))
        #expect(found.arrayValue?.map { $0["name"]?.stringValue } == ["Usage billing"])
        let all = try client.request("workspace/symbol", .object([("query", "")]))
        #expect(Set(all.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []) == ["Usage billing", "Guided onboarding", "Grow the business"])
    }

    @Test func codeActionsAreTheFixesRoadmapFixApplies() throws {
        let client = try ScriptedClient()
        try client.open("prds/onboarding.md")
        client.edit("prds/onboarding.md", from: (4, 8), to: (4, 15), "planed")
        let actions = try client.request("textDocument/codeAction", .object([
            ("textDocument", .object([("uri", .string(client.uri("prds/onboarding.md")))])),
            ("range", TextRange(start: Position(line: 4, character: 0), end: Position(line: 4, character: 0)).json),
            ("context", .object([("diagnostics", .array([]))])),
        ]))
        let fix = try #require(actions.arrayValue?.first)
        #expect(fix["title"]?.stringValue == "replace `planed` with `planned`")
        #expect(fix["isPreferred"]?.boolValue == true)
        let edits = try #require(fix["edit"]?["changes"]?[client.uri("prds/onboarding.md")]?.arrayValue)
        #expect(edits == [.object([("range", TextRange(start: Position(line: 4, character: 8), end: Position(line: 4, character: 14)).json), ("newText", "planned")])])
        // Elsewhere in the file, no action.
        let none = try client.request("textDocument/codeAction", .object([
            ("textDocument", .object([("uri", .string(client.uri("prds/onboarding.md")))])),
            ("range", TextRange(start: Position(line: 17, character: 0), end: Position(line: 17, character: 3)).json),
            ("context", .object([("diagnostics", .array([]))])),
        ]))
        #expect(none == .array([]))
    }

    @Test func positionsCountTheEncodingTheClientChose() throws {
        // `é` is one UTF-16 unit and two UTF-8 bytes; the emoji two units and four bytes. The
        // range is the quoted value, columns 8 to 13 in UTF-16 (what a client gets unless it
        // offers UTF-8; UTF-32 alone is not chosen) and 8 to 16 in UTF-8.
        var files = ScriptedClient.files
        files["prds/billing.md"] = files["prds/billing.md"]!.replacingOccurrences(of: "status: idea", with: "status: \"é😀\"")
        for (encodings, character) in [(nil, 13), (["utf-16"], 13), (["utf-8", "utf-16"], 16), (["utf-32"], 13)] as [([String]?, Int)] {
            let client = try ScriptedClient(files: files, encodings: encodings)
            try client.open("prds/billing.md")
            let typo = try #require(client.published(client.sent, for: "prds/billing.md")?.first { $0["code"]?.stringValue == "RM301" })
            #expect(typo["range"]?["start"]?["character"]?.intValue == 8)
            #expect(typo["range"]?["end"]?["character"]?.intValue == character, "\(encodings ?? [])")
        }
    }
}
