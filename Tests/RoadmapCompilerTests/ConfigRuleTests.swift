import RoadmapCompiler
import RoadmapCore
import RoadmapSources
import Testing

/// RM8xx and the settings of roadmap.yml.
@Suite struct ConfigRuleTests {
    @Test func emptyWorkflowIsInvalid() throws {
        let file = Marked("«statuses: []\n")
        let result = try Fixture.compile(["roadmap.yml": file.text])
        expectDiagnostic(result, .invalidConfig, "roadmap.yml", at: file)
    }

    @Test func folderOutsideTheRoadmapIsInvalid() throws {
        let file = Marked("prds: «../elsewhere\n")
        let result = try Fixture.compile(["roadmap.yml": file.text])
        expectDiagnostic(result, .invalidConfig, "roadmap.yml", at: file)
    }

    @Test func unknownRuleCode() throws {
        let file = Marked("rules:\n  «RM999: off\n")
        let result = try Fixture.compile(["roadmap.yml": file.text])
        expectDiagnostic(result, .invalidConfig, "roadmap.yml", at: file)
    }

    @Test func missingFolderIsAWarning() throws {
        let result = try Fixture.compile(["roadmap.yml": "okrs: goals\n"])
        let d = result.diagnostics.first { $0.code == .missingFolder }
        #expect(d?.severity == .warning)
        #expect(d?.message == "there are no files under goals/")
    }

    @Test func rulesChangeSeverities() throws {
        let text = Fixture.prd.replacingOccurrences(of: "status: planned", with: "status: planed")
        let result = try Fixture.compile(["roadmap.yml": Fixture.config + "rules: { RM301: warning, unknown-key: off }\n",
                                          "prds/payments/saved-cards.md": text + ""])
        #expect(result.diagnostics.first { $0.code == .unknownStatus }?.severity == .warning)
        #expect(!result.diagnostics.hasErrors)
    }

    @Test func customWorkflow() throws {
        let text = Fixture.prd.replacingOccurrences(of: "status: planned", with: "status: building")
        let result = try Fixture.compile(["roadmap.yml": "statuses: [idea, building, live]\nrequired_sections: [Problem]\n",
                                          "prds/payments/saved-cards.md": text])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.roadmap.config.activeStatuses == ["building"])
        #expect(result.roadmap.config.doneStatuses == ["live"])
    }

    @Test func brokenConfigYAMLIsReportedAndDefaultsUsed() throws {
        let file = Marked("title: «[oops\nprds: prds\n")
        let result = try Fixture.compile(["roadmap.yml": file.text])
        expectDiagnostic(result, .yamlSyntax, "roadmap.yml", at: file)
        #expect(result.roadmap.features.count == 1)
    }
}

/// The history settings of roadmap.yml.
@Suite struct HistoryConfigTests {
    @Test func historySettingsAreRead() throws {
        let result = try Fixture.compile(["roadmap.yml": "stale_after_days: 30\nmax_slips: 0\n"])
        #expect(result.roadmap.config.staleAfterDays == 30)
        #expect(result.roadmap.config.maxSlips == 0)
        let defaults = try Fixture.compile([:])
        #expect(defaults.roadmap.config.staleAfterDays == 60)
        #expect(defaults.roadmap.config.maxSlips == 2)
    }

    @Test func historySettingsOutOfRangeAreInvalid() throws {
        let file = Marked("stale_after_days: «0\n")
        let result = try Fixture.compile(["roadmap.yml": file.text])
        expectDiagnostic(result, .invalidConfig, "roadmap.yml", at: file)
        #expect(result.roadmap.config.staleAfterDays == 60)
        let slips = Marked("max_slips: «1.5\n")
        expectDiagnostic(try Fixture.compile(["roadmap.yml": slips.text]), .invalidConfig, "roadmap.yml", at: slips)
    }

    @Test func configLoaderReadsOnlyTheSettings() throws {
        let (config, problems) = try ConfigLoader.load(from: InMemorySource(files: ["roadmap.yml": "max_slips: 5\nbogus: 1\n"]))
        #expect(config.maxSlips == 5)
        #expect(problems.map(\.code) == [.unknownKey])
        #expect(try ConfigLoader.load(from: InMemorySource(files: [:])).0 == RoadmapConfig())
    }
}
