import Foundation
import RoadmapCore
import RoadmapReport
import Testing

@Suite struct FrontMatterSchemaTests {
    /// Validates each document's YAML (front matter, or all of roadmap.yml) against its schema
    /// the way editors do, and prints `name: message` per problem.
    static let validator = """
        import json, sys, yaml, jsonschema
        V = jsonschema.Draft202012Validator
        # Bare dates stay text, as editors (YAML 1.2) and roadmap read them; PyYAML would make
        # them dates, and fail on 2026-02-30 instead of letting the schema report it.
        class Loader(yaml.SafeLoader): pass
        Loader.yaml_implicit_resolvers = {k: [r for r in v if r[0] != "tag:yaml.org,2002:timestamp"]
                                          for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
        failed = False
        for doc in json.load(sys.stdin):
            V.check_schema(doc["schema"])
            for e in V(doc["schema"], format_checker=V.FORMAT_CHECKER).iter_errors(yaml.load(doc["yaml"], Loader=Loader)):
                failed = True
                print(doc["name"] + ": " + e.message)
        sys.exit(1 if failed else 0)
        """

    static func frontMatter(_ text: String) -> String {
        let body = text.dropFirst(4)
        guard let end = body.range(of: "\n---\n") else { return String(body) }
        return String(body[..<end.lowerBound])
    }

    static func validate(_ documents: [(name: String, schema: JSONValue, yaml: String)]) throws -> Python.Output {
        let input = JSONValue.array(documents.map { doc in
            .object([("name", .string(doc.name)), ("schema", doc.schema), ("yaml", .string(doc.yaml))])
        })
        return try Python.run(validator, stdin: input.rendered())
    }

    @Test func prdStatusesComeFromTheWorkflow() throws {
        let schema = FrontMatterSchema.document(.prd, config: RoadmapConfig(statuses: ["todo", "doing", "done"])).rendered()
        #expect(schema.hasPrefix("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"))
        #expect(schema.contains("\"status\": {\n      \"enum\": [\n        \"todo\",\n        \"doing\",\n        \"done\"\n      ],"))
        #expect(schema.contains("\"required\": [\n    \"id\",\n    \"title\",\n    \"status\",\n    \"owner\"\n  ]"))
        #expect(FrontMatterSchema.document(.objective).rendered().contains("\"required\": [\n    \"id\",\n    \"title\"\n  ]"))
    }

    @Test(.enabled(if: Python.hasJSONSchema, Comment(rawValue: Python.missing)))
    func acceptEverySampleFile() throws {
        let files = try Roadmaps.sampleFiles()
        let config = try Roadmaps.compile(files).roadmap.config
        var documents: [(name: String, schema: JSONValue, yaml: String)] = []
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            if path == "roadmap.yml" {
                documents.append((path, FrontMatterSchema.document(.config), text))
            } else if path.hasPrefix("prds/"), path.hasSuffix(".md") {
                documents.append((path, FrontMatterSchema.document(.prd, config: config), Self.frontMatter(text)))
            } else if path.hasPrefix("okrs/"), path.hasSuffix(".md") {
                documents.append((path, FrontMatterSchema.document(.objective, config: config), Self.frontMatter(text)))
            }
        }
        #expect(documents.count == 25)
        let output = try Self.validate(documents)
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    }

    static let goodPRD = """
        id: saved-cards
        title: Saved cards
        status: planned
        owner: Sam Lee
        team:
        quarter: 2026-q3
        start: 2026-07-06
        due: 2026-09-25
        okrs: [grow-checkout/kr1, grow-checkout]
        depends_on: [card-vault]
        rice: { reach: 40000, impact: 0.5, confidence: 80%, effort: 3 }
        tags: [checkout, 2026]
        """

    @Test(.enabled(if: Python.hasJSONSchema, Comment(rawValue: Python.missing)))
    func rejectBadPRDsOneMistakeAtATime() throws {
        let schema = FrontMatterSchema.document(.prd)
        let mistakes: [(String, String, String)] = [
            ("status: planned", "status: planed", "'planed' is not one of"),
            ("quarter: 2026-q3", "quarter: 2026-Q5", "does not match"),
            ("start: 2026-07-06", "start: 2026-02-30", "is not a 'date'"),
            ("impact: 0.5", "impact: 4", "4 is not one of"),
            ("confidence: 80%", "confidence: 80", "is not valid under any of the given schemas"),
            ("effort: 3", "effort: 0", "less than or equal to the minimum of 0"),
            ("owner: Sam Lee\n", "", "'owner' is a required property"),
            ("tags: [checkout, 2026]", "tag: [checkout, 2026]", "Additional properties are not allowed ('tag' was unexpected)"),
            ("okrs: [grow-checkout/kr1, grow-checkout]", "okrs: grow-checkout/kr1", "is not of type 'array', 'null'"),
            ("depends_on: [card-vault]", "depends_on: [Card_Vault]", "'Card_Vault' does not match"),
            ("id: saved-cards", "id: Saved Cards", "'Saved Cards' does not match"),
            ("reach: 40000, ", "", "'reach' is a required property"),
        ]
        var documents = [(name: "good", schema: schema, yaml: Self.goodPRD)]
        for (index, (original, replacement, _)) in mistakes.enumerated() {
            let yaml = Self.goodPRD.replacingOccurrences(of: original, with: replacement)
            try #require(yaml != Self.goodPRD, "mistake \(index) changes nothing")
            documents.append(("bad\(index)", schema, yaml))
        }
        let output = try Self.validate(documents)
        #expect(output.status == 1)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(!lines.contains { $0.hasPrefix("good: ") }, "\(lines)")
        for (index, (_, _, expected)) in mistakes.enumerated() {
            let mine = lines.filter { $0.hasPrefix("bad\(index): ") }
            #expect(mine.count == 1 && mine[0].contains(expected), "bad\(index): \(mine)")
        }
    }

    @Test(.enabled(if: Python.hasJSONSchema, Comment(rawValue: Python.missing)))
    func objectiveAndConfigSchemasReject() throws {
        let output = try Self.validate([
            ("objective", FrontMatterSchema.document(.objective), "id: grow\ntitle: Grow\nperiod: 2026-Q9\nkey_results:\n  - id: kr1\n    target: 70\n"),
            ("config", FrontMatterSchema.document(.config), "prds: ../elsewhere\nrules: { RM999: off, missing-rice: loud }\nmax_file_size: 10\n"),
            ("config-ok", FrontMatterSchema.document(.config), "title: T\nprds: specs/prds\nrules: { rm604: off, orphan-feature: error, RM301: warning }\nstatuses: [a, b]\n"),
            ("config-workflow", FrontMatterSchema.document(.config), "transitions: { a: [b] }\nrequires:\n  b: [owner, start]\n"),
        ])
        let lines = Set(output.stdout.split(separator: "\n").map(String.init))
        #expect(lines == [
            "objective: '2026-Q9' does not match '^(?!0000)[0-9]{4}-[Qq][1-4]$'",
            "objective: 'title' is a required property",
            #"config: '../elsewhere' does not match '^(?!/)(?!(.*/)?\\.\\.(/|$))[^\\\\]+$'"#,
            "config: 'RM999' is not valid under any of the given schemas",
            "config: 'loud' is not one of ['error', 'warning', 'off', 'false', 'no', False]",
            "config: 10 is less than the minimum of 1024",
        ], "\(output.stdout)\(output.stderr)")
    }
}
