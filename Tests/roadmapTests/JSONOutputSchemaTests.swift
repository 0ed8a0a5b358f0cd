import Foundation
import RoadmapTestSupport
import Testing

/// Every JSON document the tool emits, from the real binary on a roadmap with history, validated
/// against its schema in `schemas/` by the reference implementation of JSON Schema (Python's
/// jsonschema, through `scripts/validate-json.py`).
@Suite(.serialized, .enabled(if: SchemaValidator.isInstalled, SchemaValidator.missing))
struct JSONOutputSchemaTests {
    static let validator = InstallTests.repoRoot + "/scripts/validate-json.py"

    /// The sample roadmap, then commits that slip a date, relink an OKR, rescore, rename an id,
    /// check in a key result and remove a PRD: every kind of history event the documents carry.
    static func roadmapWithHistory() throws -> Workspace {
        let ws = try ServeCommandTests.workspace()
        func edit(_ file: String, _ from: String, _ to: String) throws {
            let text = try #require(ws.read(file))
            #expect(text.contains(from), "\(file) no longer holds \(from)")
            try ws.write(file, text.replacingOccurrences(of: from, with: to))
        }
        try edit("prds/growth/accounting-sync.md", "due: 2026-12-18", "due: 2027-01-29")
        try edit("prds/growth/accounting-sync.md", "okrs: [grow-self-serve/kr1]", "okrs: [grow-self-serve/kr2]")
        try edit("prds/growth/accounting-sync.md", "effort: 6", "effort: 8")
        try edit("okrs/expand-europe.md", "current: 1340", "current: 1500")
        try ws.git("commit", "-q", "-am", "Slip accounting sync; EUR accounts check-in")
        try edit("prds/payments/saved-cards.md", "id: saved-cards", "id: stored-cards")
        for dependent in ["prds/payments/partial-payments.md", "prds/payments/smart-retries.md"] {
            try edit(dependent, "saved-cards", "stored-cards")
        }
        try FileManager.default.removeItem(atPath: ws.path("prds/payments/stablecoin-payouts.md"))
        try ws.git("add", "-A")
        try ws.git("commit", "-q", "-m", "Rename saved cards; drop stablecoin payouts")
        return ws
    }

    /// Runs `scripts/validate-json.py` over (schema, document) pairs; the problems it printed.
    static func validate(_ pairs: [(schema: String, json: String)], in ws: Workspace) throws -> CLI.Result {
        var arguments = [validator]
        for (index, pair) in pairs.enumerated() {
            let file = ws.base + "/document-\(index).json"
            try pair.json.write(toFile: file, atomically: true, encoding: .utf8)
            arguments += [pair.schema, file]
        }
        return try CLI.run("python3", arguments, in: "/", environment: ProcessInfo.processInfo.environment)
    }

    @Test func everyDocumentMatchesItsSchema() throws {
        let ws = try Self.roadmapWithHistory()
        let build = try ws.roadmap("build", "--out", ws.base + "/site")
        #expect(build.status == 0, "\(build)")
        var documents: [(schema: String, json: String)] = [
            ("list.schema.json", try ws.roadmap("list", "--format", "json").stdout),
            ("roadmap.schema.json", try #require(FileManager.default.contents(atPath: ws.base + "/site/roadmap.json")).utf8Text),
            ("log.schema.json", try ws.roadmap("log", "--format", "json").stdout),
            ("log.schema.json", try ws.roadmap("log", "accounting-sync", "--format", "json").stdout),
            ("log.schema.json", try ws.roadmap("log", "stored-cards", "--format", "json").stdout),
            ("diff.schema.json", try ws.roadmap("diff", "HEAD~2", "HEAD", "--format", "json").stdout),
            ("objectives.schema.json", try ws.roadmap("okrs", "--format", "json").stdout),
        ]
        // A broken PRD and a duplicate, so diagnostics carry notes and fixes.
        let broken = try #require(ws.read("prds/growth/invoice-templates.md"))
        try ws.write("prds/growth/invoice-templates.md", broken.replacingOccurrences(of: "status: ", with: "status: planed\nold_status: "))
        try ws.write("prds/growth/copy.md", try #require(ws.read("prds/growth/usage-based-pricing.md")))
        let check = try ws.roadmap("check", "--format", "json")
        #expect(check.status == 1, "\(check)")
        #expect(check.stdout.contains("\"fixes\": [\n        {") && check.stdout.contains("\"notes\": [\n        {"), "\(check.stdout)")
        documents.append(("check.schema.json", check.stdout))
        for (schema, json) in documents {
            #expect(json.hasPrefix("{\n  \"schemaVersion\": 2,") || json.hasPrefix("{\"schemaVersion\":2,"), "\(schema): \(json.prefix(200))")
        }
        let result = try Self.validate(documents, in: ws)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")

        // The history documents hold the events they are meant to test.
        let log = documents[2].json
        for type in ["\"due\"", "\"okr-linked\"", "\"okr-unlinked\"", "\"rice\"", "\"kr-current\"", "\"id\"", "\"removed\""] {
            #expect(log.contains("\"type\": \(type)"), "no \(type) event in the log")
        }
    }

    @Test func theSchemasRejectWhatBreaksThem() throws {
        let ws = try Self.roadmapWithHistory()
        let list = try ws.roadmap("list", "--format", "json").stdout
        let diff = try ws.roadmap("diff", "HEAD~2", "HEAD", "--format", "json").stdout
        let badList = list.replacingOccurrences(of: "\"dependsOn\"", with: "\"depends_on\"")
        let badDiff = diff.replacingOccurrences(of: "\"schemaVersion\": 2", with: "\"schemaVersion\": 1")
        let result = try Self.validate([("list.schema.json", badList), ("diff.schema.json", badDiff)], in: ws)
        #expect(result.status == 1)
        #expect(result.stdout.contains("'dependsOn' is a required property"), "\(result.stdout)")
        #expect(result.stdout.contains("schemaVersion: 2 was expected"), "\(result.stdout)")
    }

    @Test func schemaCommandOutputCarriesItsVersion() throws {
        let ws = try ServeCommandTests.workspace()
        for kind in ["prd", "objective", "config"] {
            let out = try ws.roadmap("schema", kind).stdout
            let document = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
            #expect(document["schemaVersion"] as? Int == 2, "\(kind)")
        }
    }
}

enum SchemaValidator {
    static let missing: Comment = "python3 with jsonschema 4.x is not installed: install python3-jsonschema (scripts/install-deps.sh does)"
    static let isInstalled: Bool = {
        let result = try? CLI.run("python3", ["-c", "import jsonschema; jsonschema.Draft202012Validator"], in: "/",
                                  environment: ProcessInfo.processInfo.environment)
        return result?.status == 0
    }()
}

private extension Data {
    var utf8Text: String { String(decoding: self, as: UTF8.self) }
}
