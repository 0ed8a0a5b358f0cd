import RoadmapCompiler
import RoadmapCore
import RoadmapSources
import Testing

/// `wip_limits` in roadmap.yml (RM801 when malformed) and RM330 when a status holds more PRDs.
@Suite struct WIPLimitTests {
    static func prd(_ id: String, status: String) -> String {
        Fixture.prd.replacingOccurrences(of: "id: saved-cards", with: "id: \(id)")
            .replacingOccurrences(of: "status: planned", with: "status: \(status)")
    }

    static func roadmap(config: String, inProgress: Int) -> [String: String?] {
        var files: [String: String?] = ["roadmap.yml": Fixture.config + config]
        for n in 0..<inProgress { files["prds/payments/w\(n).md"] = prd("w\(n)", status: "in-progress") }
        return files
    }

    @Test func aStatusOverItsLimitIsWarnedAtTheLimit() throws {
        let config = Marked("wip_limits:\n  planned: 4\n  «in-progress: 2\n")
        let result = try Fixture.compile(WIPLimitTests.roadmap(config: config.text, inProgress: 3))
        let d = try #require(expectDiagnostic(result, .wipLimitExceeded, "roadmap.yml", config.line + 2, config.column))
        #expect(d.severity == .warning)
        #expect(d.message == "3 PRDs are in-progress, over the limit of 2 set here: `w0`, `w1`, `w2`")
        #expect(result.diagnostics.filter { $0.code == .wipLimitExceeded }.count == 1, "planned holds 1 of 4")
    }

    @Test func aStatusAtItsLimitIsFine() throws {
        let result = try Fixture.compile(WIPLimitTests.roadmap(config: "wip_limits: {in-progress: 3}\n", inProgress: 3))
        #expect(!result.diagnostics.contains { $0.code == .wipLimitExceeded })
        #expect(result.roadmap.config.wipLimits == ["in-progress": 3])
    }

    @Test func manyPRDsAreNamedUpToTenThenCounted() throws {
        let result = try Fixture.compile(WIPLimitTests.roadmap(config: "wip_limits: {in-progress: 0}\n", inProgress: 12))
        let d = try #require(result.diagnostics.first { $0.code == .wipLimitExceeded })
        #expect(d.message.hasSuffix("`w0`, `w1`, `w10`, `w11`, `w2`, `w3`, `w4`, `w5`, `w6`, `w7` and 2 more"))
    }

    @Test func aLimitOnAStatusOutsideTheWorkflowIsInvalid() throws {
        let file = Marked("wip_limits: {«doing: 3}\n")
        let result = try Fixture.compile(["roadmap.yml": Fixture.config + file.text])
        let d = try #require(expectDiagnostic(result, .invalidConfig, "roadmap.yml", file.line + 2, file.column))
        #expect(d.message == "`doing` in `wip_limits` is not one of the `statuses`")
    }

    @Test func aLimitThatIsNotAWholeNumberIsInvalid() throws {
        for bad in ["2.5", "-1", "many"] {
            let file = Marked("wip_limits:\n  in-progress: «\(bad)\n")
            let result = try Fixture.compile(["roadmap.yml": Fixture.config + file.text])
            expectDiagnostic(result, .invalidConfig, "roadmap.yml", file.line + 2, file.column)
            #expect(result.roadmap.config.wipLimits.isEmpty)
        }
    }
}
