import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapReport
import Testing

@Suite struct SARIFReporterTests {
    /// A roadmap with an error quoting a note elsewhere (a duplicate id), a plain error, a
    /// warning, and a problem of the roadmap as a whole (no objectives at all).
    static func brokenRoadmap() throws -> Compilation {
        try Roadmaps.compile([
            "roadmap.yml": "title: Broken\n",
            "prds/a b.md": "---\nid: dup\ntitle: A\nstatus: planed\nowner: Sam\nrice: { reach: 1, impact: 1, confidence: 1, effort: 1 }\n---\n",
            "prds/b.md": "---\nid: dup\ntitle: Ü\nstatus: idea\nowner: Sam\n---\n",
        ])
    }

    static func render(_ compilation: Compilation) -> String {
        SARIFReporter(quoter: SourceQuoter(line: { _, _ in nil }, display: { "road/" + $0 }), toolVersion: "9.9.9")
            .render(compilation.diagnostics, fileCount: compilation.fileCount)
    }

    @Test func structureAsSARIFRequires() throws {
        let compilation = try Self.brokenRoadmap()
        let log = try #require(try JSONSerialization.jsonObject(with: Data(Self.render(compilation).utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == SARIFReporter.schemaURI)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "roadmap")
        #expect(driver["version"] as? String == "9.9.9")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == DiagnosticCode.allCases.map(\.rawValue))
        let rm301 = try #require(rules.first { $0["id"] as? String == "RM301" })
        #expect(rm301["name"] as? String == "unknown-status")
        #expect((rm301["shortDescription"] as? [String: Any])?["text"] as? String == DiagnosticCode.unknownStatus.explanation.summary)
        #expect((rm301["fullDescription"] as? [String: Any])?["text"] as? String == DiagnosticCode.unknownStatus.explanation.details)
        #expect((rm301["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")
        let rm903 = try #require(rules.first { $0["id"] as? String == "RM903" })
        #expect((rm903["defaultConfiguration"] as? [String: Any])?["level"] as? String == "warning")

        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == compilation.diagnostics.map(\.code.rawValue))
        for (result, diagnostic) in zip(results, compilation.diagnostics) {
            #expect(result["ruleIndex"] as? Int == DiagnosticCode.allCases.firstIndex(of: diagnostic.code))
            #expect(result["level"] as? String == (diagnostic.severity == .error ? "error" : "warning"))
        }
        let status = try #require(results.first { $0["ruleId"] as? String == "RM301" })
        #expect((status["message"] as? [String: Any])?["text"] as? String
            == "`planed` is not a status of this roadmap's workflow\nhelp: did you mean `planned`? use one of the workflow's statuses: idea, discovery, planned, in-progress, shipped, dropped")
        let place = try #require(((status["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        #expect((place["artifactLocation"] as? [String: Any])?["uri"] as? String == "road/prds/a%20b.md")
        #expect(place["region"] as? [String: Int] == ["startLine": 4, "startColumn": 9, "endColumn": 15])
    }

    @Test func notesBecomeRelatedLocationsAndWholeRoadmapProblemsPointAtTheConfig() throws {
        let compilation = try Self.brokenRoadmap()
        let log = try #require(try JSONSerialization.jsonObject(with: Data(Self.render(compilation).utf8)) as? [String: Any])
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let duplicate = try #require(results.first { $0["ruleId"] as? String == "RM402" })
        let related = try #require(duplicate["relatedLocations"] as? [[String: Any]])
        #expect(related.count == 1)
        #expect(related.first?["id"] as? Int == 1)
        let note = try #require(compilation.diagnostics.first { $0.code == .duplicateID }?.notes.first)
        #expect((related.first?["message"] as? [String: Any])?["text"] as? String == note.message)
        let notePlace = try #require(related.first?["physicalLocation"] as? [String: Any])
        #expect((notePlace["artifactLocation"] as? [String: Any])?["uri"] as? String == "road/" + (note.location?.path ?? "").replacingOccurrences(of: " ", with: "%20"))
        #expect((notePlace["region"] as? [String: Int])?["startLine"] == note.location?.line)

        let folder = try #require(results.first { $0["ruleId"] as? String == "RM802" })
        let folderPlace = try #require((folder["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((folderPlace["artifactLocation"] as? [String: Any])?["uri"] as? String == "road/roadmap.yml")
        #expect(folderPlace["region"] == nil)
    }

    @Test func fixItsBecomeFixesWithByteReplacements() throws {
        let compilation = try Self.brokenRoadmap()
        let log = try #require(try JSONSerialization.jsonObject(with: Data(Self.render(compilation).utf8)) as? [String: Any])
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let status = try #require(results.first { $0["ruleId"] as? String == "RM301" })
        let fix = try #require((status["fixes"] as? [[String: Any]])?.first)
        #expect((fix["description"] as? [String: Any])?["text"] as? String == "replace `planed` with `planned`")
        #expect((fix["properties"] as? [String: Any])?["safety"] as? String == "safe")
        let change = try #require((fix["artifactChanges"] as? [[String: Any]])?.first)
        #expect((change["artifactLocation"] as? [String: Any])?["uri"] as? String == "road/prds/a%20b.md")
        let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
        // "---\nid: dup\ntitle: A\nstatus: " is 29 bytes.
        #expect(replacement["deletedRegion"] as? [String: Int] == ["byteOffset": 29, "byteLength": 6])
        #expect((replacement["insertedContent"] as? [String: Any])?["text"] as? String == "planned")
        // A diagnostic without a fix has no `fixes` at all.
        #expect(results.first { $0["ruleId"] as? String == "RM402" }?["fixes"] == nil)
    }

    @Test func jsonCarriesFixes() throws {
        let compilation = try Self.brokenRoadmap()
        let json = JSONReporter(quoter: SourceQuoter(line: { _, _ in nil }, display: { $0 })).render(compilation.diagnostics, fileCount: 2)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entries = try #require(document["diagnostics"] as? [[String: Any]])
        let status = try #require(entries.first { $0["code"] as? String == "RM301" })
        let fixes = try #require(status["fixes"] as? [[String: Any]])
        #expect(fixes.count == 1)
        #expect(fixes.first?["safety"] as? String == "safe")
        let edits = try #require(fixes.first?["edits"] as? [[String: Any]])
        #expect(edits.first?["path"] as? String == "prds/a b.md")
        #expect(edits.first?["start"] as? Int == 29)
        #expect(edits.first?["end"] as? Int == 35)
        #expect(edits.first?["replacement"] as? String == "planned")
    }

    @Test(.enabled(if: Python.hasJSONSchema, Comment(rawValue: Python.missing)))
    func validatesAgainstTheOfficialSchema() throws {
        let schema = Roadmaps.resources.appendingPathComponent("sarif-schema-2.1.0.json").path
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
            errors = list(validator.iter_errors(json.load(sys.stdin)))
            for e in errors: print("/".join(map(str, e.absolute_path)) + ": " + e.message)
            sys.exit(1 if errors else 0)
            """
        for compilation in [try Self.brokenRoadmap(), try Roadmaps.compile(try Roadmaps.sampleFiles())] {
            let output = try Python.run(script, arguments: [schema], stdin: Self.render(compilation))
            #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        }
        // The validator does reject what breaks the schema, so a pass above means something.
        let broken = Self.render(try Self.brokenRoadmap()).replacingOccurrences(of: "\"level\": \"error\"", with: "\"level\": \"fatal\"")
        let rejected = try Python.run(script, arguments: [schema], stdin: broken)
        #expect(rejected.status == 1)
        #expect(rejected.stdout.contains("'fatal' is not one of ['none', 'note', 'warning', 'error']"))
    }
}
