import RoadmapDriver
import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapSources
import Testing

/// `transitions` and `requires` in roadmap.yml (RM801 for bad ones, RM320, RM321), and the
/// edit session's guard against files changed since they were read (RM962).
@Suite struct WorkflowRuleTests {
    let path = "prds/payments/saved-cards.md"

    @Test func transitionsAndRequiresAreRead() throws {
        let config = Fixture.config + "transitions: { idea: [discovery], planned: [in-progress, dropped] }\nrequires:\n  in-progress: [owner, start]\n"
        let result = try Fixture.compile(["roadmap.yml": config])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let workflow = result.roadmap.config
        #expect(workflow.transitions == ["idea": ["discovery"], "planned": ["in-progress", "dropped"]])
        #expect(workflow.requires == ["in-progress": ["owner", "start"]])
        #expect(workflow.allowsTransition(from: "planned", to: "dropped"))
        #expect(!workflow.allowsTransition(from: "planned", to: "idea"))
        #expect(workflow.allowsTransition(from: "shipped", to: "idea"), "a status not listed may move anywhere")
        #expect(workflow.allowsTransition(from: "idea", to: "idea"))
    }

    @Test func unknownStatusInTransitionsIsInvalid() throws {
        let key = Marked(Fixture.config + "transitions:\n  «planed: [shipped]\n")
        expectDiagnostic(try Fixture.compile(["roadmap.yml": key.text]), .invalidConfig, "roadmap.yml", at: key)
        let target = Marked(Fixture.config + "transitions: { idea: [«shiped] }\n")
        let result = try Fixture.compile(["roadmap.yml": target.text])
        let d = expectDiagnostic(result, .invalidConfig, "roadmap.yml", at: target)
        #expect(d?.message == "`shiped` in `transitions` is not one of the `statuses`")
    }

    @Test func unknownFieldInRequiresIsInvalid() throws {
        let file = Marked(Fixture.config + "requires: { planned: [«deadline] }\n")
        let d = expectDiagnostic(try Fixture.compile(["roadmap.yml": file.text]), .invalidConfig, "roadmap.yml", at: file)
        #expect(d?.message == "`deadline` in `requires` is not a field of a PRD")
        let notList = Marked(Fixture.config + "requires: { planned: «due }\n")
        expectDiagnostic(try Fixture.compile(["roadmap.yml": notList.text]), .invalidConfig, "roadmap.yml", at: notList)
    }

    @Test func requiresIsCheckedOnEveryPRD() throws {
        let config = Fixture.config + "requires: { planned: [due, team] }\n"
        let prd = Marked(Fixture.prd.replacingOccurrences(of: "status: planned", with: "status: «planned"))
        let result = try Fixture.compile(["roadmap.yml": config, path: prd.text])
        let d = expectDiagnostic(result, .fieldRequiredByStatus, path, at: prd)
        #expect(d?.message == "this PRD is planned, which requires `due`, but it has none")
        #expect(d?.help == "add `due: 2026-07-06`; `roadmap move saved-cards planned --set due=2026-07-06` sets both in one edit")
        #expect(result.diagnostics.count == 1, "team is there")
    }

    @Test func stagedTransitionsCompareWithTheLastCommit() throws {
        let config = Fixture.config + "transitions: { planned: [in-progress] }\n"
        let head = try Fixture.compile(["roadmap.yml": config])
        let prd = Marked(Fixture.prd.replacingOccurrences(of: "status: planned", with: "status: «idea"))
        var staged = try Fixture.compile(["roadmap.yml": config, path: prd.text])
        staged.add(WorkflowRules.transitions(from: head.roadmap, to: staged))
        let d = expectDiagnostic(staged, .disallowedTransition, path, at: prd)
        #expect(d?.help == "from planned a PRD may move to in-progress; go through those, or change `transitions` in roadmap.yml")
        let allowed = try Fixture.compile(["roadmap.yml": config, path: Fixture.prd.replacingOccurrences(of: "status: planned", with: "status: in-progress")])
        #expect(WorkflowRules.transitions(from: head.roadmap, to: allowed).isEmpty)
    }

    @Test func aFileChangedSinceReadIsLeftAlone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-edit-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (file, text) in Fixture.files {
            try FileManager.default.createDirectory(atPath: (folder + "/" + file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + file))
        }
        let session = EditSession(location: try RoadmapLocation.resolve(folder))
        let compilation = try session.compile()
        let planned = try ItemEditPlanner.plan([ItemEdit(target: "saved-cards", field: "owner", value: "Dana Kim")], in: compilation, session: session)
        #expect(planned.updates.map { "\($0.field) \($0.old ?? "-") \($0.new)" } == ["owner Sam Lee Dana Kim"])
        let change = planned.change
        // Someone saves the file between the read and the write.
        let edited = Fixture.prd.replacingOccurrences(of: "team: payments", with: "team: checkout")
        try Data(edited.utf8).write(to: URL(fileURLWithPath: folder + "/" + path))
        let skipped = try session.write([change])
        #expect(skipped.map(\.code) == [.fileChangedSinceRead])
        #expect(skipped.first?.location?.path == path)
        #expect(skipped.first?.location?.line == 1)
        #expect(String(decoding: FileManager.default.contents(atPath: folder + "/" + path) ?? Data(), as: UTF8.self) == edited)
        // Unchanged, the same edit is written, and nothing else of the file moves.
        let again = EditSession(location: try RoadmapLocation.resolve(folder))
        let fresh = try ItemEditPlanner.plan([ItemEdit(target: "saved-cards", field: "owner", value: "Dana Kim")], in: try again.compile(), session: again)
        #expect(try again.write([fresh.change]).isEmpty)
        #expect(String(decoding: FileManager.default.contents(atPath: folder + "/" + path) ?? Data(), as: UTF8.self)
            == edited.replacingOccurrences(of: "owner: Sam Lee", with: "owner: Dana Kim"))
    }
}
