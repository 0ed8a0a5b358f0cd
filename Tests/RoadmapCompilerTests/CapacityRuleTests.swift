import RoadmapCompiler
import RoadmapCore
import Testing

/// `capacity` in roadmap.yml (RM815, RM816) and the over-capacity check (RM817).
@Suite struct CapacityRuleTests {
    static func prd(_ id: String, _ fields: String, effort: Double = 3) -> String {
        Fixture.prd.replacingOccurrences(of: "id: saved-cards", with: "id: \(id)")
            .replacingOccurrences(of: "quarter: 2026-Q3\n", with: fields.isEmpty ? "" : fields + "\n")
            .replacingOccurrences(of: "effort: 3 }", with: "effort: \(Self.format(effort)) }")
    }

    static func format(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(value) }

    @Test func capacityIsRead() throws {
        let result = try Fixture.compile(["roadmap.yml": Fixture.config + "capacity: {payments: {2026-Q3: 12, 2026-q4: 10.5}}\n"])
        #expect(result.diagnostics.isEmpty, "\(placed(result))")
        #expect(result.roadmap.config.capacity.map { "\($0.team) \($0.quarter) \($0.personMonths)" } == ["payments 2026-Q3 12.0", "payments 2026-Q4 10.5"])
        #expect(result.roadmap.config.capacity.first.map { "\($0.location.line):\($0.location.column)" } == "3:23")
    }

    @Test func invalidEntries() throws {
        for bad in ["{«2026-Q5: 12}", "{«Q3-2026: 12}", "{2026-Q3: «-1}", "{2026-Q3: «lots}", "{2026-Q3: «[1]}", "«12"] {
            let file = Marked(Fixture.config + "capacity:\n  payments: \(bad)\n")
            let result = try Fixture.compile(["roadmap.yml": file.text])
            expectDiagnostic(result, .invalidCapacity, "roadmap.yml", at: file)
            #expect(result.roadmap.config.capacity.isEmpty)
        }
    }

    @Test func aTeamNoPRDHasIsAWarningAtItsKey() throws {
        let file = Marked(Fixture.config + "capacity:\n  «paymnets: {2026-Q3: 12}\n")
        let d = expectDiagnostic(try Fixture.compile(["roadmap.yml": file.text]), .unknownCapacityTeam, "roadmap.yml", at: file)
        #expect(d?.severity == .warning)
        #expect(d?.help == "did you mean `payments`?")
    }

    @Test func overCapacityIsOneWarningPerTeamAndQuarterAtItsEntry() throws {
        let file = Marked(Fixture.config + "capacity:\n  payments: {«2026-Q3: 5, 2026-Q4: 100}\n")
        let result = try Fixture.compile([
            "roadmap.yml": file.text,
            "prds/payments/b.md": Self.prd("b", "quarter: 2026-Q3", effort: 2),
            "prds/payments/a.md": Self.prd("a", "quarter: 2026-Q3", effort: 2),
            // 2026-09-01..2026-10-31: 30 of its 61 days in Q3, so 3 of 6.1 person-months.
            "prds/payments/split.md": Self.prd("split", "start: 2026-09-01\ndue: 2026-10-31", effort: 6.1),
        ])
        let d = expectDiagnostic(result, .overCapacity, "roadmap.yml", at: file)
        #expect(d?.severity == .warning)
        #expect(d?.message == "team `payments` has 10 person-months committed in 2026-Q3, over its capacity of 5: `saved-cards` 3, `split` 3, `a` 2, `b` 2")
        #expect(result.diagnostics.filter { $0.code == .overCapacity }.count == 1)
    }

    @Test func aLongListIsCapped() throws {
        var files: [String: String?] = ["roadmap.yml": Fixture.config + "capacity: {payments: {2026-Q3: 1}}\n"]
        for i in 1...7 { files["prds/payments/p\(i).md"] = Self.prd("p\(i)", "quarter: 2026-Q3", effort: Double(i)) }
        let d = try Fixture.compile(files).diagnostics.first { $0.code == .overCapacity }
        #expect(d?.message == "team `payments` has 31 person-months committed in 2026-Q3, over its capacity of 1: `p7` 7, `p6` 6, `p5` 5, `p4` 4, `p3` 3 and 3 more")
    }
}

